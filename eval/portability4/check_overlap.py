#!/usr/bin/env python3
"""Extra checks not done by build.py: question length 3-60 words, no 5-word run shared with any leaflet,
no leaflet heading repeated inside a question (3-word heading overlaps printed as HEAD3 for review),
and, for out_of_scope items, which of the question words occur in the leaflets (OOS lines, for hand review).
Usage: python3 check_overlap.py items.txt"""
import re, os, sys
CORPUS="/work/helper/port4/corpus"
L=sorted(n for n in os.listdir(CORPUS) if n.endswith(".md"))
def norm(s):
    s=s.lower().replace("\u2019","'").replace("\u2018","'").replace("\u2013","-").replace("\u2014","-")
    return re.findall(r"[a-z0-9%]+(?:['-][a-z0-9]+)*", s)
texts={n:open(os.path.join(CORPUS,n),encoding="utf-8").read() for n in L}
grams=set(); heads=[]
for n,t in texts.items():
    for line in t.split("\n"):
        if line.startswith("#"):
            h=re.sub(r"^#+\s*(\d+\.\s*)?","",line)
            heads.append(norm(h))
    toks=norm(t)
    for i in range(len(toks)-4): grams.add(tuple(toks[i:i+5]))
alltoks=set(norm(" ".join(texts.values())))
stop=set("a an the and or of to in on for with is are do does did i my me you your it it's its can be this that what how which who when where there any at as by from if will would should could have has had i'm i've im u we our they their she he her his them just not no so get got about after before than more like really".split())
bad=0
for n,line in enumerate(open(sys.argv[1],encoding="utf-8").read().split("\n"),1):
    if not line.strip() or line.lstrip().startswith("#"): continue
    kind,style,q,ev,mm=line.split("|")
    qt=norm(q)
    wc=len(q.split())
    if not 3<=wc<=60: print("WORDS",n,wc,q); bad+=1
    for i in range(len(qt)-4):
        if tuple(qt[i:i+5]) in grams: print("5GRAM",n,qt[i:i+5],q); bad+=1
    qs=" "+" ".join(qt)+" "
    for h in heads:
        if len(h)>=2 and " "+" ".join(h)+" " in qs: print("HEADING",n,h,q); bad+=1
        # near-heading: share 3-gram
        hg={tuple(h[i:i+3]) for i in range(len(h)-2)}
        qg={tuple(qt[i:i+3]) for i in range(len(qt)-2)}
        if hg & qg: print("HEAD3",n,sorted(hg&qg),"|",h,"|",q)
    if kind.strip() in ("out_of_scope",):
        cw=[w for w in qt if w not in stop and w in alltoks]
        print("OOS",n,q,"-> in corpus:",cw)
print("bad",bad)
