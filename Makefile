# Two set-up commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
# Each first checks the system packages it needs (packaging/system-packages.txt) and
# installs the missing ones with apt-get (as root, through sudo, or it prints the command),
# then creates .venv and installs the project into it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := resources/examples/newyork-manila-kyiv.toml
PYTEST_ARGS ?=
# `make test` and `make dist` need the test packages (PyInstaller's libpython among them),
# every other target those the app needs.
SYSTEM_GROUP := $(if $(filter test dist,$(MAKECMDGOALS)),test,run)
# The interpreter whose libpython PyInstaller uses: the venv's once it exists.
VENV_PYTHON = $(if $(wildcard $(BIN)/python),$(BIN)/python,$(PYTHON))

.PHONY: run test lint bench dist clean system-packages places translations untranslated

system-packages:
	@sh packaging/system-packages.sh $(SYSTEM_GROUP) "$(VENV_PYTHON)"

$(BIN)/python: | system-packages
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

# The packaging extra (PyInstaller, build, setuptools) is part of the test set-up: the
# frozen-app smoke test (pytest -m packaging) runs with every `make test`, and the wheel
# test builds without isolation, so that `make test` needs no network after this.
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,packaging]"
	touch $@ $(VENV)/.installed

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,dev,packaging]"
	touch $@ $(VENV)/.installed-test $(VENV)/.installed

run: system-packages $(VENV)/.installed
	$(BIN)/overlap-planner $(EXAMPLE)

# ical.js for the calendar-client tests, at the version package-lock.json pins.
CLIENTS := tests/calendar_clients
$(CLIENTS)/node_modules/.package-lock.json: $(CLIENTS)/package-lock.json
	cd $(CLIENTS) && npm ci --no-audit --no-fund --loglevel=error

test: system-packages $(VENV)/.installed-test $(CLIENTS)/node_modules/.package-lock.json
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check planner ui tests benchmarks packaging
	$(BIN)/ruff format --check planner ui tests benchmarks packaging
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/actionlint -shellcheck $(BIN)/shellcheck .github/workflows/*.yml

# The zone search's place index, from the pinned GeoNames and CLDR packages of the
# `places` extra (the test suite checks that the shipped file is what this gives).
places: $(VENV)/.installed-test
	$(BIN)/python packaging/build_places.py

# The GUI's translations: the messages of ui/ extracted into resources/translations/*.ts
# (pyside6-lupdate) and compiled into the .qm files the app loads (pyside6-lrelease);
# the test suite checks that the committed files are what this gives.
translations: $(VENV)/.installed
	$(BIN)/python packaging/translations.py update

# Every message still to translate, per language (exit 1 when there is one).
untranslated: $(VENV)/.installed
	$(BIN)/python packaging/translations.py untranslated

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --readme

# The wheel and sdist (version: planner.__version__) and the one-folder app in
# dist/overlap-planner/; packaging/README.md has the Windows and macOS notes.
dist: system-packages $(VENV)/.installed-test
	rm -rf dist build/pyinstaller
	$(BIN)/python -m build --no-isolation --outdir dist .
	PYINSTALLER_CONFIG_DIR=build/pyinstaller-cache $(BIN)/pyinstaller --noconfirm --clean \
		--log-level WARN --distpath dist --workpath build/pyinstaller packaging/overlap-planner.spec

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
