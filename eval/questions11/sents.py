import re,sys
FILES=["collagen-induction-therapy.md","medical-grade-microneedling.md","microneedling-and-its-benefits.md","microneedling-faq.md"]
D="/work/main/corpus/"
def sentences():
    out=[]
    for f in FILES:
        txt=open(D+f,encoding="utf-8").read()
        for line in txt.split("\n"):
            line=line.strip()
            if not line: continue
            line=re.sub(r"^#+\s*","",line)
            line=re.sub(r"^(-\s+|\d+\.\s+)","",line)
            parts=re.split(r"(?<=[.?!])\s+(?=[A-Z(])",line)
            for p in parts:
                p=p.strip()
                if p: out.append((f,p))
    return out
if __name__=="__main__":
    for i,(f,s) in enumerate(sentences()):
        print(i,f[:6],s)
