# Confide — the two commands: `make run` and `make test`. `make bench` rewrites BENCHMARKS.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: venv
	$(BIN)/confide init
	$(BIN)/confide serve --host 127.0.0.1 --port 8000

lint: venv
	$(BIN)/ruff check src tests benchmarks

test: venv lint
	$(BIN)/python -m pytest -q

bench: venv
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) .confide .pytest_cache .ruff_cache
