# Two set-up commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := resources/examples/newyork-manila-kyiv.toml
PYTEST_ARGS ?=

.PHONY: run test lint bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

# The packaging extra (PyInstaller, build) is part of the test set-up: the frozen-app
# smoke test (pytest -m packaging) runs with every `make test`.
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,packaging]"
	touch $@ $(VENV)/.installed

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,dev,packaging]"
	touch $@ $(VENV)/.installed-test $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/overlap-planner $(EXAMPLE)

# ical.js for the calendar-client tests, at the version package-lock.json pins.
CLIENTS := tests/calendar_clients
$(CLIENTS)/node_modules/.package-lock.json: $(CLIENTS)/package-lock.json
	cd $(CLIENTS) && npm ci --no-audit --no-fund --loglevel=error

test: $(VENV)/.installed-test $(CLIENTS)/node_modules/.package-lock.json
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check planner ui tests benchmarks packaging
	$(BIN)/ruff format --check planner ui tests benchmarks packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# The wheel and sdist (version: planner.__version__) and the one-folder app in
# dist/overlap-planner/; packaging/README.md has the Windows and macOS notes.
dist: $(VENV)/.installed-test
	rm -rf dist build/pyinstaller
	$(BIN)/python -m build --outdir dist .
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/overlap-planner.spec

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
