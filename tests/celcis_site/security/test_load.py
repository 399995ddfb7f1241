"""The load test in its short form: mixed traffic, no 5xx, every accepted write stored exactly once.

`make loadtest` runs the same for 60 seconds.
"""

from django.db import connection

from loadtest.run import run
from tests.markers import postgres_only


@postgres_only
def test_short_mixed_load_has_no_server_errors_and_loses_no_writes(monkeypatch):
    database = connection.settings_dict
    monkeypatch.setattr(
        "loadtest.run.POSTGRES",
        f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}",
    )

    result = run(seconds=12, users=8)

    assert result["server_errors"] == 0
    assert result["consent_stored"] == result["consent_accepted"] > 0
    assert result["enquiries_stored"] == result["enquiries_accepted"] > 0
