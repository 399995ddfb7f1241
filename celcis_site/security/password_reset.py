"""The admin's password reset, throttled per client address and per account.

Without a limit anyone can make the site send a staff member reset e-mails
by the hundred, or probe addresses from one machine. Each client may ask
PASSWORD_RESET_LIMIT_PER_ADDRESS times an hour (then 429, with a message),
and each account receives at most PASSWORD_RESET_LIMIT_PER_ACCOUNT e-mails an
hour: past that the page says the same as always (so it does not tell whether
the address is a staff member's) but nothing is sent. Counted in the counters
cache (throttle.py). The link in the e-mail uses WAGTAILADMIN_BASE_URL, which
production refuses to start without (settings/production.py).
"""

import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from wagtail.admin.views.account import PasswordResetView

from .client_address import client_address
from .throttle import Throttle

HOUR = 60 * 60

logger = logging.getLogger(__name__)


class ThrottledPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        per_address = Throttle(
            "password-reset-address",
            client_address(self.request),
            settings.PASSWORD_RESET_LIMIT_PER_ADDRESS,
            HOUR,
            "Password reset limit per address",
        )
        if not per_address.take():
            form.add_error(
                None, "Too many password reset requests from your connection: try again in an hour."
            )
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            response["Retry-After"] = str(HOUR)
            return response
        per_account = Throttle(
            "password-reset-account",
            form.cleaned_data["email"].strip().lower(),
            settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT,
            HOUR,
            "Password reset limit per account",
        )
        if not per_account.take():
            logger.warning("Password reset: the hourly limit for one account was reached; no e-mail sent.")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
