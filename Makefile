# One command for everything a developer runs. `make help` lists them.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# The address the demo summary, e-mails and the admin name; follows HOST and PORT.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help install install-dev run migrate demo test test-postgres lint format check loadtest backup restore clean
.PHONY: test-browser screenshots

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
	@echo "  Your own admin account: $(BIN)/python manage.py createsuperuser"
	@echo "  The scheduler publishes scheduled pages every 30 seconds (Procfile.dev)."
	WEB_ADDRESS=$(HOST):$(PORT) $(BIN)/honcho -f Procfile.dev start

test: install-dev node_modules/.package-lock.json ## Run the whole test suite (SQLite; PostgreSQL when DATABASE_URL is set)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The Nu Html Checker (vnu-jar, pinned in package-lock.json). Its install script
# would download a Java; the tests use the system's (default-jre-headless).
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund; \
	else echo "npm not found: the HTML checker test will skip (apt-get install npm)"; fi

test-browser: install-dev node_modules/.package-lock.json ## Run only the browser tests (Chromium, and Java for the HTML checker)
	$(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

screenshots: install-dev ## Refresh docs/screenshots/ from the browser tests' screenshots
	$(BIN)/python -m pytest tests/browser/test_keyboard_and_layout.py -k screenshots
	$(BIN)/python tools/compress_screenshots.py

test-postgres: ## Run the suite against the local PostgreSQL and Redis
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/celcis REDIS_URL=redis://127.0.0.1:6379/15 $(MAKE) test

lint: install-dev ## Lint and check formatting with ruff; check the layout with import-linter (.importlinter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install-dev ## Fix lint and formatting where ruff can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install-dev ## Django system checks and a check for missing migrations
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

loadtest: install-dev ## 60 s of mixed load on gunicorn + PostgreSQL; checks no 5xx and every write stored
	$(BIN)/python -m loadtest.run --seconds $${SECONDS_OF_LOAD:-60} --users $${USERS:-20}

backup: install ## Write backups/celcis-backup-<timestamp>.tar.gz (database dump + media)
	$(BIN)/python manage.py backup_site --output-dir backups

restore: install ## Restore FILE=backups/celcis-backup-....tar.gz into a new, empty database
	@test -n "$(FILE)" || (echo "Usage: make restore FILE=backups/celcis-backup-YYYYMMDD-HHMMSS.tar.gz" && exit 2)
	$(BIN)/python manage.py restore_site "$(FILE)"

clean: ## Remove the venv, the SQLite database, media and caches
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache .ruff_cache node_modules test-results

.PHONY: bench-news
bench-news: install ## Benchmark the news pages with wrk at 1,000, 10,000, 100,000 articles (slow; BENCH_SIZES=1000,10000)
	@command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	$(BIN)/python bench/bench_news.py

.PHONY: bench-library
bench-library: install ## Benchmark the Knowledge Bank with wrk at 1,000 and 20,000 resources, page cache bypassed (slow)
	@command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	$(BIN)/python bench/bench_library.py

.PHONY: bench
bench: install ## Every figure of docs/performance.md in one run (BENCH_ARTICLES=1000,100000 for both sizes)
	@command -v wrk >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	@command -v varnishd >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish)
	$(BIN)/python bench/run_bench.py

VARNISH_ADDRESS ?= 127.0.0.1:6081
APP_ADDRESS ?= 127.0.0.1:8000
.PHONY: varnish
varnish: install ## Varnish on VARNISH_ADDRESS in front of APP_ADDRESS (make run in another shell); see docs/varnish.md
	@command -v varnishd >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish)
	VARNISH_ADDRESS=$(VARNISH_ADDRESS) APP_ADDRESS=$(APP_ADDRESS) $(BIN)/python -m deploy.varnishd
