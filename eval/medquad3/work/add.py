# usage: python3 work/add.py <<'X'
# folder|file|focus|qtype|question
# X
import sys, json, re, os
D = os.path.dirname(os.path.abspath(__file__))
R = os.path.join(os.path.dirname(D), 'work', 'raw.jsonl')
def norm(s): return re.sub(r'[^a-z0-9]+', '', s.lower())
uf = {norm(l) for l in open(os.path.join(D, '..', 'used_foci.txt')) if l.strip()}
uq = {l.strip().lower() for l in open(os.path.join(D, '..', 'used_questions.txt')) if l.strip()}
uqn = {norm(q) for q in uq}
have = [json.loads(l) for l in open(R)] if os.path.exists(R) else []
hq = {norm(h['question']) for h in have}
bad = 0
out = []
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip(): continue
    p = line.split('|')
    assert len(p) == 5, line
    folder, f, focus, qtype, q = p
    msg = []
    if norm(focus) in uf: msg.append('FOCUS USED')
    if q.strip().lower() in uq or norm(q) in uqn: msg.append('QUESTION USED')
    if norm(q) in hq: msg.append('DUP IN RAW')
    if msg:
        bad += 1; print('REJECT', msg, line); continue
    hq.add(norm(q))
    out.append(dict(folder=folder, file=f, focus=focus, qtype=qtype, question=q))
with open(R, 'a') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
have += out
from collections import Counter
c = Counter(h['folder'] for h in have)
print('added', len(out), 'rejected', bad, '| totals', dict(sorted(c.items())), 'sum', sum(c.values()))
