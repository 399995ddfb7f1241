"""{% csp_nonce %}: the current request's CSP nonce, also where a template has no request."""

from django import template

from celcis_site.security.admin_csp import request_nonce

register = template.Library()


@register.simple_tag
def csp_nonce():
    return request_nonce()
