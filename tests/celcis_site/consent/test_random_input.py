"""Property-based: no consent cookie and no POST body, however odd, gives a 500 or stores a bad record."""

from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import ConsentRecord
from tests.celcis_site.consent.conftest import consent_cookie

URL = "/cookie-consent/"
# What a WSGI server can put in a header: Latin-1, no line breaks.
header_text = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f"), max_size=700
)
field_names = st.sampled_from(
    ["cookies", "source", "next", "analytics", "preferences", "video", "essential"]
) | st.text(max_size=20)
field_values = st.sampled_from(
    ["yes", "no", "accept", "reject", "banner", "cookies-page", "/", ""]
) | st.text(max_size=40)
form_bodies = st.dictionaries(field_names, st.lists(field_values, min_size=1, max_size=3), max_size=6)
content_types = st.sampled_from(
    [
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=xyz",
        "multipart/form-data",
        "text/plain",
        "application/json",
    ]
)
hypothesis_settings = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _mangled_valid_cookies():
    """Valid consent cookies with a slice cut out or text put in: near misses a forger would try."""
    return st.builds(
        lambda value, start, length, insert: value[:start] + insert + value[start + length :],
        st.builds(
            lambda accepted: consent_cookie(accepted), st.lists(st.sampled_from(["analytics", "preferences"]))
        ),
        st.integers(0, 120),
        st.integers(0, 5),
        st.text(alphabet="0123456789abcdef.|:-_x", max_size=4),
    )


@hypothesis_settings
@given(cookie=header_text | _mangled_valid_cookies())
def test_any_consent_cookie_reads_as_a_choice_or_as_no_choice(client, cookie_policy, cookie):
    response = client.get("/", HTTP_COOKIE=f"{CONSENT_COOKIE_NAME}={cookie}")

    assert response.status_code == 200
    response = client.post(URL, {"cookies": "reject"}, HTTP_COOKIE=f"{CONSENT_COOKIE_NAME}={cookie}")
    assert response.status_code == 303


@hypothesis_settings
@given(fields=form_bodies, cookie=st.none() | _mangled_valid_cookies())
def test_any_form_gets_a_decision_or_a_short_400_and_nothing_stored(client, cookie_policy, fields, cookie):
    before = ConsentRecord.objects.count()
    extra = {"HTTP_COOKIE": f"{CONSENT_COOKIE_NAME}={cookie}"} if cookie else {}

    response = client.post(
        URL, urlencode(fields, doseq=True), content_type="application/x-www-form-urlencoded", **extra
    )

    assert response.status_code in (303, 400)
    if response.status_code == 400:
        assert ConsentRecord.objects.count() == before
        assert response.cookies == {}
        assert len(response.content) < 200
    else:
        assert ConsentRecord.objects.count() == before + 1
        assert set(ConsentRecord.objects.first().choices) == {"analytics", "preferences", "video"}


@hypothesis_settings
@given(body=st.binary(max_size=3000), content_type=content_types)
def test_any_raw_body_gets_an_answer_below_500(client, cookie_policy, body, content_type):
    before = ConsentRecord.objects.count()

    response = client.post(URL, body, content_type=content_type)

    assert response.status_code in (303, 400)
    if response.status_code == 400:
        assert ConsentRecord.objects.count() == before
