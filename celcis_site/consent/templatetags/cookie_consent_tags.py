"""Template tags for base.html: the consent assets in <head> and the cookie banner after <body>."""

from django import template
from django.http import QueryDict

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import CookiesPage
from celcis_site.consent.state import consent_for
from celcis_site.consent.views import CONFIRMATION_PARAMETER

register = template.Library()


def _without_confirmation(query_string):
    query = QueryDict(query_string, mutable=True)
    query.pop(CONFIRMATION_PARAMETER, None)
    return query


def _confirmation_to_show(request, consent):
    """The no-JavaScript confirmation, shown only when it matches what the cookie says."""
    outcome = request.GET.get(CONFIRMATION_PARAMETER)
    if outcome == "accepted" and consent.decided and consent.accepted:
        return "accepted"
    if outcome == "rejected" and consent.rejected_all:
        return "rejected"
    return None


def _category_names(categories):
    names = [category.name.lower() for category in categories]
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


@register.inclusion_tag("consent/assets.html", takes_context=True)
def cookie_consent_assets(context):
    consent = consent_for(context["request"])
    return {"consent_cookie_name": CONSENT_COOKIE_NAME, "policy_version": consent.catalogue.policy_version}


@register.inclusion_tag("consent/cookie_banner.html", takes_context=True)
def cookie_banner(context):
    request = context["request"]
    consent = consent_for(request)
    optional = consent.catalogue.optional
    on_cookies_page = isinstance(context.get("page"), CookiesPage)
    confirmation = _confirmation_to_show(request, consent)
    show = bool(optional) and not on_cookies_page and (not consent.decided or confirmation)
    query = _without_confirmation(request.META.get("QUERY_STRING", ""))
    return_to = request.path + (f"?{query.urlencode()}" if query else "")
    return {
        "show": show,
        "decided": consent.decided,
        "confirmation": confirmation,
        "optional_categories": optional,
        "category_names": _category_names(optional),
        "return_to": return_to,
        "hide_action": request.path,
        "hide_fields": [(key, value) for key in query for value in query.getlist(key)],
    }
