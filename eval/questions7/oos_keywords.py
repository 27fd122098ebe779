# Key terms (a trailing * marks a word prefix; others match as whole words) per out_of_scope item, checked (case-insensitive) against the four leaflets.
import glob, re
KEYS = ["cost","price","package","parking","bus","opening","open on","sunday","gift","voucher","cancel","deposit","payment plan",
 "financ*","insurance","located","train station","childcare","child","student","discount","wheelchair","accessib*","phone number","ring",
 "apple pay","cash","hiring","aesthetician","botox","lip filler","filler","laser hair","hair removal","chemical peel","tattoo","hydrafacial",
 "blackhead","teeth","whitening","enamel","coolsculpt*","microblad*","eyebrow","lash","thread lift","prp","thinning hair","scalp",
 "shingles","blood pressure","kidney","cold and","flu","vitamin d","menopause","migraine","cholesterol","lice","psoriasis","contagious*",
 "weather","joke","football","bot","real person","hiya","thank","bye"]
text=" ".join(open(f,encoding='utf-8').read().lower() for f in glob.glob('/work/main/corpus/*.md'))
for k in KEYS:
    pat=r'\b'+re.escape(k.lower().rstrip('*'))+('' if k.endswith('*') else r'\b')
    n=len(re.findall(pat, text))
    if n: print("FOUND",repr(k),n)
print("checked",len(KEYS),"terms")
