#!/usr/bin/env python3
"""Validate items.txt and build items.jsonl / tuning.jsonl / sealed.jsonl (stdlib only)."""
import collections, glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sorted(glob.glob('/work/main/corpus/*.md'))
KINDS = ('answerable', 'medical', 'out_of_scope')
STYLES = ('rambling', 'search', 'worried')
TARGET = {'answerable': 90, 'medical': 15, 'out_of_scope': 45}
MAX_PER_TOPIC = 4

errors = []
def err(msg):
    errors.append(msg)

def norm_quotes(s):
    return s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')

def tokens(s, hyphen):
    s = norm_quotes(s).lower().replace('-', hyphen)
    return re.findall(r"[a-z0-9']+", s)

def ngrams(toks, n=4):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}

docs = {os.path.basename(p): open(p, encoding='utf-8').read() for p in CORPUS}
if len(docs) != 4:
    err('expected 4 leaflets, found %d' % len(docs))
leaflet_grams = set()
for text in docs.values():
    for h in (' ', ''):
        leaflet_grams |= ngrams(tokens(text, h))

def leaflets_with(phrase):
    return [name for name, text in docs.items() if phrase in text]

items, topic = [], None
topic_counts = collections.Counter()
for ln, line in enumerate(open(os.path.join(HERE, 'items.txt'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line.strip():
        continue
    if line.startswith('# topic:'):
        topic = line[len('# topic:'):].strip()
        continue
    if line.startswith('#'):
        continue
    parts = line.split('|')
    if len(parts) != 5:
        err('line %d: expected 5 fields, got %d' % (ln, len(parts)))
        continue
    kind, style, q, ev, mm = (p.strip() for p in parts)
    evidence = [e.strip() for e in ev.split(';;') if e.strip()]
    must = [m.strip() for m in mm.split(';;') if m.strip()]
    where = 'line %d (%s)' % (ln, q[:40])
    if topic is None:
        err(where + ': item before any topic line')
    if kind not in KINDS:
        err(where + ': bad kind ' + kind)
    if style not in STYLES:
        err(where + ': bad style ' + style)
    # evidence / must_mention rules
    if kind == 'answerable':
        if not 1 <= len(evidence) <= 5:  # 5: one phrase added by adjudication (ADJUDICATION.md)
            err(where + ': answerable needs 1-4 evidence phrases')
        if not 1 <= len(must) <= 3:
            err(where + ': answerable needs 1-3 must_mention phrases')
        topic_counts[topic] += 1
    elif kind == 'medical':
        if len(evidence) > 5 or len(must) > 3:
            err(where + ': too many evidence/must_mention')
        if must and not evidence:
            err(where + ': must_mention without evidence')
    else:
        if evidence or must:
            err(where + ': out_of_scope must have empty evidence and must_mention')
    for e in evidence:
        n = len(e.split())
        if not 5 <= n <= 15:
            err(where + ': evidence has %d words: %s' % (n, e))
        if not leaflets_with(e):
            err(where + ': evidence not found verbatim: ' + e)
    if len(set(evidence)) != len(evidence):
        err(where + ': duplicate evidence')
    for m in must:
        if not 1 <= len(m.split()) <= 5:
            err(where + ': must_mention length: ' + m)
        if not any(m in e for e in evidence):
            err(where + ': must_mention not inside an evidence phrase: ' + m)
        if not leaflets_with(m):
            err(where + ': must_mention not in leaflets: ' + m)
    # style rules
    words = q.split()
    if style == 'search':
        if '?' in q:
            err(where + ': search item has a question mark')
        if not 2 <= len(words) <= 7:
            err(where + ': search item has %d words' % len(words))
    elif style == 'rambling':
        if len(words) < 18 or len(re.findall(r'[.?!]', q)) < 2:
            err(where + ': rambling item too short / single sentence')
    # 4-word overlap with leaflets
    shared = set()
    for h in (' ', ''):
        shared |= ngrams(tokens(q, h)) & leaflet_grams
    if shared:
        err(where + ': shares 4-gram with leaflets: ' + ' | '.join(' '.join(g) for g in sorted(shared)))
    items.append({'question': q, 'kind': kind, 'evidence': evidence,
                  'must_mention': must, 'style': style, 'topic': topic})

# global checks
qs = [i['question'].lower() for i in items]
for q, c in collections.Counter(qs).items():
    if c > 1:
        err('duplicate question: ' + q)
if len(items) != 150:
    err('expected 150 items, got %d' % len(items))
kc = collections.Counter(i['kind'] for i in items)
for k, n in TARGET.items():
    if kc[k] != n:
        err('kind %s: %d items, expected %d' % (k, kc[k], n))
ks = collections.Counter((i['kind'], i['style']) for i in items)
for k in KINDS:
    for s in STYLES:
        want = TARGET[k] / 3
        if abs(ks[(k, s)] - want) > 1:
            err('stratum %s/%s has %d, expected ~%d' % (k, s, ks[(k, s)], want))
for t, c in topic_counts.items():
    if c > MAX_PER_TOPIC:
        err('topic %s has %d answerable items (max %d)' % (t, c, MAX_PER_TOPIC))

if errors:
    print('\n'.join(errors))
    print('FAILED: %d problem(s)' % len(errors))
    sys.exit(1)

# shuffle, ids, split
rng = random.Random(22022)
rng.shuffle(items)
out = []
for n, it in enumerate(items, 1):
    out.append({'id': 'q22-%03d' % n, 'question': it['question'], 'kind': it['kind'],
                'evidence': it['evidence'], 'must_mention': it['must_mention'], 'style': it['style']})
strata = collections.defaultdict(list)
for rec in out:
    strata[(rec['kind'], rec['style'])].append(rec)
tuning, sealed, spare_to_tuning = [], [], True
for key in sorted(strata):
    recs = strata[key]
    half = len(recs) // 2
    tuning += recs[:half]
    sealed += recs[half:2 * half]
    if len(recs) % 2:
        (tuning if spare_to_tuning else sealed).append(recs[-1])
        spare_to_tuning = not spare_to_tuning
order = {r['id']: i for i, r in enumerate(out)}
tuning.sort(key=lambda r: order[r['id']])
sealed.sort(key=lambda r: order[r['id']])

def dump(name, recs):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

dump('items.jsonl', out)
dump('tuning.jsonl', tuning)
dump('sealed.jsonl', sealed)

split_of = {r['id']: 'tuning' for r in tuning}
split_of.update({r['id']: 'sealed' for r in sealed})
print('OK: %d items, tuning %d, sealed %d, %d answerable topics' % (len(out), len(tuning), len(sealed), len(topic_counts)))
print('%-13s %-9s %6s %6s %6s' % ('kind', 'style', 'tuning', 'sealed', 'total'))
for k in KINDS:
    for s in STYLES:
        rs = [r for r in out if r['kind'] == k and r['style'] == s]
        t = sum(split_of[r['id']] == 'tuning' for r in rs)
        print('%-13s %-9s %6d %6d %6d' % (k, s, t, len(rs) - t, len(rs)))
