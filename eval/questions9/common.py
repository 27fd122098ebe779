"""Shared helpers: read the four leaflets (and nothing else)."""
import os, re

CORPUS = "/work/main/corpus"
LEAFLETS = ["collagen-induction-therapy.md", "medical-grade-microneedling.md",
            "microneedling-and-its-benefits.md", "microneedling-faq.md"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def leaflet_texts():
    out = {}
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            out[name] = ws(f.read())
    return out


def tokens(s):
    s = s.lower().replace("’", "'").replace("'", "")
    return re.findall(r"[a-z0-9%]+", s)
