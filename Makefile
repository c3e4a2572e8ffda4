# Two commands for a fresh machine (see README.md):
#   make run    install and start the app on the bundled sample corpus
#   make test   install and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install browser run test bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt

# Debian's chromium for the end-to-end test (no browser download by Playwright).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

run: install
	$(BIN)/streamlit run serve.py

test: install browser
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/bench_extract.py
