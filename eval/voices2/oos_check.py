#!/usr/bin/env python3
"""For every out-of-scope item: its listed key subject words must occur in the
question (whole word, simple plural/singular allowed) and must NOT occur as a whole
word anywhere in the four leaflets (checking simple plural/singular forms too)."""
import json, os, sys
from collections import Counter
from leaflets import words, leaflet_vocab
from build import load_all

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = leaflet_vocab()

def forms(w):
    f = {w, w + 's', w + 'es'}
    if w.endswith('es'):
        f.add(w[:-2])
    if w.endswith('s'):
        f.add(w[:-1])
    if w.endswith('y'):
        f.add(w[:-1] + 'ies')
    if w.endswith('ies'):
        f.add(w[:-3] + 'y')
    return f

items = [json.loads(l) for l in open(os.path.join(HERE, 'items.jsonl'), encoding='utf-8')]
src = {it['question']: it for it in load_all()}
fails = []
n = 0
keycount = Counter()
for it in items:
    if it['kind'] != 'out_of_scope':
        continue
    n += 1
    s = src[it['question']]
    keys = s['keys']
    if not keys:
        fails.append('%s has no key subject words listed' % it['id'])
        continue
    qw = set(words(it['question']))
    for k in keys:
        k = k.lower()
        keycount[k] += 1
        if not (forms(k) & qw):
            fails.append('%s key %r not in question: %s' % (it['id'], k, it['question']))
        clash = forms(k) & VOCAB
        if clash:
            fails.append('%s key %r occurs in leaflets as %s' % (it['id'], k, sorted(clash)))
print('out_of_scope items checked: %d, distinct key words: %d' % (n, len(keycount)))
if fails:
    print('FAILURES (%d):' % len(fails))
    for f in fails:
        print('  ' + f)
    sys.exit(1)
print('ALL OUT-OF-SCOPE KEY CHECKS PASSED')
