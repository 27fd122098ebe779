"""Split the four leaflets into numbered sentences (one per line) for writing evidence."""
import glob, os, re

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus")

PREFIX = {
    "collagen-induction-therapy.md": "CIT",
    "medical-grade-microneedling.md": "MGM",
    "microneedling-and-its-benefits.md": "BEN",
    "microneedling-faq.md": "FAQ",
}


def sentences(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        line = re.sub(r"^(#+|-|\d+\.)\s*", "", line)
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(])", line):
            if s.strip():
                out.append(s.strip())
    return out

if __name__ == "__main__":
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.md"))):
        name = os.path.basename(path)
        prefix = PREFIX[name]
        with open(path, encoding="utf-8") as f:
            for i, s in enumerate(sentences(f.read()), 1):
                print(f"{prefix}{i:03d}\t{s}")
