"""Verify items.jsonl against the brief. Exit code 0 only if every check passes."""
import json, os, re, sys, collections
from lib import words, leaflet_ngrams, leaflet_text
from sents import sentences
from parse import parse
HERE=os.path.dirname(os.path.abspath(__file__))
FIELDS=['id','question','kind','evidence','must_mention','style','writer']
def main():
    errs=[]; warn=[]
    def E(m): errs.append(m)
    rows=[json.loads(l) for l in open(os.path.join(HERE,'items.jsonl'),encoding='utf-8')]
    S=[s for f,s in sentences()]
    text=leaflet_text()
    grams=leaflet_ngrams(5)
    # fields and ids
    for i,r in enumerate(rows,1):
        if list(r.keys())!=FIELDS: E('%s fields %s'%(r.get('id'),list(r.keys())))
        if r['id']!='tr17-%03d'%i: E('id order at line %d: %s'%(i,r['id']))
        if r['kind'] not in ('answerable','medical','out_of_scope'): E('%s kind'%r['id'])
        if r['style'] not in ('chat','faq'): E('%s style'%r['id'])
        if not isinstance(r['writer'],str) or not r['writer']: E('%s writer'%r['id'])
        if not r['question'].strip(): E('%s empty question'%r['id'])
    c=collections.Counter(r['kind'] for r in rows)
    if len(rows)!=600: E('total %d'%len(rows))
    for k,n in (('answerable',340),('medical',60),('out_of_scope',200)):
        if c[k]!=n: E('count %s=%d want %d'%(k,c[k],n))
    # evidence / must_mention
    multi=0
    for r in rows:
        ev,mm=r['evidence'],r['must_mention']
        if r['kind']=='out_of_scope':
            if ev or mm: E('%s oos with evidence/must_mention'%r['id'])
            continue
        if not 1<=len(ev)<=4: E('%s evidence count %d'%(r['id'],len(ev)))
        if not 1<=len(mm)<=3: E('%s must_mention count %d'%(r['id'],len(mm)))
        if len(set(ev))!=len(ev): E('%s duplicate evidence phrase'%r['id'])
        evs=set(); seen_s={}
        for p in ev:
            n=len(p.split())
            if not 4<=n<=12: E('%s phrase length %d: %s'%(r['id'],n,p))
            if p not in text: E('%s phrase not verbatim: %s'%(r['id'],p))
            hits=[j for j,s in enumerate(S) if p in s]
            if not hits: E('%s phrase not inside one sentence: %s'%(r['id'],p))
            if len(hits)>1: multi+=1
            for h in hits:
                if h in seen_s and len(hits)==1: E('%s two evidence phrases in one sentence: %s / %s'%(r['id'],seen_s[h],p))
                seen_s.setdefault(h,p)
            evs.update(hits)
        for m in mm:
            if not 1<=len(m.split())<=8: E('%s must_mention not short: %s'%(r['id'],m))
            if m not in text: E('%s must_mention not verbatim: %s'%(r['id'],m))
            elif not any(m in S[j] for j in evs): E('%s must_mention not in an evidence sentence: %s'%(r['id'],m))
    # 5-gram overlap with leaflets
    for r in rows:
        w=words(r['question'])
        bad=[' '.join(w[i:i+5]) for i in range(len(w)-4) if tuple(w[i:i+5]) in grams]
        if bad: E('%s shares 5-word run with leaflets: %s'%(r['id'],bad[0]))
    # duplicates / near duplicates
    seen={}
    for r in rows:
        key=' '.join(words(r['question']))
        if key in seen: E('%s duplicate question of %s'%(r['id'],seen[key]))
        seen[key]=r['id']
    def sh(q):
        w=words(q); return set(tuple(w[i:i+3]) for i in range(len(w)-2))
    shs=[(r['id'],sh(r['question'])) for r in rows]
    near=0
    for a in range(len(shs)):
        for b in range(a+1,len(shs)):
            x,y=shs[a][1],shs[b][1]
            if x and y:
                j=len(x&y)/len(x|y)
                if j>=0.5: E('near-duplicate %s %s (jaccard %.2f)'%(shs[a][0],shs[b][0],j)); near+=1
    # writers
    wc=collections.Counter(r['writer'] for r in rows)
    if len(wc)<40: E('only %d writers'%len(wc))
    for w,n in wc.items():
        if not 8<=n<=25: E('writer %s has %d items'%(w,n))
    # topics (from source)
    src=parse()
    tc=collections.Counter(it['topic'] for it in src if it['kind']=='answerable')
    for t,n in tc.items():
        if n>12: E('topic %s has %d answerable items'%(t,n))
    # source and jsonl agree
    if sorted(it['question'] for it in src)!=sorted(r['question'] for r in rows): E('items.jsonl out of date with src')
    print('rows=%d kinds=%s writers=%d topics=%d max-topic=%d phrases-hitting->1-sentence=%d'%(
        len(rows),dict(c),len(wc),len(tc),max(tc.values()) if tc else 0,multi))
    for e in errs: print('FAIL',e)
    print('ALL CHECKS PASS' if not errs else '%d problems'%len(errs))
    return 0 if not errs else 1
if __name__=='__main__': sys.exit(main())
