# Two commands on a fresh machine:  `make serve`  (install, build the store, serve)
#                                   `make test`   (lint, types and the whole test suite)
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8050

.PHONY: serve test store bench browser services assets axe catalogs messages

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The texts' gettext catalogs (server/locale/<lang>/LC_MESSAGES/messages.po, key-style msgids):
# `make catalogs` compiles them to the .mo files the app reads (not committed); `make messages`
# extracts every key the code asks for (babel.cfg, the keywords below) into messages.pot and
# merges it into both catalogs (new keys come with an empty text to fill in).
LOCALES := server/locale
BABEL := $(VENV)/bin/pybabel
BABEL_KEYWORDS := -k text -k counted:2,2 -k text_in:1c,2 -k N_ -k say
CATALOGS := $(foreach lang,pl en,$(LOCALES)/$(lang)/LC_MESSAGES/messages.mo)

$(LOCALES)/%/LC_MESSAGES/messages.mo: $(LOCALES)/%/LC_MESSAGES/messages.po $(VENV)/.installed
	$(BABEL) compile --statistics -D messages -d $(LOCALES) -l $*

catalogs: $(CATALOGS)

messages: $(VENV)/.installed
	$(BABEL) extract -F babel.cfg --no-default-keywords $(BABEL_KEYWORDS) --no-location \
	  --sort-output --width 100 --project geoportal -o $(LOCALES)/messages.pot .
	$(BABEL) update -i $(LOCALES)/messages.pot -d $(LOCALES) -D messages --no-fuzzy-matching --ignore-obsolete \
	  --width 100 --ignore-pot-creation-date
	$(MAKE) catalogs

store: $(VENV)/.installed catalogs
	$(VENV)/bin/flask --app app build

# The map engine's library (maplibre-gl, pinned in package-lock.json), copied into assets/vendor
# where Dash serves it from the app's own origin.
MAPLIBRE := node_modules/maplibre-gl/dist
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

assets/vendor/maplibre-gl.js: node_modules/.installed
	mkdir -p assets/vendor
	cp $(MAPLIBRE)/maplibre-gl.js $(MAPLIBRE)/maplibre-gl.css $(MAPLIBRE)/LICENSE.txt assets/vendor/
	touch $@

assets: assets/vendor/maplibre-gl.js

serve: store assets
	GEOPORTAL_HOST=$(HOST) GEOPORTAL_PORT=$(PORT) $(PY) app.py

# Headless Chromium and its driver for the browser tests (Debian packages).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  echo "installing Debian's chromium and chromium-driver"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

# PostgreSQL, Redis and nginx for the shared-database, cache, job and reverse-proxy tests
# (Debian packages; the tests start their own instances on 127.0.0.1 and stop them).
services:
	@command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	  && test -x /usr/sbin/nginx || { \
	  echo "installing Debian's postgresql, redis-server and nginx"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server nginx; }

# axe-core for the accessibility tests, from the npm registry (version pinned in its lock file).
axe: tests/browser/axe/node_modules/axe-core/axe.min.js

tests/browser/axe/node_modules/axe-core/axe.min.js: tests/browser/axe/package-lock.json
	npm ci --prefix tests/browser/axe --no-audit --no-fund
	touch $@

test: store catalogs assets browser services axe
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest -n 2 tests/layers tests/callbacks
	$(PY) -m pytest tests --ignore=tests/layers --ignore=tests/callbacks

bench: store catalogs assets
	$(PY) -m bench.choropleth
	$(PY) -m bench.gravity
	$(PY) -m bench.autocorrelation
	$(PY) -m bench.projection
	$(PY) -m bench.catchment
	$(PY) -m bench.exports
	$(PY) -m bench.answers
	$(PY) -m bench.memory
	$(PY) -m bench.load
	$(PY) -m bench.browser
