# vfx-finder: `make run` and `make test` are all a new user needs (README Quickstart).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    ?= out

.PHONY: install run test lint bench lint-rules clean system

install: $(STAMP)

# Idempotent: re-installs only when the lock file or pyproject.toml changed.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.lock
	$(PY) -m pip install --disable-pip-version-check -q --no-deps -e .
	@$(PY) -m pip check >/dev/null || { $(PY) -m pip check; exit 1; }
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/vfx-finder run data/synthetic/sample_reports.csv --out $(OUT) --state $(OUT)/vfx_state.sqlite --no-progress

test: $(STAMP) system
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest -q --cov=vfx_finder --cov-report=term:skip-covered

system:  # chromium + LibreOffice Calc for the browser / xlsx tests, installed when missing
	bash scripts/setup_system.sh

bench: $(STAMP)
	$(PY) scripts/benchmark.py --mix mixed --n 100000

lint-rules: $(STAMP)
	$(PY) scripts/format_rules.py --check

clean:
	rm -rf $(OUT) .pytest_cache
