"""Security settings every environment enforces: sign-in lockout, session and CSRF cookies,
response headers and the Content-Security-Policy. base.py includes them; production.py adds HTTPS.
"""

import os

from csp.constants import NONCE, NONE, SELF

AUTHENTICATION_BACKENDS = [
    # django-axes counts failed sign-ins and refuses further tries for a while.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The address as the rate limits take it (TRUSTED_PROXY_COUNT): behind the proxy, an
# attacker's failures lock out only the attacker's address, not the staff member's.
AXES_CLIENT_IP_CALLABLE = "celcis_site.security.client_address.client_address"
# Admin password reset requests an hour: per client address, and e-mails per account.
PASSWORD_RESET_LIMIT_PER_ADDRESS = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_ADDRESS", "5"))
PASSWORD_RESET_LIMIT_PER_ACCOUNT = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_ACCOUNT", "3"))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
SESSION_COOKIE_AGE = 60 * 60 * 8  # a working day; staff sign in again after it
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "celcis_site.security.errors.csrf_failure"  # the site's own styled 403
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# For old browsers; current ones obey the CSP's frame-ancestors 'self' instead (it takes precedence).
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)
# Scripts only from this site: no inline script, no eval. Video players are the
# only frames (YouTube's privacy-enhanced player and Vimeo's, the only providers
# used; and only after the visitor agrees); nobody may frame this site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        # 'self', not 'none': Wagtail's live preview shows pages in a frame of the admin.
        # No other site may frame this one.
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
