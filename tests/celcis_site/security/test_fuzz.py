"""Random query strings, paths, headers, cookies and form bodies never produce a server error.

Bounded: a fixed number of examples per property, no deadline (the machine is
shared), and every request goes through Django's test client, never a network.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PUBLIC_PATHS = [
    "/",
    "/news/",
    "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/",
    "/news/feed/",
    "/news/feed/atom/",
    "/news/news-pages/",
    "/campaigns/whoissam/",
    "/search/",
    "/contact/",
    "/cookies/",
    "/worried-about-a-child/",
]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Printable text in any script, with the odd control character; no lone surrogates (not encodable).
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=80)
query = st.dictionaries(
    st.sampled_from(["page", "topic", "year", "q", "next", "x", "cookie-choice"]), text, max_size=4
)


@FUZZ
@given(path=st.sampled_from(PUBLIC_PATHS), params=query)
def test_random_query_strings_never_give_a_500(demo_content, client, path, params):
    assert client.get(path, params).status_code < 500


@FUZZ
@given(prefix=st.sampled_from(PUBLIC_PATHS), tail=text)
def test_random_paths_never_give_a_500(demo_content, client, prefix, tail):
    assert client.get(prefix + tail.replace("?", "%3F").replace("#", "%23")).status_code < 500


@FUZZ
@given(
    cookies=st.dictionaries(
        st.sampled_from(["celcis_cookie_consent", "sessionid", "csrftoken", "x"]), header_text
    ),
    accept_language=header_text,
    forwarded_for=header_text,
    request_id=header_text,
    fetch_site=header_text,
)
def test_random_headers_and_cookies_never_give_a_500(
    demo_content, client, cookies, accept_language, forwarded_for, request_id, fetch_site
):
    client.cookies.clear()
    for name, value in cookies.items():
        client.cookies[name] = value
    response = client.get(
        "/news/",
        HTTP_ACCEPT_LANGUAGE=accept_language,
        HTTP_X_FORWARDED_FOR=forwarded_for,
        HTTP_X_REQUEST_ID=request_id,
        HTTP_SEC_FETCH_SITE=fetch_site,
    )
    assert response.status_code < 500


@FUZZ
@given(
    body=st.dictionaries(
        st.sampled_from(["cookies", "source", "next", "analytics", "preferences", "x"]), text
    )
)
def test_random_consent_posts_never_give_a_500(demo_content, client, body):
    response = client.post("/cookie-consent/", body, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code < 500


@FUZZ
@given(
    body=st.dictionaries(
        st.sampled_from(
            [
                "your_name",
                "your_email_address",
                "the_subject_of_your_message",
                "your_message",
                "i_have_read_the_privacy_notice",
                "company_website",
                "x",
            ]
        ),
        text,
    )
)
def test_random_enquiry_bodies_never_give_a_500(demo_content, client, settings, body):
    settings.CONTACT_FORM_RATE_LIMIT = 1_000_000
    assert client.post("/contact/", body).status_code < 500
