import re, os
from sents import sentences, FILES, D
HERE=os.path.dirname(os.path.abspath(__file__))
def words(s):
    s=s.lower().replace("'","").replace("\u2019","")
    return re.findall(r'[a-z0-9]+',s)
def load_phrases():
    P={}
    for line in open(os.path.join(HERE,'phrases.txt'),encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        k,v=line.split(' | ',1)
        assert k.strip() not in P, k
        P[k.strip()]=v.strip()
    return P
def leaflet_text():
    return '\n'.join(open(D+f,encoding='utf-8').read() for f in FILES)
def leaflet_ngrams(n=5):
    g=set()
    for f in FILES:
        w=words(open(D+f,encoding='utf-8').read())
        for i in range(len(w)-n+1): g.add(tuple(w[i:i+n]))
    return g
def leaflet_vocab():
    return set(words(leaflet_text()))
