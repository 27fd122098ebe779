"""Build items.jsonl from the hand-written source blocks (src/*.txt)."""
import json, os, random, collections
from parse import parse
HERE=os.path.dirname(os.path.abspath(__file__))
def main():
    items=parse()
    rnd=random.Random(17017)
    rnd.shuffle(items)
    out=[]
    for i,it in enumerate(items,1):
        out.append({'id':'tr17-%03d'%i,'question':it['question'],'kind':it['kind'],
                    'evidence':it['evidence'],'must_mention':it['must_mention'],
                    'style':it['style'],'writer':it['writer']})
    with open(os.path.join(HERE,'items.jsonl'),'w',encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
    print('items:',len(out))
    ks=collections.Counter((o['kind'],o['style']) for o in out)
    print('\nkind x style')
    for k in ('answerable','medical','out_of_scope'):
        print('  %-13s chat=%3d faq=%3d total=%3d'%(k,ks[(k,'chat')],ks[(k,'faq')],ks[(k,'chat')]+ks[(k,'faq')]))
    print('\nout_of_scope categories')
    for c,n in sorted(collections.Counter(it['topic'] for it in items if it['kind']=='out_of_scope').items()): print('  %-16s %3d'%(c,n))
    print('\nanswerable topics')
    for c,n in sorted(collections.Counter(it['topic'] for it in items if it['kind']=='answerable').items()): print('  %-18s %3d'%(c,n))
    print('\nwriters (total / answerable / medical / out_of_scope)')
    w=collections.defaultdict(collections.Counter)
    for o in out: w[o['writer']][o['kind']]+=1
    for k in sorted(w): print('  %-22s %3d  %2d %2d %2d'%(k,sum(w[k].values()),w[k]['answerable'],w[k]['medical'],w[k]['out_of_scope']))
    print('writers:',len(w))
if __name__=='__main__': main()
