"""List key subject terms of every out_of_scope item and check that none of them
occurs (whole word, case-insensitive) in the four leaflets. Exit 1 on failure."""
import json, re, sys
from common import leaflet_texts, ws

# question -> (category, key subject terms)
KEY_TERMS = {
    # other treatments, asked in the shapes patients use for microneedling
    "How many IPL sessions will I need?": ("other treatment", ["IPL"]),
    "What is the downtime after CoolSculpting?": ("other treatment", ["CoolSculpting"]),
    "How long does a lash lift last?": ("other treatment", ["lash", "lift"]),
    "How long do thread lift results last?": ("other treatment", ["thread", "lift"]),
    "What should I avoid after a chemical peel?": ("other treatment", ["chemical", "peel"]),
    "how long will my lips stay swollen after filler?": ("other treatment", ["lips", "swollen", "filler"]),
    "does botox hurt much?": ("other treatment", ["botox"]),
    "tattoo removal - how many sessions usually": ("other treatment", ["tattoo", "removal"]),
    "how often should i get a hydrafacial": ("other treatment", ["hydrafacial"]),
    "teeth whitening made my teeth sensitive, how long does that last?": ("other treatment", ["teeth", "whitening"]),
    "can i wear mascara after brow lamination?": ("other treatment", ["mascara", "brow", "lamination"]),
    "is electrolysis hair removal painful?": ("other treatment", ["electrolysis", "hair", "removal"]),
    "how long after a spray tan can i shower": ("other treatment", ["spray", "tan", "shower"]),
    "how many days till dysport kicks in": ("other treatment", ["dysport"]),
    "is dermaplaning good for peach fuzz": ("other treatment", ["dermaplaning", "peach", "fuzz"]),
    # general health
    "What are the early signs of type 2 diabetes?": ("general health", ["diabetes"]),
    "How many steps a day should I walk to stay healthy?": ("general health", ["steps", "walk", "healthy"]),
    "how much sleep does an adult actually need": ("general health", ["sleep", "adult"]),
    "whats a normal blood pressure for a 50 yr old": ("general health", ["pressure"]),
    "can i take ibuprofen and paracetamol together": ("general health", ["ibuprofen", "paracetamol"]),
    "best way to get rid of hiccups??": ("general health", ["hiccups"]),
    "how long is someone contagious with the flu": ("general health", ["contagious", "flu"]),
    "how do i lower my cholesterol without meds": ("general health", ["cholesterol", "meds"]),
    "migraine every week, what helps": ("general health", ["migraine"]),
    "is it bad to crack your knuckles": ("general health", ["crack", "knuckles"]),
    # front desk
    "Do you offer payment plans or finance?": ("front desk", ["payment", "plans", "finance"]),
    "Can I buy a gift voucher?": ("front desk", ["buy", "gift", "voucher"]),
    "What is your cancellation policy?": ("front desk", ["cancellation", "policy"]),
    "Where is the clinic located?": ("front desk", ["clinic", "located"]),
    "whats the price for one session": ("front desk", ["price"]),
    "are you open saturdays": ("front desk", ["open", "saturdays"]),
    "is there parking near you guys": ("front desk", ["parking"]),
    "do any of your staff speak Spanish?": ("front desk", ["staff", "speak", "Spanish"]),
    "do you take afterpay": ("front desk", ["afterpay"]),
    "is there wheelchair access at your premises": ("front desk", ["wheelchair", "access", "premises"]),
    # other skin questions, not about this treatment
    "How do you get rid of warts?": ("other skin", ["warts"]),
    "What causes blackheads?": ("other skin", ["blackheads"]),
    "How do I treat ingrown hairs?": ("other skin", ["ingrown", "hairs"]),
    "What's the best treatment for nail fungus?": ("other skin", ["nail", "fungus"]),
    "best shampoo for dandruff?": ("other skin", ["shampoo", "dandruff"]),
    "athletes foot cream recommendations pls": ("other skin", ["athletes", "foot"]),
    "whats good for chapped lips in winter": ("other skin", ["chapped", "lips", "winter"]),
    "how do i get rid of dark circles under my eyes": ("other skin", ["dark", "circles", "eyes"]),
    # chit-chat
    "hello!": ("chit-chat", ["hello"]),
    "thanks heaps, that's super helpful 🙏": ("chit-chat", ["thanks", "helpful"]),
    "am i chatting with a person or a bot?": ("chit-chat", ["chatting", "person", "bot"]),
    "morning! 😊": ("chit-chat", ["morning"]),
    "whats your name": ("chit-chat", ["name"]),
    "ok bye": ("chit-chat", ["bye"]),
    "can i talk to a human pls": ("chit-chat", ["talk", "human"]),
}


def main():
    text = " ".join(leaflet_texts().values())
    with open("items.jsonl", encoding="utf-8") as f:
        items = [json.loads(l) for l in f if l.strip()]
    oos = [it for it in items if it["kind"] == "out_of_scope"]
    bad = []
    seen = set()
    cats = {}
    for it in oos:
        q = it["question"]
        if q not in KEY_TERMS:
            bad.append("%s: no key terms listed for %r" % (it["id"], q))
            continue
        seen.add(q)
        cat, terms = KEY_TERMS[q]
        cats[cat] = cats.get(cat, 0) + 1
        hits = []
        for term in terms:
            if not re.search(r"\b%s\b" % re.escape(term.lower()), q.lower()):
                bad.append("%s: key term %r not in its question" % (it["id"], term))
            if re.search(r"\b%s\b" % re.escape(term), text, re.I):
                hits.append(term)
        status = "FAIL " + ",".join(hits) if hits else "ok"
        print("%s  %-15s %-40s %s" % (it["id"], cat, ", ".join(terms), status))
        if hits:
            bad.append("%s: key term(s) found in leaflets: %s" % (it["id"], hits))
    for q in KEY_TERMS:
        if q not in seen:
            bad.append("listed question not in items.jsonl: %r" % q)
    print("categories:", cats)
    if bad:
        print("\n".join(bad))
        print("FAIL")
        sys.exit(1)
    print("OK: %d out_of_scope items, no key term occurs in the leaflets" % len(oos))


if __name__ == "__main__":
    main()
