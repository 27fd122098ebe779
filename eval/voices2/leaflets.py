"""Shared helpers: load the four leaflets, split into sentences, tokenise."""
import re, os
CORPUS = '/work/main/corpus'
FILES = ['collagen-induction-therapy.md', 'medical-grade-microneedling.md',
         'microneedling-and-its-benefits.md', 'microneedling-faq.md']

def load_texts():
    out = {}
    for f in FILES:
        with open(os.path.join(CORPUS, f), encoding='utf-8') as fh:
            out[f] = fh.read()
    return out

def clean_line(line):
    line = line.strip()
    line = re.sub(r'^#+\s*', '', line)          # headings
    line = re.sub(r'^[-*]\s+', '', line)         # bullets
    line = re.sub(r'^\d+\.\s+', '', line)        # numbered items
    return line.strip()

def sentences():
    """List of (file, index, sentence) - a sentence never crosses a line."""
    res = []
    for f, text in load_texts().items():
        i = 0
        for raw in text.split('\n'):
            line = clean_line(raw)
            if not line:
                continue
            for s in re.split(r'(?<=[.!?])\s+', line):
                s = s.strip()
                if s:
                    res.append((f, i, s))
                    i += 1
    return res

def words(s):
    s = s.lower().replace('\u2019', '').replace("'", '')
    return re.findall(r'[a-z0-9]+', s)

def ngrams(ws, n=5):
    return {tuple(ws[i:i+n]) for i in range(len(ws) - n + 1)}

def leaflet_ngrams(n=5):
    g = set()
    for text in load_texts().values():
        g |= ngrams(words(text), n)
    return g

def leaflet_vocab():
    v = set()
    for text in load_texts().values():
        v |= set(words(text))
    return v
