"""Random sign-up bodies and link tokens never produce a server error, and never store a bad sign-up."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from newsletter.models import Subscriber

FUZZ = hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@pytest.mark.django_db
@FUZZ
@given(
    body=st.dictionaries(
        st.sampled_from(["email", "name", "topics", "form", "wording_version", "x"]),
        st.one_of(text, st.lists(text, max_size=3)),
    )
)
def test_random_sign_ups_never_give_a_500(client, topics, settings, body):
    settings.NEWSLETTER_SIGN_UP_RATE_LIMIT = 1_000_000
    response = client.post("/newsletter/subscribe/", body, HTTP_SEC_FETCH_SITE="same-origin")

    assert response.status_code in (303, 400)
    if response.status_code == 400:
        assert not Subscriber.objects.filter(email=str(body.get("email", "")).strip().lower()).exists()


@pytest.mark.django_db
@FUZZ
@given(kind=st.sampled_from(["confirm", "preferences", "unsubscribe"]), token=text.filter(bool))
def test_random_link_tokens_never_give_a_500(client, kind, token):
    for method in (client.get, client.post):
        response = method(f"/newsletter/{kind}/{quote(token, safe='')}/")
        assert response.status_code in (400, 404), (kind, token, response.status_code)
