# Hjo Trygghet — the two set-up commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000
# Tests run on PostgreSQL; override DATABASE_URL to use another server.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/hjo_safety


.PHONY: gettext messages translations run test test-database-dump install install-dev assets chromium java pdf-libs migrate demo lint format check bench bench-growth bench-tools topology-tools soak backup restore clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

# Both lock files in one pip run (one resolution, not two) when the dev set is what is wanted.
$(VENV)/.dev: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt -r requirements-dev.txt
	touch $(VENV)/.runtime $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.runtime assets pdf-libs
install-dev: $(VENV)/.dev assets
assets: node_modules/.installed

# Debian's Chromium for the browser tests (Playwright's own download does not work here).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "Chromium is missing: run 'sudo apt-get install chromium' for the browser tests." >&2; \
	  fi; \
	fi

# Debian's Java for the W3C HTML validator (vnu-jar from npm) that the tests run on new pages.
java:
	@if ! command -v java >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null; \
	  else \
	    echo "Java is missing: run 'sudo apt-get install default-jre-headless' for the HTML validity tests." >&2; \
	  fi; \
	fi

# Debian's Pango for WeasyPrint (the statutory document as PDF), installed when missing.
PDF_LIBS := libpango-1.0-0 libpangoft2-1.0-0
pdf-libs:
	@missing=""; for lib in $(PDF_LIBS); do \
	  dpkg-query -W -f='$${Status}' $$lib 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$lib"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing for PDF output:$$missing: run 'sudo apt-get install$$missing'." >&2; \
	  fi; \
	fi

migrate: install
	DEBUG=1 $(PY) manage.py migrate --noinput

