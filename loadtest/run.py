"""`python -m loadtest.run [--seconds 60]`: the mixed-load test, start to finish, on this machine only.

It creates a fresh PostgreSQL database, loads the demo content, serves it
with gunicorn (one worker per core) on 127.0.0.1, runs Locust headless for a
bounded time from a second process, then checks: no 5xx, and exactly as many
consent records and enquiries in the database as the server accepted.
It drops the database afterwards. Exit status 0 only if every check holds.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import psycopg

from tooling.app_server import PROJECT_DIR, app_server, manage

POSTGRES = os.environ.get("LOADTEST_POSTGRES", "postgres://postgres@127.0.0.1:5432")
COUNT_SCRIPT = (
    "from wagtail.contrib.forms.models import FormSubmission;"
    "from celcis_site.consent.models import ConsentRecord;"
    "import json; print(json.dumps({'consent_records': ConsentRecord.objects.count(),"
    " 'enquiries': FormSubmission.objects.count()}))"
)


def _manage(env, *args):
    return manage(env, *args, capture_output=True, text=True).stdout


def _run_locust(env, host, workdir, seconds, users):
    """Locust headless against `host` for `seconds`; (its tally of what the server accepted, the run)."""
    tally_path = workdir / "tally.json"
    locust = subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(Path(__file__).with_name("locustfile.py")),
            "--headless",
            "--users",
            str(users),
            "--spawn-rate",
            str(users),
            "--run-time",
            f"{seconds}s",
            "--host",
            host,
            "--only-summary",
            "--stop-timeout",
            "10",
            "--exit-code-on-error",
            "0",
        ],
        cwd=PROJECT_DIR,
        env={**env, "LOADTEST_TALLY": str(tally_path)},
        capture_output=True,
        text=True,
        timeout=seconds + 120,
    )
    return json.loads(tally_path.read_text()), locust


def run(seconds, users):
    name = f"celcis_loadtest_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as server:
        server.execute(f'CREATE DATABASE "{name}"')
    workdir = Path(tempfile.mkdtemp(prefix="celcis-loadtest-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "celcis_site.settings.test",
        "DATABASE_URL": f"{POSTGRES}/{name}",
        "MEDIA_ROOT": str(workdir / "media"),
        # One client address sends every enquiry and cookie choice here: lift the per-client limits.
        "CONTACT_FORM_RATE_LIMIT": "1000000",
        "CONSENT_RECORD_RATE_LIMIT": "1000000",
        "LOG_LEVEL": "WARNING",
    }
    try:
        _manage(env, "migrate", "--noinput")
        _manage(env, "load_demo_content")
        before = json.loads(_manage(env, "shell", "-v", "0", "-c", COUNT_SCRIPT))
        # The server's log (warnings and errors, with tracebacks) is printed after the run.
        with (
            open(workdir / "server.log", "wb") as server_log,
            app_server(env, workers=os.cpu_count() or 2, stderr=server_log) as server,
        ):
            tally, locust = _run_locust(env, server.url, workdir, seconds, users)
        print(locust.stderr[-4000:] + locust.stdout[-4000:])
        print("Server log (last 6,000 characters):\n" + (workdir / "server.log").read_text()[-6000:])
        after = json.loads(_manage(env, "shell", "-v", "0", "-c", COUNT_SCRIPT))
    finally:
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    stored_consent = after["consent_records"] - before["consent_records"]
    stored_enquiries = after["enquiries"] - before["enquiries"]
    result = {
        "seconds": seconds,
        "users": users,
        "server_errors": tally["server_errors"],
        "consent_accepted": tally["consent_accepted"],
        "consent_stored": stored_consent,
        "enquiries_accepted": tally["enquiries_accepted"],
        "enquiries_stored": stored_enquiries,
    }
    result["ok"] = (
        result["server_errors"] == 0
        and stored_consent == tally["consent_accepted"] > 0
        and stored_enquiries == tally["enquiries_accepted"] > 0
    )
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="How long the load runs (at most 600).")
    parser.add_argument("--users", type=int, default=20, help="Concurrent simulated visitors (at most 200).")
    options = parser.parse_args()
    result = run(min(options.seconds, 600), min(options.users, 200))
    print(json.dumps(result, indent=2))
    sys.exit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
