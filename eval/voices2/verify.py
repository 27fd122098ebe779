#!/usr/bin/env python3
"""Checks items.jsonl against the brief.  Exit code 1 on any failure."""
import json, os, re, sys
from collections import Counter, defaultdict
from leaflets import sentences, words, ngrams, leaflet_ngrams, load_texts
from build import load_all

HERE = os.path.dirname(os.path.abspath(__file__))
EXCLUDED = set('''aave age-70 age-85 all-caps australian bearded-man bodybuilder bride carer
cockney comparison-shopper emoji-heavy filipino-english formal-letter heavy-typos hinglish
irish jamaican-patois kenyan-english arabic bengali farsi french italian japanese korean
mandarin polish portuguese romanian russian spanish thai turkish urdu vietnamese new-mum
new-zealand nigerian-pidgin no-punctuation northern-english nurse sceptic scottish search-box
singlish south-african southern-us teacher teen-15 texting tiktok-19 trans-man voice-to-text
welsh worrier'''.split())
FIELDS = ['id', 'question', 'kind', 'evidence', 'must_mention', 'style', 'writer']
TARGET = {'answerable': 330, 'medical': 70, 'out_of_scope': 200}
OOS_TARGET = {'other': 110, 'frontdesk': 25, 'health': 25, 'skinother': 20, 'smalltalk': 20}

fails = []
def fail(msg):
    fails.append(msg)

items = [json.loads(l) for l in open(os.path.join(HERE, 'items.jsonl'), encoding='utf-8')]
src = {it['question']: it for it in load_all()}
SENTS = [s for _, _, s in sentences()]
ALLTEXT = '\n'.join(load_texts().values())
LNG = leaflet_ngrams(5)

# ids, fields, counts
if len(items) != 600:
    fail('count %d != 600' % len(items))
for n, it in enumerate(items, 1):
    if list(it.keys()) != FIELDS:
        fail('%s fields %s' % (it.get('id'), list(it.keys())))
    if it['id'] != 'tr17b-%03d' % n:
        fail('id order at %d: %s' % (n, it['id']))
kc = Counter(it['kind'] for it in items)
for k, v in TARGET.items():
    if kc[k] != v:
        fail('kind %s count %d != %d' % (k, kc[k], v))
if set(kc) - set(TARGET):
    fail('unknown kinds %s' % (set(kc) - set(TARGET)))
oc = Counter(src[it['question']]['topic'] for it in items if it['kind'] == 'out_of_scope')
for k, v in OOS_TARGET.items():
    if oc[k] != v:
        fail('oos category %s count %d != %d' % (k, oc[k], v))

n_phr = n_mm = 0
multi_hits = 0
for it in items:
    i, q = it['id'], it['question']
    if not isinstance(q, str) or not q.strip():
        fail('%s empty question' % i); continue
    if it['style'] not in ('chat', 'faq'):
        fail('%s style %r' % (i, it['style']))
    if it['style'] == 'faq' and not q.rstrip().endswith('?'):
        fail('%s faq item should be a standalone question ending in ?' % i)
    if not it['writer']:
        fail('%s no writer' % i)
    # 5-word runs shared with leaflets
    shared = ngrams(words(q), 5) & LNG
    if shared:
        fail('%s shares 5-word run with leaflets: %s' % (i, ' | '.join(' '.join(g) for g in shared)))
    if it['kind'] == 'out_of_scope':
        if it['evidence'] or it['must_mention']:
            fail('%s out_of_scope with evidence/must_mention' % i)
        continue
    ev, mm = it['evidence'], it['must_mention']
    if not 1 <= len(ev) <= 4:
        fail('%s evidence count %d' % (i, len(ev)))
    if not 1 <= len(mm) <= 3:
        fail('%s must_mention count %d' % (i, len(mm)))
    if len(set(ev)) != len(ev):
        fail('%s repeated evidence phrase' % i)
    hit_sents = []
    for p in ev:
        n_phr += 1
        nw = len(words(p))
        if not 4 <= nw <= 12:
            fail('%s phrase has %d words: %r' % (i, nw, p))
        hits = [s for s in SENTS if p in s]
        if not hits:
            fail('%s phrase not verbatim inside one leaflet sentence: %r' % (i, p))
        elif len(hits) > 1:
            fail('%s phrase matches %d sentences (ambiguous): %r' % (i, len(hits), p))
        hit_sents.extend(hits)
    if len(set(hit_sents)) != len(hit_sents):
        fail('%s two phrases hit the same sentence' % i)
    for m in mm:
        n_mm += 1
        if m not in ALLTEXT:
            fail('%s must_mention not verbatim: %r' % (i, m))
        elif not any(m in s for s in hit_sents):
            fail('%s must_mention not inside an evidence sentence: %r' % (i, m))
        if len(words(m)) > 8:
            fail('%s must_mention too long: %r' % (i, m))

# duplicates / near duplicates
norm = {}
for it in items:
    k = ' '.join(words(it['question']))
    if k in norm:
        fail('duplicate question %s %s' % (norm[k], it['id']))
    norm[k] = it['id']
toks = [(it['id'], set(words(it['question'])), ngrams(words(it['question']), 6)) for it in items]
near = 0
for a in range(len(toks)):
    for b in range(a + 1, len(toks)):
        ia, sa, ga = toks[a]; ib, sb, gb = toks[b]
        j = len(sa & sb) / max(1, len(sa | sb))
        if j >= 0.6 or (ga & gb):
            near += 1
            fail('near-duplicate %s %s (jaccard %.2f, shared 6-gram %s)' % (ia, ib, j, bool(ga & gb)))

# writers
wc = defaultdict(Counter)
for it in items:
    wc[it['writer']][it['kind']] += 1
if len(wc) < 40:
    fail('only %d writers' % len(wc))
for w, c in wc.items():
    tot = sum(c.values())
    if not 8 <= tot <= 25:
        fail('writer %s has %d items' % (w, tot))
    if w.lower() in EXCLUDED:
        fail('excluded writer label %s' % w)
    if c['answerable'] == 0 or c['out_of_scope'] == 0:
        fail('writer %s not spread over kinds: %s' % (w, dict(c)))
with_med = sum(1 for c in wc.values() if c['medical'])

# topics
tc = Counter(src[it['question']]['topic'] for it in items if it['kind'] == 'answerable')
for t, c in tc.items():
    if c > 12:
        fail('topic %s has %d answerable items' % (t, c))

print('items %d | kinds %s | oos categories %s' % (len(items), dict(kc), dict(oc)))
print('evidence phrases %d, must_mention fragments %d' % (n_phr, n_mm))
print('writers %d (sizes %d-%d, %d with medical items) | answerable topics %d (max %d)' % (
    len(wc), min(sum(c.values()) for c in wc.values()), max(sum(c.values()) for c in wc.values()),
    with_med, len(tc), max(tc.values()) if tc else 0))
print('style %s' % dict(Counter(it['style'] for it in items)))
if fails:
    print('\nFAILURES (%d):' % len(fails))
    for f in fails:
        print('  ' + f)
    sys.exit(1)
print('ALL CHECKS PASSED')
