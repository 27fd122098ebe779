"""Check that each out-of-scope item's key words are absent from the four leaflets
(case-insensitive, whole words / whole phrases). Also checks that every out_of_scope
item in items.jsonl has a term list here, and warns when none of an item's terms
appears in its own question (so the terms really are that question's key words)."""
import glob, json, os, re, sys

from source_items import ITEMS

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "corpus")

TERMS = {
    # front desk
    "o01": ["cost", "price", "fee"],
    "o02": ["how much", "deals", "price"],
    "o03": ["opening hours", "opening", "open"],
    "o04": ["open", "sundays", "sunday", "weekend"],
    "o05": ["parking", "bus", "car park"],
    "o06": ["gift vouchers", "voucher", "gift"],
    "o07": ["voucher", "bday", "birthday", "mum"],
    "o08": ["cancellation", "cancel", "policy"],
    "o09": ["cancel", "deposit"],
    "o10": ["payment plans", "finance", "payment"],
    "o11": ["klarna", "instalments", "pay"],
    "o12": ["clinic", "located", "location", "where is"],
    "o13": ["postcode", "satnav", "train station", "station"],
    "o14": ["nurse", "doctor", "name", "staff"],
    "o15": ["lift", "step free", "wheelchair", "access"],
    "o16": ["student discount", "student", "discount"],
    # other treatments for oneself
    "o17": ["lip filler", "filler", "fillers"],
    "o18": ["botox", "forehead"],
    "o19": ["laser hair removal", "hair removal", "permanent hair"],
    "o20": ["chemical peel", "peel"],
    "o21": ["hydrafacial", "blackheads"],
    "o22": ["waxing", "threading", "eyebrows"],
    "o23": ["teeth", "whitening"],
    "o24": ["spray tan", "tan", "orange"],
    "o25": ["lash extensions", "lash", "lashes"],
    "o26": ["tattoo", "lasered off"],
    "o27": ["fat freezing", "belly fat", "fat"],
    "o28": ["dermaplaning"],
    # general health
    "o29": ["type 2 diabetes", "diabetes"],
    "o30": ["blood pressure", "tablets"],
    "o31": ["cold", "sniffly"],
    "o32": ["migraines", "migraine"],
    "o33": ["ibuprofen", "empty stomach", "stomach"],
    "o34": ["vitamin D", "deficiency"],
    "o35": ["athletes foot", "athlete", "foot"],
    "o36": ["sleep", "hours sleep"],
    "o37": ["stress", "hair loss"],
    "o38": ["resting heart rate", "heart rate"],
    # chit-chat
    "o39": ["thank you", "thank", "helpful"],
    "o40": ["hiya", "hello", "hi"],
    "o41": ["real person", "bot"],
    "o42": ["joke", "bored", "waiting room"],
    "o43": ["good morning", "morning", "lovely day"],
    "o44": ["your name", "name"],
    "o45": ["bye"],
}


def main():
    text = ""
    for p in sorted(glob.glob(os.path.join(CORPUS, "*.md"))):
        with open(p, encoding="utf-8") as f:
            text += "\n" + f.read()
    text = re.sub(r"\s+", " ", text)
    bad = 0
    oos = [it for it in ITEMS if it["kind"] == "out_of_scope"]
    keys = {it["key"] for it in oos}
    if keys != set(TERMS):
        print("term lists and out_of_scope items differ:", sorted(keys ^ set(TERMS)))
        bad += 1
    for it in oos:
        terms = TERMS.get(it["key"], [])
        for t in terms:
            pat = r"(?<!\w)" + re.escape(t).replace(r"\ ", r"\s+") + r"(?!\w)"
            m = re.search(pat, text, re.I)
            if m:
                ctx = text[max(0, m.start() - 40): m.end() + 40]
                print(f"FOUND {it['key']} {t!r}: ...{ctx}...")
                bad += 1
        if not any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", it["question"], re.I) for t in terms):
            print(f"warning {it['key']}: no term occurs in the question: {it['question']!r}")
    # items.jsonl: every out_of_scope question is one of these
    path = os.path.join(HERE, "items.jsonl")
    if os.path.exists(path):
        qs = {it["question"] for it in oos}
        with open(path, encoding="utf-8") as f:
            for line in f:
                it = json.loads(line)
                if it["kind"] == "out_of_scope" and it["question"] not in qs:
                    print("out_of_scope item without a term list:", it["id"])
                    bad += 1
    n_terms = sum(len(v) for v in TERMS.values())
    print(f"{len(oos)} out-of-scope items, {n_terms} terms, {bad} found in the leaflets")
    print("PASS" if bad == 0 else "FAIL")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
