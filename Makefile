# The two commands a new developer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The loader's and the site's addresses follow it (config/settings/base.py).
export PORT
# make run is a local demo: debug on, plain HTTP, media served by Django.
RUN_ENV := DEBUG=true

.PHONY: install run serve serve-prod bench-pages bench-load test lint format messages catalogues demo bench clean

# Not --quiet: the first install takes minutes, and pip's lines show it working.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	@echo "==> Creating $(VENV) and installing the requirements (a few minutes the first time)"
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --upgrade pip
	$(VENV)/bin/pip install --progress-bar on -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed messages

# Compiles the gettext catalogues in locale/ (pure Python, no system gettext needed).
messages: $(VENV)/.installed
	$(RUN_ENV) $(PY) manage.py compile_catalogues

# Re-extracts the interface strings into locale/<lang>/LC_MESSAGES/django.po for
# every site language but English (the source). Needs GNU gettext. Existing
# translations are kept; new strings arrive empty and tests/test_i18n_catalogues.py
# fails until each is translated (docs/translation.md).
CATALOGUE_LANGUAGES ?= el de ru uk ar fa
catalogues: $(VENV)/.installed
	$(RUN_ENV) $(PY) manage.py makemessages $(foreach code,$(CATALOGUE_LANGUAGES),-l $(code)) \
		--ignore=.venv --ignore=.cache --ignore=var --ignore=tests --no-obsolete

demo: install
	@echo "==> Migrating the database"
	$(RUN_ENV) $(PY) manage.py migrate --no-input
	@echo "==> Loading the demo content (a minute or two the first time)"
	$(RUN_ENV) $(PY) manage.py load_demo_content

run: demo serve

serve:
	@echo "==> Serving on http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The production application server: gunicorn (config/gunicorn.py) with
# whitenoise serving the collected static files. Reads the environment like
# any deployment (docs/deploying.md); for a local try on plain HTTP:
#   SECRET_KEY=local ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false \
#   SECURE_COOKIES=false SERVE_MEDIA=true make serve-prod
PROD_PORT ?= 8100
serve-prod: install
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(PY) manage.py migrate --no-input
	PORT=$(PROD_PORT) $(VENV)/bin/gunicorn --config config/gunicorn.py config.wsgi:application

# PYTEST_ARGS: e.g. -m "not browser" (.ci/run: the browser tests run in one pass).
PYTEST_ARGS ?=
test: install
	$(PY) -m pytest $(PYTEST_ARGS)

# Search benchmark (bench/search.py): loads BENCH_PRACTICES generated practices into the
# database named by DATABASE_URL (use one of its own), reindexes, prints p50/p95 latency.
BENCH_PRACTICES ?= 20000
bench: $(VENV)/.installed
	$(RUN_ENV) $(PY) bench/search.py --practices $(BENCH_PRACTICES)

# Page benchmark (bench/pages.py, docs/performance.md): instructions (callgrind),
# queries and memory per page kind, warm and after a publish, on three SQLite
# databases (the demo, + 1,000 and + 5,000 generated practices) built here under
# BENCH_DIR if missing, with their media. The benchmark copies them before
# each run. Extra options: BENCH_PAGES_ARGS, e.g. "--rps" for req/s (wrk).
BENCH_DIR ?= .cache/bench
BENCH_ABS := $(abspath $(BENCH_DIR))
BENCH_DB_ENV := DJANGO_SETTINGS_MODULE=config.settings.base SECRET_KEY=bench-only-secret-key \
	ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false MEDIA_ROOT=$(BENCH_ABS)/media
BENCH_PAGES_ARGS ?=
$(BENCH_DIR)/db-%.sqlite3: | $(VENV)/.installed
	mkdir -p $(BENCH_DIR)
	rm -f $(BENCH_ABS)/db-$*.sqlite3.tmp
	$(BENCH_DB_ENV) DATABASE_URL=sqlite:///$(BENCH_ABS)/db-$*.sqlite3.tmp \
		$(PY) manage.py migrate --no-input -v0
	$(BENCH_DB_ENV) DATABASE_URL=sqlite:///$(BENCH_ABS)/db-$*.sqlite3.tmp \
		$(PY) manage.py load_demo_content --practices $* -v1
	mv $(BENCH_ABS)/db-$*.sqlite3.tmp $(BENCH_ABS)/db-$*.sqlite3

bench-pages: install $(BENCH_DIR)/db-0.sqlite3 $(BENCH_DIR)/db-1000.sqlite3 $(BENCH_DIR)/db-5000.sqlite3
	$(PY) bench/pages.py --media $(BENCH_ABS)/media --databases \
		demo=sqlite:///$(BENCH_ABS)/db-0.sqlite3 \
		+1,000=sqlite:///$(BENCH_ABS)/db-1000.sqlite3 \
		+5,000=sqlite:///$(BENCH_ABS)/db-5000.sqlite3 $(BENCH_PAGES_ARGS)

# Load test (bench/load.py, docs/performance.md "Load"): LOAD_CLIENTS clients for
# LOAD_SECONDS against gunicorn on 127.0.0.1:8250 while a valid and an invalid import
# run, on the database named by DATABASE_URL (PostgreSQL; demo content loaded if empty).
LOAD_CLIENTS ?= 100
LOAD_SECONDS ?= 60
bench-load: $(VENV)/.installed
	$(PY) bench/load.py --clients $(LOAD_CLIENTS) --duration $(LOAD_SECONDS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) var db.sqlite3 .pytest_cache
