"""Parse the hand-written source blocks in src/*.txt."""
import os, re, glob
from lib import load_phrases
HERE=os.path.dirname(os.path.abspath(__file__))
KINDS={'A':'answerable','M':'medical','O':'out_of_scope'}
OOSCAT={'T':'other-treatment','F':'front-desk','H':'general-health','S':'other-skin-hair','C':'chit-chat'}
def parse():
    P=load_phrases()
    items=[]; writer=None; cur=None
    for fn in sorted(glob.glob(os.path.join(HERE,'src','*.txt'))):
        for ln,line in enumerate(open(fn,encoding='utf-8'),1):
            line=line.rstrip('\n')
            if not line.strip() or line.startswith('#'): continue
            where='%s:%d'%(os.path.basename(fn),ln)
            if line.startswith('@ '):
                writer=line[2:].strip(); continue
            m=re.match(r'^([AMO]) (chat|faq) (\S+) \| (.+)$',line)
            if m:
                k,style,topic,q=m.groups()
                cur={'question':q.strip(),'kind':KINDS[k],'style':style,'writer':writer,
                     'topic':topic if k!='O' else OOSCAT[topic],'evidence_keys':[],'evidence':[],
                     'must_mention':[],'subject':[],'where':where}
                items.append(cur); continue
            if line.startswith('e: '):
                keys=line[3:].split()
                cur['evidence_keys']=keys
                cur['evidence']=[P[x] for x in keys]; continue
            if line.startswith('m: '):
                cur['must_mention']=[x.strip() for x in line[3:].split(' || ')]; continue
            if line.startswith('x: '):
                cur['subject']=line[3:].split(); continue
            raise SystemExit('cannot parse %s: %r'%(where,line))
    return items
