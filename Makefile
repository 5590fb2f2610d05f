# `make run` and `make test` work on a fresh clone with only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test check lint types bench clean system-deps

# Debian packages: Graphviz's `dot` draws flow diagrams (cuida graph, cuida review); headless
# Chromium renders the review book in its test. Installed only when something is missing.
SYSTEM_PACKAGES := graphviz chromium chromium-driver fonts-dejavu-core
SYSTEM_COMMANDS := dot chromium chromedriver

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m bot start

test: $(STAMP) system-deps
	$(PY) -m ruff check bot tests $(wildcard bench)
	$(PY) -m bot check
	$(PY) -m mypy bot
	$(VENV)/bin/lint-imports
	$(PY) -m pytest

check: $(STAMP)
	$(PY) -m bot check

lint: $(STAMP)
	$(PY) -m ruff check bot tests $(wildcard bench)
	$(PY) -m ruff format --check bot tests $(wildcard bench)

types: $(STAMP)
	$(PY) -m mypy bot
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) bench/run.py

system-deps:
	@missing=""; for c in $(SYSTEM_COMMANDS); do command -v $$c >/dev/null 2>&1 || missing="$$missing $$c"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "system-deps: installing $(SYSTEM_PACKAGES) (missing:$$missing)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); \
	else \
		echo "system-deps: missing$$missing; not root, so not installing. Run: sudo apt-get install $(SYSTEM_PACKAGES)"; \
		echo "system-deps: without them 'cuida graph' offers --format mermaid/dot and the review-book browser test fails under CI."; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
