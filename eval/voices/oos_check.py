"""Out-of-scope subject-word check.
Every out_of_scope item in src/ lists key subject words (x: line). Each must occur in
its question as a whole word, and must NOT occur anywhere in the four leaflets as a
whole word (also checking simple plural/singular variants)."""
import sys, collections
from lib import words, leaflet_vocab
from parse import parse
def variants(w):
    v={w, w+'s', w+'es'}
    if w.endswith('es'): v.add(w[:-2])
    if w.endswith('s'): v.add(w[:-1])
    if w.endswith('ies'): v.add(w[:-3]+'y')
    if w.endswith('y'): v.add(w[:-1]+'ies')
    return v
def main():
    vocab=leaflet_vocab(); errs=[]; n=0; used=collections.Counter()
    for it in parse():
        if it['kind']!='out_of_scope':
            if it['subject']: errs.append('%s non-oos item has subject words'%it['where'])
            continue
        n+=1
        qw=set(words(it['question']))
        if not it['subject']: errs.append('%s no subject words'%it['where']); continue
        for s in it['subject']:
            sw=words(s)
            if len(sw)!=1: errs.append('%s bad subject word %r'%(it['where'],s)); continue
            s=sw[0]; used[s]+=1
            if not (variants(s)&qw): errs.append('%s subject %r not in question'%(it['where'],s))
            hit=variants(s)&vocab
            if hit: errs.append('%s subject %r occurs in leaflets as %s'%(it['where'],s,sorted(hit)))
    print('out_of_scope items checked: %d, distinct subject words: %d'%(n,len(used)))
    for e in errs: print('FAIL',e)
    print('OOS CHECK PASS' if not errs else '%d problems'%len(errs))
    return 1 if errs else 0
if __name__=='__main__': sys.exit(main())
