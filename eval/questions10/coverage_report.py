import sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from common import *
L=load_leaflets()
idx=[s for n,t in L.items() for s in sentences(t)]
items=parse_sources()
for it in sorted(items,key=lambda x:(x['kind'],x['topic'])):
    if it['kind']=='out_of_scope': continue
    hits=[]
    for p in it['evidence']:
        hits.append(sorted(i for i,s in enumerate(idx) if p in s))
    print(f"[{it['kind'][:3]} {it['topic']}] {it['question'][:90]}\n    {hits}  M={it['must_mention']}")
