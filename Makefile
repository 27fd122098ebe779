# The two commands of the README: `make run` (install, ingest, serve) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run ingest serve test lint eval bench load

$(STAMP): pyproject.toml
	python3.11 -m venv $(VENV) 2>/dev/null || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, pinned to the CPU build; a bare `torch` would pull a multi-GB CUDA build.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

ingest: install
	$(PY) ingest.py

serve: install
	$(PY) server.py

run: ingest serve

test: install
	$(PY) -m pytest

lint: install
	$(PY) -m ruff format --check .
	$(PY) -m ruff check .
	$(PY) -m mypy assistant ingest.py server.py

eval: install
	$(PY) -m tools.eval eval/dev.jsonl eval/patients.jsonl eval/holdout.jsonl

bench: install
	$(PY) -m tools.bench

load: install
	$(PY) -m pytest tests/test_load.py -m load --load-seconds=60
