"""For each topic, the leaflet sentences (ids from split_sentences.py) that answer it.
Writes topics.md, the working map the questions were written from."""
import os
from split_sentences import CORPUS, PREFIX, sentences

TOPICS = {
    "what it is / names": ["CIT003", "CIT004", "MGM043", "MGM013", "BEN002", "BEN006", "BEN007", "FAQ002", "FAQ004", "FAQ005"],
    "how it works / collagen": ["CIT006", "CIT007", "MGM005", "MGM006", "MGM053", "MGM054", "MGM055", "MGM056", "BEN008", "BEN010", "BEN011", "BEN012", "BEN013", "BEN014", "BEN015", "FAQ015", "FAQ016", "MGM118", "MGM119"],
    "ageing and collagen": ["MGM049", "MGM050", "MGM051", "MGM115", "MGM116", "MGM117"],
    "needles / depth / device": ["CIT006", "CIT010", "MGM013", "MGM053", "MGM089", "MGM118", "BEN002", "BEN011", "BEN019", "BEN020", "FAQ004", "FAQ015"],
    "pain / numbing": ["CIT009", "MGM027", "MGM087", "MGM090", "BEN018", "FAQ006"],
    "during: sound": ["MGM092"],
    "session length": ["MGM028", "MGM088", "BEN021", "FAQ006"],
    "number of sessions / spacing": ["FAQ012", "FAQ018", "MGM036", "MGM105", "MGM064", "FAQ035", "BEN025", "BEN027"],
    "maintenance": ["FAQ019", "MGM135", "FAQ040"],
    "when results show": ["MGM035", "MGM104", "BEN026", "FAQ033", "FAQ034", "FAQ035", "MGM124"],
    "how long results last": ["FAQ038", "FAQ039", "FAQ040", "MGM133", "MGM134", "MGM037", "MGM056"],
    "downtime": ["MGM143", "MGM144", "MGM145", "FAQ008", "FAQ024", "BEN023"],
    "redness": ["CIT019", "CIT028", "MGM029", "MGM069", "MGM096", "MGM097", "MGM145", "BEN022", "FAQ021", "FAQ022"],
    "swelling": ["CIT019", "MGM029", "MGM098", "MGM145", "FAQ023", "FAQ033"],
    "peeling / crusting / tightness": ["FAQ023", "FAQ024"],
    "bleeding": ["FAQ023", "CIT029"],
    "sensitivity": ["MGM069", "MGM096", "FAQ023", "FAQ025", "FAQ031"],
    "events": ["FAQ026"],
    "makeup": ["MGM032", "MGM101", "FAQ029"],
    "sun": ["CIT021", "MGM032", "MGM101"],
    "exercise": ["CIT024"],
    "actives (retinol, acids, exfoliants)": ["CIT023", "MGM102", "MGM032"],
    "washing": ["FAQ028"],
    "aftercare products": ["CIT022", "MGM033", "MGM101", "FAQ030", "FAQ031"],
    "serum applied in clinic": ["CIT011", "MGM093", "MGM094", "MGM060", "CIT030"],
    "product absorption": ["CIT016", "MGM058", "MGM059", "MGM128", "MGM129", "MGM130", "BEN034"],
    "preparation / day of": ["MGM082", "MGM083", "MGM085", "MGM086", "CIT009"],
    "consultation / medical history": ["MGM079", "MGM080", "MGM081", "MGM082", "BEN017", "BEN039", "BEN040", "BEN041", "CIT034", "MGM041", "MGM149"],
    "risks / safety": ["CIT026", "CIT027", "CIT028", "CIT029", "CIT030", "MGM067", "MGM068", "FAQ042", "MGM039"],
    "skin types / tones": ["CIT017", "MGM021", "MGM067", "MGM138", "MGM139", "FAQ009", "FAQ021", "FAQ022"],
    "who should avoid it": ["FAQ013"],
    "professional vs at home": ["MGM067", "MGM068", "CIT027", "CIT029"],
    "body areas": ["CIT008", "BEN037", "FAQ007"],
    "scars": ["CIT014", "MGM019", "BEN032", "BEN033", "MGM064", "FAQ035", "MGM123", "FAQ003"],
    "wrinkles / fine lines": ["CIT013", "MGM018", "BEN029", "BEN030", "FAQ007", "MGM123", "FAQ035"],
    "pores": ["CIT013", "MGM019", "BEN035", "BEN036", "FAQ033", "MGM123"],
    "stretch marks": ["CIT015", "BEN037", "MGM024", "FAQ003", "FAQ010"],
    "pigmentation / sun damage / age spots / tone": ["MGM022", "MGM023", "FAQ003", "FAQ010", "MGM124", "BEN031"],
    "loose skin": ["FAQ003", "MGM025", "FAQ010", "MGM037"],
    "research": ["MGM062", "MGM063", "MGM064", "MGM065"],
}

if __name__ == "__main__":
    import glob
    sent = {}
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.md"))):
        p = PREFIX[os.path.basename(path)]
        with open(path, encoding="utf-8") as f:
            for i, s in enumerate(sentences(f.read()), 1):
                sent[f"{p}{i:03d}"] = s
    out = ["# Topic map (working file)", "", "Sentence ids from `split_sentences.py`.", ""]
    for t, ids in TOPICS.items():
        out.append(f"## {t}")
        out.append("")
        for i in ids:
            out.append(f"- {i}: {sent[i]}")
        out.append("")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "topics.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
