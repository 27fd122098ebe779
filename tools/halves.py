"""Which file of an evaluation set is its tuning half and which its sealed one:
`python -m tools.halves tuning|sealed DIR...`.

A set split for tuning (`eval/<set>/`) holds `tuning.jsonl` and `sealed.jsonl`, and, once a
helper has adjudicated the citations, `tuning-adjudicated.jsonl` and `sealed-adjudicated.jsonl`
beside them (`eval/adjudicated.py`). A pool of halves is scored from the adjudicated file when
there is one. Naming the files by hand went wrong once: a list of tuning halves made by
replacing "sealed.jsonl" with "tuning.jsonl" in the list of sealed ones kept every
"sealed-adjudicated.jsonl" as it was, so 25 sealed halves were scored as tuning halves for a
round (docs/evaluation.md, sixty-second round). This prints one file a set, of the half asked
for only, and refuses a folder without that half.

    python -m tools.eval $(python -m tools.halves tuning eval/questions*/ eval/followups*/)

`--unseeded` leaves out the sets whose answered questions seed this clinic's
`corpus/also-asked.jsonl` (`tools/answered.py` SETS): their questions are keys to their own
answers (hit 0.97 on them against 0.86 on the rest in the sixty-second round), so a ranking change
is judged on the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Literal

from tools.answered import SETS

Half = Literal["tuning", "sealed"]
HALVES: tuple[Half, ...] = ("tuning", "sealed")


def half_file(folder: Path, half: Half) -> Path:
    """The file of one half of a set: adjudicated when a helper adjudicated it, else as written."""
    for name in (f"{half}-adjudicated.jsonl", f"{half}.jsonl"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{folder} holds no {half} half")


def seeded(folder: Path) -> bool:
    """Whether the set's answered questions seed this clinic's also-asked file."""
    return any(Path(name).parts[0] == folder.name for name in SETS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("half", choices=HALVES)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument(
        "--unseeded", action="store_true", help="leave out the sets seeding the answered questions"
    )
    args = parser.parse_args(argv)
    folders = [f for f in args.folders if not (args.unseeded and seeded(f))]
    try:
        files = [half_file(folder, args.half) for folder in folders]
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    print(" ".join(str(f) for f in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
