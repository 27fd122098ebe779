"""Checks for the mq3 set. Run from this directory: python3 check.py"""
import json, re, sys
from collections import Counter, defaultdict

def norm(s):  # case-insensitive, punctuation/space-insensitive
    return re.sub(r'[^a-z0-9]+', '', s.lower())

items = [json.loads(l) for l in open('items.jsonl')]
tun = [json.loads(l) for l in open('tuning.jsonl')]
sea = [json.loads(l) for l in open('sealed.jsonl')]
used_foci_lines = [l.rstrip('\n') for l in open('used_foci.txt')]
used_foci = {norm(l) for l in used_foci_lines}          # includes '' (the file has a blank line = empty focus)
used_q_raw = {l.rstrip('\n').strip().lower() for l in open('used_questions.txt') if l.strip()}
used_q = {norm(q) for q in used_q_raw}
errors = []
def err(msg): errors.append(msg)

# ids, fields
ids = [it['id'] for it in items]
if len(ids) != len(set(ids)): err('duplicate ids')
if ids != ['mq3-%03d' % i for i in range(1, len(items) + 1)]: err('ids not sequential mq3-001..')
KEYS = ['id', 'question', 'kind', 'source', 'focus', 'qtype', 'skin']
for it in items:
    if list(it.keys()) != KEYS: err('bad keys ' + it['id'])
    if it['kind'] != 'out_of_scope': err('kind ' + it['id'])
    if not isinstance(it['skin'], bool): err('skin not bool ' + it['id'])
    if not it['focus'].strip(): err('empty focus ' + it['id'])
    if not re.match(r'^MedQuAD/\d+_[A-Za-z_]+/[0-9_]+\.xml$', it['source']): err('source ' + it['id'])

# exclusions
for it in items:
    if norm(it['focus']) in used_foci: err('focus used: %s %s' % (it['id'], it['focus']))
    if it['question'].strip().lower() in used_q_raw or norm(it['question']) in used_q:
        err('question used: %s %s' % (it['id'], it['question']))
qn = Counter(norm(it['question']) for it in items)
for q, c in qn.items():
    if c > 1: err('duplicate question in set: ' + q)

# sampling constraints
folder = lambda it: it['source'].split('/')[1]
per_file = Counter(it['source'] for it in items)
for s, c in per_file.items():
    if c > 4: err('more than 4 questions from ' + s)
qt_file = defaultdict(list)
for it in items: qt_file[it['source']].append(it['qtype'])
for s, q in qt_file.items():
    if len(q) != len(set(q)): err('repeated qtype within ' + s)

# split
tid, sid = {it['id'] for it in tun}, {it['id'] for it in sea}
if tid & sid: err('an id is in both halves')
if tid | sid != set(ids): err('halves do not cover items exactly')
if len(tun) + len(sea) != len(items): err('half sizes do not add up')
byid = {it['id']: it for it in items}
for it in tun + sea:
    if it != byid[it['id']]: err('half line differs from items.jsonl: ' + it['id'])
tf, sf = {norm(it['focus']) for it in tun}, {norm(it['focus']) for it in sea}
if tf & sf: err('focus in both halves: %s' % sorted(tf & sf))

# report
print('%-28s %9s %5s %5s %6s %6s %4s' % ('folder', 'questions', 'files', 'foci', 'tuning', 'sealed', 'skin'))
tot = Counter()
for f in sorted({folder(it) for it in items}, key=lambda x: int(x.split('_')[0])):
    rows = [it for it in items if folder(it) == f]
    r = dict(q=len(rows), files=len({it['source'] for it in rows}), foci=len({norm(it['focus']) for it in rows}),
             t=sum(it['id'] in tid for it in rows), s=sum(it['id'] in sid for it in rows), skin=sum(it['skin'] for it in rows))
    tot.update(r)
    print('%-28s %9d %5d %5d %6d %6d %4d' % (f, r['q'], r['files'], r['foci'], r['t'], r['s'], r['skin']))
print('%-28s %9d %5d %5d %6d %6d %4d' % ('total', tot['q'], tot['files'], tot['foci'], tot['t'], tot['s'], tot['skin']))
print('skin items: tuning %d, sealed %d' % (sum(it['skin'] for it in tun), sum(it['skin'] for it in sea)))
print('qtypes:', dict(Counter(it['qtype'] for it in items).most_common()))
if errors:
    print('\nERRORS (%d):' % len(errors)); [print(' ', e) for e in errors]; sys.exit(1)
print('\nall checks passed')
