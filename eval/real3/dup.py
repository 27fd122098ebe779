import sys,re
from pathlib import Path
def norm(s): return re.sub(r'\s+',' ',re.sub(r'[^\w\s]','',s.lower())).strip()
old=[]
for p in ['/work/main/eval/questions13/cand.tsv','/work/main/eval/questions14/cand.tsv','/work/real3/cand.tsv']:
    if Path(p).exists():
        old+= [l.split('\t')[0] for l in open(p,encoding='utf-8') if l.strip()]
def toks(s): return set(norm(s).split())-{'a','the','i','you','can','do','is','to','after','microneedling','my','of','for','it','does','how','what','should','be','with','in','on','your','are','and'}
for q in sys.stdin:
    q=q.strip()
    if not q: continue
    n=norm(q); t=toks(q)
    best=max(old,key=lambda o: len(t&toks(o))/max(1,len(t|toks(o))))
    exact=any(norm(o)==n for o in old)
    j=len(t&toks(best))/max(1,len(t|toks(best)))
    print(('EXACT ' if exact else '')+f'{j:.2f} | {q} || {best}')
