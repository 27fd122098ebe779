import sys,re
def toks(s): return set(w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in {'the','a','an','to','of','you','i','can','is','do','does','my','your','it','for','in','after','microneedling','micro','needling','what','how','are','be','should','will','me','with','and','or','on'})
q13=[l.split('\t')[0] for l in open('/work/main/eval/questions13/cand.tsv',encoding='utf-8')]
mine=[l.split('\t')[0] for l in open('cand.tsv',encoding='utf-8')]
args=sys.argv[1:] or mine
for q in args:
    t=toks(q)
    best=sorted(((len(t&toks(x))/max(1,len(t|toks(x))),x) for x in q13+[m for m in mine if m!=q]),reverse=True)[:2]
    print(f"{q[:70]:70} | {best[0][0]:.2f} {best[0][1][:60]} | {best[1][0]:.2f} {best[1][1][:50]}")
