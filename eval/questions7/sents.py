import re,glob,os
def sentences():
    out=[]
    for f in sorted(glob.glob('/work/main/corpus/*.md')):
        name=os.path.basename(f)
        for line in open(f,encoding='utf-8').read().split('\n'):
            line=line.strip()
            if not line or line.startswith('#'): continue
            line=re.sub(r'^(- |\d+\. )','',line)
            for s in re.split(r'(?<=[.!?])\s+(?=[A-Z(])',line):
                out.append((name,s))
    return out
if __name__=='__main__':
    abbr={'collagen-induction-therapy.md':'C','medical-grade-microneedling.md':'M','microneedling-and-its-benefits.md':'B','microneedling-faq.md':'F'}
    for i,(n,s) in enumerate(sentences()): print(f"{abbr[n]}{i:03d} {s}")
