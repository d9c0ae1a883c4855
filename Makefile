# The README's two commands: `make demo` and `make test`. Both set up a local virtual
# environment first, so a fresh machine needs only Python 3.11+ and git.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-all lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@bash seeds/demo.sh $(BIN)/revtrack

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# Everything, including the slow stress tests (CI runs this).
test-all: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -m ''

clean:
	rm -rf $(VENV) demo-store
