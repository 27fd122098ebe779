import sys,re
sys.path.insert(0,'.')
from sents import sentences
ab={'collagen-induction-therapy.md':'C','medical-grade-microneedling.md':'M','microneedling-and-its-benefits.md':'B','microneedling-faq.md':'F'}
S=[(f"{ab[n]}{i:03d}",s) for i,(n,s) in enumerate(sentences())]
for q in sys.argv[1:]:
    print('##',q)
    for k,s in S:
        if q.lower() in s.lower(): print(' ',k,s[:150])
