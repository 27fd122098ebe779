"""Shared helpers for the q10 evaluation set (Python 3 standard library only)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = "/work/main/corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
SOURCES = ["source_answerable.txt", "source_medical.txt", "source_oos.txt"]
FIELDS = ["id", "question", "kind", "evidence", "must_mention", "style"]
KINDS = ["answerable", "medical", "out_of_scope"]
STYLES = ["chat", "faq"]


def load_leaflets():
    texts = {}
    for name in LEAFLETS:
        with open(os.path.join(CORPUS_DIR, name), encoding="utf-8") as f:
            texts[name] = f.read()
    return texts


def words(text):
    """Lowercase word tokens with apostrophes dropped (straight and curly)."""
    text = text.lower().replace("\u2019", "").replace("'", "").replace("\u2018", "")
    return re.findall(r"[a-z0-9]+", text)


def sentences(text):
    """Split a leaflet into sentences: by line, then after . ! ? followed by space."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        line = re.sub(r"^(#+|-|\d+\.)\s*", "", line)
        for s in re.split(r"(?<=[.!?])\s+", line):
            if s.strip():
                out.append(s.strip())
    return out


def parse_sources():
    """Parse the hand-written block files into dicts."""
    items = []
    for src in SOURCES:
        with open(os.path.join(HERE, src), encoding="utf-8") as f:
            cur = None
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                if line.startswith("== "):
                    parts = line[3:].split()
                    if len(parts) != 4:
                        raise ValueError(f"{src}:{lineno}: header needs kind style topic writer")
                    cur = {"kind": parts[0], "style": parts[1], "topic": parts[2],
                           "writer": parts[3], "question": None, "evidence": [],
                           "must_mention": [], "oos_keys": [], "src": f"{src}:{lineno}"}
                    items.append(cur)
                    continue
                tag, _, rest = line.partition(" ")
                if cur is None:
                    raise ValueError(f"{src}:{lineno}: field before header")
                if tag == "Q":
                    cur["question"] = rest.strip()
                elif tag == "E":
                    cur["evidence"] = [p.strip() for p in rest.split(" | ") if p.strip()]
                elif tag == "M":
                    cur["must_mention"] = [p.strip() for p in rest.split(" | ") if p.strip()]
                elif tag == "X":
                    cur["oos_keys"] = [p.strip().lower() for p in rest.split(",") if p.strip()]
                else:
                    raise ValueError(f"{src}:{lineno}: unknown tag {tag!r}")
    return items


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
