"""The Nu Html Checker (vnu-jar from npm, run with Java) finds no errors in any page type's HTML.

The HTML is what the site serves (Django's test client, the demo content
loaded), checked in one run of the checker. Warnings are allowed; they are
written to test-results/vnu-warnings.json. Without Java or `npm ci` the test
skips with the reason, except under CI=true, where that fails the run.
"""

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.browser.page_types import PAGE_TYPES

VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture
def vnu():
    """The command that runs the checker, or a skip (a failure in CI) saying what is missing."""
    java = shutil.which("java")
    missing = None
    if java is None:
        missing = "Java not found: apt-get install default-jre-headless"
    elif not VNU_JAR.exists():
        missing = f"{VNU_JAR} not found: run npm ci"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(missing)
        pytest.skip(missing)
    return [java, "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--stdout"]


@pytest.fixture
def served_pages(db, client, tmp_path):
    """Every page type's HTML as served, plus the contact page showing its errors, one file each."""
    call_command("load_demo_content", stdout=io.StringIO())
    files = {}
    for name, url in PAGE_TYPES.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "page not found" else 200), name
        files[name] = response.content
    response = client.post("/contact/", {})
    assert b"There is a problem" in response.content
    files["contact, with errors"] = response.content

    paths = {}
    for name, html in files.items():
        path = tmp_path / (name.replace(" ", "-").replace(",", "") + ".html")
        path.write_bytes(html)
        paths[path] = name
    return paths


def test_every_page_type_is_valid_html(vnu, served_pages, artifacts_dir):
    result = subprocess.run([*vnu, *map(str, served_pages)], capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stdout)["messages"]
    # The checker names each file as file:<path>.
    page_names = {f"file:{path}": name for path, name in served_pages.items()}

    def described(message):
        page = page_names.get(message.get("url"), message.get("url"))
        return f"{page}, line {message.get('lastLine')}: {message['message']}"

    errors = [described(m) for m in messages if m["type"] in {"error", "non-document-error"}]
    warnings = [described(m) for m in messages if m["type"] == "info"]
    (artifacts_dir / "vnu-warnings.json").write_text(json.dumps(warnings, indent=2))
    assert errors == [], "\n".join(errors)
