# The two commands a fresh machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test stress fuzz bench screenshots lint clean translations docs-preview package

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/casenotebook gui

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# The long variants of the hardening tests (README, "What the tests prove"): a thousand kills
# of a working notebook and of an import, two hundred of a receive, every write of the disk
# tests at a finer step, twenty times the fuzz examples, every wrong passphrase at the command
# line. About an hour on 2 cores.
stress: $(STAMP)
	CASENOTEBOOK_STRESS=1000 $(BIN)/pytest -q tests/core/test_crash.py
	CASENOTEBOOK_STRESS=1000 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests/core/test_evidence_crash.py
	CASENOTEBOOK_STRESS=200 $(BIN)/pytest -q tests/core/test_package_crash.py
	CASENOTEBOOK_STRESS=1 $(BIN)/pytest -q tests/core/test_write_failures.py
	CASENOTEBOOK_STRESS=1 $(BIN)/pytest -q tests/core/test_fuzz_*.py
	CASENOTEBOOK_STRESS=1 $(BIN)/pytest -q tests/core/test_wrong_passphrases.py

# Coverage-guided fuzzing of each parser of outside data with atheris (fuzz/README.md),
# FUZZ_SECONDS each: about 15 minutes as it stands.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := header header:resummed header:guard blob dates bundle bundle:items \
	bundle:custody backup backup:container backup:manifest package package:header \
	package:records cli
fuzz: $(STAMP)
	$(BIN)/pip install --quiet -e '.[fuzz]'
	for target in $(FUZZ_TARGETS); do \
		name=$${target%%:*}; part=$${target#*:}; \
		if [ "$$part" = "$$target" ]; then part=""; else part="--part=$$part"; fi; \
		$(BIN)/python fuzz/fuzz_$$name.py $$part -max_total_time=$(FUZZ_SECONDS) \
			-rss_limit_mb=4096 || exit 1; \
	done

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots screenshots

# Every document profile of the demo case as .docx, PDF and PNG pages (needs LibreOffice).
docs-preview: $(STAMP)
	$(BIN)/python tools/docs_preview.py docs-preview

# Re-read every ui/*.py into each .ts, Russian and Kyrgyz (translations already made are kept,
# strings no longer in the sources are dropped), then build the .qm files the program loads.
# qt_ky.ts is not read from the sources: Kyrgyz for Qt's own buttons, which Qt does not ship.
TS := resources/translations/case_notebook_ru.ts resources/translations/case_notebook_ky.ts
QT_TS := resources/translations/qt_ky.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative ui/*.py -ts $(TS)
	for ts in $(TS) $(QT_TS); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; done

# Every benchmark in bench/, each in its own process, then bench/REPORT.md (bench/README.md).
bench: $(STAMP)
	$(BIN)/python bench/report.py

# The program as one folder for this platform in dist/, smoke-tested, with a reproducible
# .tar.gz and its SHA256SUMS (packaging/README.md). It makes its own venv under build/ from a
# Python installed outside the home folder (the variable PACKAGE_PYTHON may name one).
package:
	nice $(PYTHON) packaging/build.py

clean:
	rm -rf $(VENV) build *.egg-info
