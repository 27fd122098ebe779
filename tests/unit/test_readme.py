"""The README's module map is kept true: every module of the package and the tools is named."""

from __future__ import annotations

import pytest

from assistant.config import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
MAP = README[README.index("## How it works") : README.index("### The index")]
MODULES = sorted(
    path.relative_to(PROJECT_ROOT)
    for folder in ("assistant", "tools")
    for path in (PROJECT_ROOT / folder).rglob("*.py")
    if path.name != "__init__.py"
)


@pytest.mark.parametrize("module", MODULES, ids=str)
def test_readme_module_map_names_module(module: object) -> None:
    name = str(module)
    assert name in MAP or name.split("/")[-1] in MAP, f"README's module map does not name {name}"
