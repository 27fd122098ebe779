import re
FILES=['collagen-induction-therapy.md','medical-grade-microneedling.md','microneedling-and-its-benefits.md','microneedling-faq.md']
D='/work/main/corpus/'
def sentences():
    out=[]
    for f in FILES:
        t=open(D+f,encoding='utf-8').read()
        for line in t.split('\n'):
            line=line.strip()
            if not line: continue
            for s in re.split(r'(?<=[.!?])\s+(?=\S)',line):
                s=s.strip()
                if s: out.append((f,s))
    return out
if __name__=='__main__':
    for i,(f,s) in enumerate(sentences()):
        print(i,f[:4],s)
