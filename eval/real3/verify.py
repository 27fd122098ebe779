#!/usr/bin/env python3
"""Verify items.jsonl of the real3 set. Standard library only. Exit 1 on any failure.

Corpus: Path(__file__).resolve().parents[1]/'corpus' (works when this folder is copied to
/work/main/eval/real3) or, failing that, /work/main/corpus. Earlier collections
(questions13/cand.tsv, questions14/cand.tsv) are resolved the same way (sibling folders first,
then /work/main/eval/...).
Use -v to print, for every phrase, the leaflet sentence where it was found.
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEAFLETS = ['collagen-induction-therapy.md', 'medical-grade-microneedling.md',
            'microneedling-and-its-benefits.md', 'microneedling-faq.md']
VERBOSE = '-v' in sys.argv


def first_existing(cands):
    for c in cands:
        if c.exists():
            return c
    return None


def corpus_dir():
    return first_existing([HERE.parents[1] / 'corpus', HERE.parent / 'corpus', Path('/work/main/corpus')])


def earlier(name):
    return first_existing([HERE.parent / name / 'cand.tsv', HERE.parents[1] / 'eval' / name / 'cand.tsv',
                           Path('/work/main/eval') / name / 'cand.tsv'])


def fold(s):
    return re.sub(r'\s+', ' ', s).strip()


def norm_q(s):
    return re.sub(r'\s+', ' ', re.sub(r'[^\w\s]', '', s.lower())).strip()


def main():
    errors = []
    cdir = corpus_dir()
    if cdir is None:
        print('FAIL: corpus not found'); sys.exit(1)
    sentences = []
    for name in LEAFLETS:
        p = cdir / name
        if not p.exists():
            errors.append(f'missing leaflet {p}'); continue
        text = fold(p.read_text(encoding='utf-8'))
        for s in re.split(r'(?<=[.!?])\s+', text):
            sentences.append((name, s))

    def where(ph):
        return [i for i, (_, s) in enumerate(sentences) if ph in s]

    prior = set()
    for nm in ('questions13', 'questions14'):
        p = earlier(nm)
        if p is None:
            errors.append(f'cannot find {nm}/cand.tsv'); continue
        for l in open(p, encoding='utf-8'):
            if l.strip():
                prior.add(norm_q(l.split('\t')[0]))

    items = [json.loads(l) for l in open(HERE / 'items.jsonl', encoding='utf-8') if l.strip()]
    ids, qs = set(), set()
    for it in items:
        iid = it.get('id', '?')
        for f in ('id', 'question', 'kind', 'evidence', 'must_mention', 'style', 'writer', 'source'):
            if f not in it:
                errors.append(f'{iid}: missing field {f}')
        if not re.fullmatch(r'r3-\d{3}', iid):
            errors.append(f'{iid}: bad id')
        if iid in ids:
            errors.append(f'{iid}: duplicate id')
        ids.add(iid)
        nq = norm_q(it['question'])
        if nq in qs:
            errors.append(f'{iid}: repeated question')
        qs.add(nq)
        if nq in prior:
            errors.append(f'{iid}: question already in questions13/14 cand.tsv')
        if it['style'] not in ('faq', 'chat'):
            errors.append(f'{iid}: bad style')
        kind, ev, mm = it['kind'], it['evidence'], it['must_mention']
        if kind == 'out_of_scope':
            if ev or mm:
                errors.append(f'{iid}: out_of_scope must have empty evidence/must_mention')
            continue
        if kind not in ('answerable', 'medical'):
            errors.append(f'{iid}: bad kind {kind}'); continue
        if not 1 <= len(ev) <= 4:
            errors.append(f'{iid}: {len(ev)} evidence phrases')
        if not 1 <= len(mm) <= 3:
            errors.append(f'{iid}: {len(mm)} must_mention')
        ev_sents = set()
        for ph in ev:
            n = len(ph.split())
            if not 4 <= n <= 12:
                errors.append(f'{iid}: evidence phrase has {n} words: {ph!r}')
            w = where(fold(ph))
            if not w:
                errors.append(f'{iid}: evidence not inside one leaflet sentence: {ph!r}')
            ev_sents.update(w)
            if VERBOSE and w:
                print(f'{iid} EV {ph!r} -> {sentences[w[0]][0]}: {sentences[w[0]][1][:100]}')
        for ph in mm:
            w = where(fold(ph))
            if not w:
                errors.append(f'{iid}: must_mention not inside a leaflet sentence: {ph!r}')
            elif not set(w) & ev_sents:
                errors.append(f'{iid}: must_mention not in a sentence holding an evidence phrase: {ph!r}')
    if errors:
        print('\n'.join(errors))
        print(f'FAIL ({len(errors)} problems, {len(items)} items)')
        sys.exit(1)
    print(f'OK: {len(items)} items verified (corpus {cdir})')


if __name__ == '__main__':
    main()
