# The two commands of the README: `make run` (install, ingest, serve) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run ingest serve test unit lint eval bench load

$(STAMP): pyproject.toml
	@echo "==> 1/4 virtual environment in $(VENV)"
	python3.11 -m venv $(VENV) 2>/dev/null || python3 -m venv $(VENV)
	@echo "==> 2/4 pip"
	$(PY) -m pip install --quiet --upgrade pip
	@echo "==> 3/4 torch 2.13.0, the CPU build (a bare 'torch' would pull a multi-GB CUDA build)"
	$(PY) -m pip install --progress-bar on torch==2.13.0
	@echo "==> 4/4 the assistant and its dependencies (a few minutes on a fresh machine)"
	$(PY) -m pip install --progress-bar on -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

ingest: install
	$(PY) ingest.py

serve: install
	$(PY) server.py

run: ingest serve

test: install
	$(PY) -m pytest

unit: install
	$(PY) -m pytest tests/unit -m 'not slow'

lint: install
	$(PY) -m ruff format --check .
	$(PY) -m ruff check .
	$(PY) -m mypy assistant tools ingest.py server.py
	$(PY) -m deptry .

eval: install
	$(PY) -m tools.eval eval/dev.jsonl eval/patients.jsonl eval/holdout.jsonl

bench: install
	$(PY) -m tools.bench

load: install
	$(PY) -m pytest tests/system/test_load.py -m load --load-seconds=60
