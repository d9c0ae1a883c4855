# The README's two commands: `make demo` and `make test`. Both set up a local virtual
# environment first, so a fresh machine needs only Python 3.11+ and git.
# The first Python 3.11+ on the PATH, newest first.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3 python; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-all docs screenshot lint clean

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "revtrack needs Python 3.11 or newer; install it, or name it with make PYTHON=/path/to/python3.11" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
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

# docs/cli.md and docs/config.md, made from --help and the config model (a test checks them).
docs: $(STAMP)
	$(BIN)/python -m revtrack.cli._docs .

# docs/report-article.png, the README's picture of the report (needs Chromium).
screenshot: $(STAMP)
	$(BIN)/python -m tests.screenshot

clean:
	rm -rf $(VENV) demo-store demo-report
