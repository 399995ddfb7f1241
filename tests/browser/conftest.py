"""Browser-test set-up: Playwright for Python driving the system's Chromium.

No browser is ever downloaded: Playwright launches /usr/bin/chromium (Debian's
`chromium` package; `.ci/run` installs it). Without it the browser tests skip
with the reason, except under CI=true, where a missing browser fails the run.
Every test gets a fresh browser context (no cookies or storage carried over)
and the demo site served by pytest-django's live server.
"""

import io
import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Screenshots go here; git ignores the folder.
ARTIFACTS_DIR = Path(__file__).resolve().parents[2] / "test-results"

# Flags for a closed network, as root, with no GPU: without the networking ones
# Chromium keeps trying (and failing) to reach Google's services.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture
def browser(monkeypatch):
    # Function-scoped on purpose: while Playwright runs, its event loop gives
    # Django a fresh connection object, and the next test's serialized
    # rollback (restoring the root page and site) needs the original one.
    if not shutil.which(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django
    # refuses ORM calls from such a thread unless told they are synchronous (they are).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def demo_site(live_server, django_db_serialized_rollback):
    """The demo content, served at live_server.url.

    Serialized rollback restores what the migrations created (the root page,
    the default site) after each browser test's database flush.
    """
    call_command("load_demo_content", stdout=io.StringIO())
    return live_server.url


def _new_page(browser, *, javascript):
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 800}, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    return context, context.new_page()


@pytest.fixture
def page(browser):
    """A page in a fresh context, with JavaScript on."""
    context, page = _new_page(browser, javascript=True)
    yield page
    context.close()


@pytest.fixture
def page_without_javascript(browser):
    """A page in a fresh context, with JavaScript off."""
    context, page = _new_page(browser, javascript=False)
    yield page
    context.close()


@pytest.fixture
def artifacts_dir():
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    return ARTIFACTS_DIR
