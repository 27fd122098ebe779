# helper for the author: shows, per item, which leaflet sentences each evidence phrase hits
import re,sys,collections
from sents import sentences
S=sentences()
ALL=" \n ".join(s for f,s in S)
def toks(t): return re.findall(r"[a-z0-9]+",t.lower().replace("'","").replace("’",""))
LT=[]
for f in ["collagen-induction-therapy.md","medical-grade-microneedling.md","microneedling-and-its-benefits.md","microneedling-faq.md"]:
    LT.append(toks(open("/work/main/corpus/"+f,encoding="utf-8").read()))
G5=set()
for t in LT:
    for i in range(len(t)-4): G5.add(tuple(t[i:i+5]))
def parse(fn):
    items=[];cur=None
    for line in open(fn,encoding="utf-8"):
        line=line.rstrip("\n")
        if line.strip()=="---":
            cur={};items.append(cur);continue
        if not line.strip() or line.startswith("#"): continue
        k,_,v=line.partition(":");cur[k.strip()]=v.strip()
    return items
files=sys.argv[1:]
for fn in files:
    its=parse(fn);tc=collections.Counter()
    for n,it in enumerate(its):
        q=it["q"];t=toks(q)
        bad=[" ".join(t[i:i+5]) for i in range(len(t)-4) if tuple(t[i:i+5]) in G5]
        tc[it.get("topic",it.get("category"))]+=1
        print(f"[{n}] {it['kind']}/{it['style']}/{it.get('topic',it.get('category'))}/{it['writer']}: {q}")
        if bad: print("   !!5GRAM", bad)
        for p in [x.strip() for x in it.get("ev","").split("|") if x.strip()]:
            hits=[i for i,(f,s) in enumerate(S) if p in s]
            nt=len(toks(p)); nw=len(p.split())
            flag="" if hits and 4<=nt<=12 and 4<=nw<=12 else "  !!BAD"
            print(f"   ev[{nt}] {p!r} ->{flag}")
            for i in hits: print(f"        {i}: {S[i][1][:150]}")
        for m in [x.strip() for x in it.get("mm","").split("|") if x.strip()]:
            if m not in ALL: print("   !!MM missing", m)
    print(fn, len(its), collections.Counter((i['kind'],i['style']) for i in its))
    print({k:v for k,v in tc.items()})
