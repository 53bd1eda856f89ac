# The two commands a new developer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# make run is a local demo: debug on, plain HTTP, media served by Django.
RUN_ENV := DEBUG=true

.PHONY: install run serve test lint format messages demo clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed messages

# Compiles the gettext catalogues in locale/ (pure Python, no system gettext needed).
messages: $(VENV)/.installed
	$(RUN_ENV) $(PY) manage.py compile_catalogues

demo: install
	$(RUN_ENV) $(PY) manage.py migrate --no-input
	$(RUN_ENV) $(PY) manage.py load_demo_content

run: demo serve

serve:
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) var db.sqlite3 .pytest_cache
