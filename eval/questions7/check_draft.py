import sys,glob
sys.path.insert(0,'.')
from sents import sentences
ab={'collagen-induction-therapy.md':'C','medical-grade-microneedling.md':'M','microneedling-and-its-benefits.md':'B','microneedling-faq.md':'F'}
S=[(f"{ab[n]}{i:03d}",s) for i,(n,s) in enumerate(sentences())]
texts=[open(f,encoding='utf-8').read() for f in glob.glob('/work/main/corpus/*.md')]
def cov(p): return [k for k,s in S if p in s]
def check(items, show=True):
    bad=0
    for i,(st,q,ev,mm) in enumerate(items):
        cs=[]
        for p in ev:
            n=len(p.split())
            c=cov(p)
            if not any(p in t for t in texts) or not c or not (4<=n<=12):
                print('BAD EV',i,repr(p),n,c); bad+=1
            cs+=c
        for m in mm:
            if not any(m in t for t in texts): print('BAD MM',i,repr(m)); bad+=1
            if not any(m in s for k,s in S if k in cs): print('MM not in ev sentences',i,repr(m))
        if len(ev)>4 or not (1<=len(mm)<=3): print('COUNT',i); bad+=1
        if show: print(i,st,q[:60],'|',' '.join(sorted(set(cs))))
    return bad
if __name__=='__main__':
    mod=__import__(sys.argv[1]); print('bad',check(getattr(mod,sys.argv[2])))
