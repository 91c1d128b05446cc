# The two commands of the README, plus the checks CI runs. Everything installs into .venv/ at the repo root.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint check screenshots i18n clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Regie needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/regie-gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen REGIE_BENCH=1 $(BIN)/python -m pytest -q tests/bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

# Collect the interface texts into the English translation file, then compile it (translate in pyside6-linguist).
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/i18n/regie_en.ts -no-obsolete -locations none -source-language nl_NL -target-language en_GB
	$(BIN)/pyside6-lrelease resources/i18n/regie_en.ts -qm resources/i18n/regie_en.qm

# Installers (issue 11): the PyInstaller bundle dist/regie/ and the .deb beside it; package-test builds them
# (cached under build/bundle-test/), unpacks the .deb and runs the bundled programs, and checks the MSI tables.
.PHONY: package package-test
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/python packaging/build.py all

package-test: $(PACKAGE_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/packaging

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy regie_desktop
	$(BIN)/lint-imports

check: test lint

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache bench-results.json
