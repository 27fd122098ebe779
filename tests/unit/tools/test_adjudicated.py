"""The adjudicated halves in `eval/` are derived files: each must be what `eval/adjudicated.py`
makes of its half and adjudication now."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from assistant.config import PROJECT_ROOT

EVAL = PROJECT_ROOT / "eval"


def _adjudicated_module() -> ModuleType:
    # eval/ is a folder of data and standard-library scripts, not a package.
    spec = importlib.util.spec_from_file_location("adjudicated", EVAL / "adjudicated.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_adjudicated_half_is_its_adjudication_applied() -> None:
    module = _adjudicated_module()
    adjudications = sorted(EVAL.glob("*/adjudication_*.json"))
    assert len(adjudications) >= 9
    for path in adjudications:
        half = path.stem.removeprefix("adjudication_")
        items, failures, count = module.adjudicated(path.parent, half)
        assert not failures and count > 0, path
        written = (path.parent / f"{half}-adjudicated.jsonl").read_text(encoding="utf-8")
        # A stale file names its set only: its items are sealed.
        assert written == module.lines(items), f"{path.parent.name}: rerun eval/adjudicated.py"