demo: migrate
	DEBUG=1 PUBLIC_BASE_URL=$${PUBLIC_BASE_URL:-http://127.0.0.1:$(PORT)} $(PY) manage.py seed_demo

## make run: install, migrate, load demo data and serve on http://127.0.0.1:$(PORT) (8000); links
## in mail use that address unless PUBLIC_BASE_URL is set
run: demo
	@echo "Serving Hjo Trygghet on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	DEBUG=1 PUBLIC_BASE_URL=$${PUBLIC_BASE_URL:-http://127.0.0.1:$(PORT)} $(PY) manage.py runserver 127.0.0.1:$(PORT)

## make sso-demo: the demo with single sign-on through the local OpenID Connect provider
## (local_idp: django-oidc-provider, its own SQLite file) on 127.0.0.1:$(IDP_PORT); log in there as
## fritid / hjo-demo-2026 (docs/security.md, "Single sign-on"). Ctrl-C stops both servers.
IDP_PORT ?= 8001
.PHONY: sso-demo
sso-demo: demo $(VENV)/.dev
	@secret=$$(head -c 24 /dev/urandom | base64 | tr -d '/+='); \
	export LOCAL_IDP_URL=http://127.0.0.1:$(IDP_PORT) LOCAL_IDP_DB=$(CURDIR)/var/local_idp.sqlite3 \
	  LOCAL_IDP_SECRET_KEY="$$secret-idp"; \
	DJANGO_SETTINGS_MODULE=local_idp.settings $(PY) -m django local_idp_setup -v0 \
	  --client hjo-portal "$$secret" http://127.0.0.1:$(PORT)/konto/sso/svar/ \
	  --user fritid hjo-demo-2026 fritid@demo.hjo.se Elin Holm || exit 1; \
	DJANGO_SETTINGS_MODULE=local_idp.settings $(PY) -m django runserver --noreload \
	  127.0.0.1:$(IDP_PORT) & idp=$$!; \
	trap 'kill $$idp 2>/dev/null' EXIT INT TERM; \
	echo "Local OpenID Connect provider on http://127.0.0.1:$(IDP_PORT)/ (fritid / hjo-demo-2026)"; \
	echo "Serving Hjo Trygghet on http://127.0.0.1:$(PORT)/: Logga in med Hjo kommuns konto"; \
	OIDC_PROVIDERS='[{"key": "hjo", "name": "Hjo kommun", "issuer": "http://127.0.0.1:$(IDP_PORT)/oidc", "client_id": "hjo-portal", "client_secret": "'"$$secret"'", "organisations": ["Fritid", "Skola", "Socialtjänst", "Teknik", "Fastighet", "Kommunledning"], "session_check_seconds": 60}]' \
	  DEBUG=1 $(PY) manage.py runserver --noreload 127.0.0.1:$(PORT)

## make test: install what the tests need and run the whole suite on PostgreSQL, in
## PYTEST_WORKERS processes (pytest-xdist, one test database each; 0 runs in one process; a
## worker that runs out of tests takes some from the other's queue), and list the 25 slowest
## tests. The test databases are made afresh at the start and kept at the end (dropping a
## database forces a PostgreSQL checkpoint, slowest when the server has just written the most);
## `make test TEST_DB=` reuses the kept ones instead of migrating afresh.
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=
TEST_DB ?= --create-db
test: install-dev chromium java pdf-libs
	DATABASE_URL="$${DATABASE_URL:-$(TEST_DATABASE_URL)}" $(PY) -m pytest \
	  -n $(PYTEST_WORKERS) $(if $(filter-out 0,$(PYTEST_WORKERS)),--dist worksteal) \
	  --reuse-db $(TEST_DB) --durations=25 $(PYTEST_ARGS)

## make test-database-dump: after adding or changing a migration (or upgrading a library with
## migrations), write tests/migrated_database.sql again: the dump of a migrated test database that
## `make test` loads instead of migrating (tests/migrated_database.py).
test-database-dump: install-dev
	DATABASE_URL="$${DATABASE_URL:-$(TEST_DATABASE_URL)}" $(PY) -m tests.migrated_database

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format:
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: lint
	$(PY) manage.py makemigrations --check --dry-run

## make bench: load hjo_bench at SCALE and measure every page with gunicorn + wrk (docs/bench.md)
SCALE ?= 0.01
WORKERS ?= 4
DURATION ?= 10
GROWTH ?=
BENCH_ARGS ?=
TOPOLOGY ?=
bench: install bench-tools $(if $(TOPOLOGY),topology-tools)
	$(PY) -m bench.run --scale $(SCALE) --workers $(WORKERS) --duration $(DURATION) \
	  $(if $(GROWTH),--growth $(GROWTH)) $(if $(TOPOLOGY),--topology) $(BENCH_ARGS)

## make bench-growth: the same pages at scale 0.01, 0.1 and 1; flags p95 growth > 2x
bench-growth:
	$(MAKE) bench GROWTH=$${GROWTH:-0.01,0.1,1}

# Debian's wrk (as root) and the bench's Python tools (bench/requirements.txt).
bench-tools: $(VENV)/.bench
$(VENV)/.bench: bench/requirements.txt $(VENV)/.runtime
	@if ! command -v wrk >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else \
	    echo "wrk is missing: run 'sudo apt-get install wrk' for the benchmark." >&2; exit 1; \
	  fi; \
	fi
	$(PIP) install --quiet -r bench/requirements.txt
	touch $@

# Debian's nginx and PgBouncer for `make bench TOPOLOGY=1` (as root). The bench starts them itself
# on loopback ports with the configuration in bench/topology/; they never run as system services.
topology-tools:
	@missing=""; \
	  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	  command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || missing="$$missing pgbouncer"; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends $$missing >/dev/null && \
	      for service in $$missing; do \
	        (command -v systemctl >/dev/null && systemctl disable --now $$service 2>/dev/null) || true; \
	        service $$service stop 2>/dev/null || true; \
	      done; \
	    else \
	      echo "Missing:$$missing — run 'sudo apt-get install$$missing' for make bench TOPOLOGY=1." >&2; exit 1; \
	    fi; \
	  fi

## make soak: 10,000 incident submissions from 50 clients with a PostgreSQL restart, then a
## backup round trip (docs/security.md). Restarts the local PostgreSQL: not part of make test.
SOAK_ARGS ?=
soak: install
	$(PY) -m bench.soak $(SOAK_ARGS)

## make backup / make restore: pg_dump -Fc of the DATABASE_URL database / pg_restore into it
## (created if missing). BACKUP_FILE defaults to a time-stamped file in BACKUP_DIR (backup) and
## to the newest file there (restore).
BACKUP_DIR ?= var/backups
backup:
	@test -n "$$DATABASE_URL" || { echo "Set DATABASE_URL (postgres://user@host:5432/name)." >&2; exit 1; }
	@file="$${BACKUP_FILE:-$(BACKUP_DIR)/hjo-trygghet-$$(date +%Y%m%d-%H%M%S).dump}"; \
	  mkdir -p "$$(dirname "$$file")" && \
	  pg_dump --format=custom --no-owner --no-privileges --dbname="$$DATABASE_URL" --file="$$file" && \
	  echo "Backup written to $$file"

restore:
	@test -n "$$DATABASE_URL" || { echo "Set DATABASE_URL (postgres://user@host:5432/name)." >&2; exit 1; }
	@file="$${BACKUP_FILE:-$$(ls -t $(BACKUP_DIR)/*.dump 2>/dev/null | head -n1)}"; \
	  test -f "$$file" || { echo "No backup file: set BACKUP_FILE." >&2; exit 1; }; \
	  url="$${DATABASE_URL%%\?*}"; name="$${url##*/}"; \
	  exists=$$(psql --dbname="$${url%/*}/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$$name'"); \
	  if [ "$$exists" != 1 ]; then psql --dbname="$${url%/*}/postgres" -qc "CREATE DATABASE \"$$name\""; fi && \
	  pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
	    --dbname="$$DATABASE_URL" "$$file" && \
	  echo "Restored $$file into $$name"

clean:
	rm -rf $(VENV) node_modules var staticfiles

# Debian's GNU gettext (msgfmt, xgettext) for the catalogues, installed when missing.
gettext:
	@if ! command -v msgfmt >/dev/null || ! command -v xgettext >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
	  else \
	    echo "gettext is missing: run 'sudo apt-get install gettext' for make messages." >&2; exit 1; \
	  fi; \
	fi

## make messages: compile the Swedish and the English catalogue (locale/*/LC_MESSAGES/django.po)
## after editing them; the compiled django.mo files are committed, so running the portal does
## not need gettext. make translations first collects new msgids into the English catalogue.
messages: gettext
	msgfmt --check-format -o locale/sv/LC_MESSAGES/django.mo locale/sv/LC_MESSAGES/django.po
	msgfmt --check-format -o locale/en/LC_MESSAGES/django.mo locale/en/LC_MESSAGES/django.po

## make translations: add new msgids to locale/en/LC_MESSAGES/django.po (English text is needed
## for the public pages only; see docs/architecture.md, "Languages").
translations: gettext
	$(PY) manage.py makemessages -l en --no-obsolete -i ".venv" -i "node_modules" -i "tests" -i "bench" -i "staticfiles" -i "var"
