# One command for everything a developer runs. `make help` lists them.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install install-dev run migrate demo test test-postgres lint format check clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed-runtime

install: $(VENV)/.installed-runtime ## Create .venv and install the runtime dependencies

install-dev: $(VENV)/.installed-dev ## Install the runtime, test and lint dependencies

migrate: install ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

demo: migrate ## Load the demo content (idempotent)
	$(BIN)/python manage.py load_demo_content

run: demo ## Install, migrate, load the demo content and serve http://127.0.0.1:8000/
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  (demo account above, dev settings only;"
	@echo "         or create your own: $(BIN)/python manage.py createsuperuser)"
	@echo ""
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev ## Run the whole test suite (SQLite; PostgreSQL when DATABASE_URL is set)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-postgres: ## Run the suite against the local PostgreSQL and Redis
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/celcis REDIS_URL=redis://127.0.0.1:6379/15 $(MAKE) test

lint: install-dev ## Lint and check formatting with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev ## Fix lint and formatting where ruff can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install-dev ## Django system checks and a check for missing migrations
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

clean: ## Remove the venv, the SQLite database, media and caches
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache .ruff_cache

.PHONY: bench
bench: install ## Measure the site (gunicorn, PostgreSQL, Redis) with wrk and print the table; see README, Performance
	@command -v wrk >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	$(BIN)/python bench/run_bench.py
