# Two commands on a fresh machine:  `make serve`  (install, build the store, serve)
#                                   `make test`   (lint and the whole test suite)
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8050

.PHONY: serve test store bench browser services axe

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

store: $(VENV)/.installed
	$(PY) -m layers.ingest.build

serve: store
	GEOPORTAL_HOST=$(HOST) GEOPORTAL_PORT=$(PORT) $(PY) app.py

# Headless Chromium and its driver for the browser tests (Debian packages).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  echo "installing Debian's chromium and chromium-driver"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

# PostgreSQL and Redis servers for the shared-database, cache and job tests (Debian packages;
# the tests start their own instances on 127.0.0.1 and stop them).
services:
	@command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "installing Debian's postgresql and redis-server"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server; }

# axe-core for the accessibility tests, from the npm registry (version pinned in its lock file).
axe: tests/browser/axe/node_modules/axe-core/axe.min.js

tests/browser/axe/node_modules/axe-core/axe.min.js: tests/browser/axe/package-lock.json
	npm ci --prefix tests/browser/axe --no-audit --no-fund
	touch $@

test: store browser services axe
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

bench: store
	$(PY) -m bench.choropleth
	$(PY) -m bench.gravity
	$(PY) -m bench.catchment
	$(PY) -m bench.exports
	$(PY) -m bench.answers
	$(PY) -m bench.memory
	$(PY) -m bench.load
