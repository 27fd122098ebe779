#!/usr/bin/env python3
"""Parse the hand-typed source files in src/, shuffle with a fixed seed,
assign ids tr17b-001..600 and write items.jsonl.  Prints count tables."""
import glob, json, os, random, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1717
KINDS = {'answerable', 'medical', 'oos'}
OOS_CATS = {'other', 'frontdesk', 'health', 'skinother', 'smalltalk'}


def parse(path):
    """Return list of dicts.  Block format:
    # writer: LABEL            (sets writer for following blocks)
    KIND STYLE TOPIC [KEYS]    (KIND answerable|medical|oos; for oos TOPIC is
                                the category and KEYS comma-separated subject words)
    q: question
    e: phrase || phrase        (answerable/medical)
    m: fragment || fragment    (answerable/medical)
    Blocks are separated by blank lines."""
    items, writer = [], None
    with open(path, encoding='utf-8') as fh:
        text = fh.read()
    for bi, block in enumerate(re.split(r'\n\s*\n', text)):
        lines = [l.rstrip() for l in block.strip().split('\n') if l.strip()]
        if not lines:
            continue
        if lines[0].startswith('# writer:'):
            writer = lines[0].split(':', 1)[1].strip()
            lines = lines[1:]
            if not lines:
                continue
        lines = [l for l in lines if not l.startswith('#')]
        if not lines:
            continue
        head = lines[0].split()
        where = '%s block %d' % (os.path.basename(path), bi)
        if len(head) < 3 or head[0] not in KINDS:
            raise SystemExit('bad header in %s: %r' % (where, lines[0]))
        it = {'kind': head[0], 'style': head[1], 'topic': head[2],
              'keys': [], 'writer': writer, 'where': where,
              'question': None, 'evidence': [], 'must_mention': []}
        if head[0] == 'oos':
            it['keys'] = [k for k in (head[3] if len(head) > 3 else '').split(',') if k]
        for l in lines[1:]:
            tag, _, val = l.partition(':')
            val = val.strip()
            if tag == 'q':
                it['question'] = val
            elif tag == 'e':
                it['evidence'] = [p.strip() for p in val.split('||') if p.strip()]
            elif tag == 'm':
                it['must_mention'] = [p.strip() for p in val.split('||') if p.strip()]
            else:
                raise SystemExit('bad line in %s: %r' % (where, l))
        items.append(it)
    return items


def load_all():
    items = []
    for p in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        items.extend(parse(p))
    return items


def main():
    items = load_all()
    rng = random.Random(SEED)
    rng.shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({
            'id': 'tr17b-%03d' % n,
            'question': it['question'],
            'kind': 'out_of_scope' if it['kind'] == 'oos' else it['kind'],
            'evidence': it['evidence'] if it['kind'] != 'oos' else [],
            'must_mention': it['must_mention'] if it['kind'] != 'oos' else [],
            'style': it['style'],
            'writer': it['writer'],
        })
    with open(os.path.join(HERE, 'items.jsonl'), 'w', encoding='utf-8') as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items to items.jsonl' % len(out))
    kinds = Counter(o['kind'] for o in out)
    print('\nkind counts:', dict(kinds))
    cats = Counter(it['topic'] for it in items if it['kind'] == 'oos')
    print('out_of_scope categories:', dict(cats))
    print('style counts:', dict(Counter(o['style'] for o in out)))
    topics = Counter(it['topic'] for it in items if it['kind'] == 'answerable')
    print('\nanswerable topics (%d):' % len(topics))
    for t, c in sorted(topics.items()):
        print('  %-10s %d' % (t, c))
    mtopics = Counter(it['topic'] for it in items if it['kind'] == 'medical')
    print('\nmedical topics (%d):' % len(mtopics))
    for t, c in sorted(mtopics.items()):
        print('  %-12s %d' % (t, c))
    w = defaultdict(Counter)
    for o in out:
        w[o['writer']][o['kind']] += 1
    print('\nwriters (%d): total answerable medical out_of_scope' % len(w))
    for name in sorted(w):
        c = w[name]
        print('  %-22s %3d %3d %3d %3d' % (name, sum(c.values()), c['answerable'],
                                          c['medical'], c['out_of_scope']))


if __name__ == '__main__':
    main()
