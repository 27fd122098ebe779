"""Build items.jsonl, tuning.jsonl, sealed.jsonl from work/raw.jsonl (hand-transcribed MedQuAD questions)."""
import json, random, re
from collections import OrderedDict

SKIN = {  # focus -> True when it is a skin, hair, nail or sweat condition
    'Michelin tire baby syndrome', 'Naegeli syndrome', 'Seres-Santamaria Arimany Muniz syndrome',
    'Alopecia-intellectual disability syndrome', 'Cellulitis',
    'Dermatitis Herpetiformis: Skin Manifestation of Celiac Disease (For Health Care Professionals)',
    'Skin Cancer', 'Parasites - Lice - Head Lice', 'Parasites - Lice - Body Lice', 'Splinter hemorrhages',
}
FOLDERS = ['1_CancerGov_QA', '2_GARD_QA', '3_GHR_QA', '4_MPlus_Health_Topics_QA', '5_NIDDK_QA', '6_NINDS_QA',
           '7_SeniorHealth_QA', '8_NHLBI_QA_XML', '9_CDC_QA', '10_MPlus_ADAM_QA', '11_MPlusDrugs_QA',
           '12_MPlusHerbsSupplements_QA']

raw = [json.loads(l) for l in open('work/raw.jsonl')]
assert set(r['folder'] for r in raw) == set(FOLDERS)
assert all(f in {r['focus'] for r in raw} for f in SKIN), 'skin list has a focus not in the data'
raw.sort(key=lambda r: FOLDERS.index(r['folder']))  # stable: keeps collection order within a folder

items = []
for i, r in enumerate(raw, 1):
    items.append(OrderedDict([
        ('id', 'mq3-%03d' % i), ('question', r['question']), ('kind', 'out_of_scope'),
        ('source', 'MedQuAD/%s/%s.xml' % (r['folder'], r['file'])), ('focus', r['focus']),
        ('qtype', r['qtype']), ('skin', r['focus'] in SKIN)]))

# split by focus: random.Random(3535) shuffles the foci of each folder (folders in order 1..12,
# foci listed in collection order before shuffling); foci then alternate tuning, sealed, tuning, ...
# with the alternation continuing from one folder to the next.
rng = random.Random(3535)
half_of = {}
turn = 0
for folder in FOLDERS:
    foci = list(OrderedDict.fromkeys(it['focus'] for it in items if it['source'].split('/')[1] == folder))
    rng.shuffle(foci)
    for f in foci:
        assert f not in half_of, 'focus appears in two folders: ' + f
        half_of[f] = 'tuning' if turn % 2 == 0 else 'sealed'
        turn += 1

def dump(path, rows):
    with open(path, 'w') as fh:
        for it in rows:
            fh.write(json.dumps(it, ensure_ascii=False) + '\n')

dump('items.jsonl', items)
dump('tuning.jsonl', [it for it in items if half_of[it['focus']] == 'tuning'])
dump('sealed.jsonl', [it for it in items if half_of[it['focus']] == 'sealed'])
json.dump(half_of, open('work/half_of_focus.json', 'w'), indent=1, ensure_ascii=False)
print('items', len(items), 'tuning', sum(1 for it in items if half_of[it['focus']] == 'tuning'),
      'sealed', sum(1 for it in items if half_of[it['focus']] == 'sealed'))
