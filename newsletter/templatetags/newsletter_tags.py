"""{% newsletter_footer_signup %}: the mailing list's sign-up form in every page's footer.

The same HTML for every visitor (no CSRF token, no values), from cached topics:
it adds nothing to the page-cache key and no query to a page.
"""

from django import template

from ..signup_context import signup_form_context

register = template.Library()


@register.inclusion_tag("newsletter/includes/footer_signup.html", takes_context=True)
def newsletter_footer_signup(context):
    if context.get("hide_footer_signup"):
        return {"hidden": True}
    return {"signup": signup_form_context("footer")}
