# quick check of foci: python3 work/chk.py "Focus A" "Focus B"
import sys, re
def norm(s): return re.sub(r'[^a-z0-9]+', '', s.lower())
uf = [l.strip() for l in open('/work/helper/mq3/used_foci.txt') if l.strip()]
for a in sys.argv[1:]:
    n = norm(a); hits = [u for u in uf if norm(u) == n]
    words = [w for w in re.findall(r'[a-z0-9]+', a.lower()) if len(w) > 3 and w not in ('syndrome','disease','cancer','type','injection','oral','what','with','about')]
    near = [u for u in uf if any(w in u for w in words)]
    print(a, '->', 'USED' if hits else 'ok', '| near:', near[:8])
