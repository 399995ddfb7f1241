"""A real e-mail back end for the interrupted-digest test: the in-memory one, until the server "goes away".

`FailingPartWay.fail_after = n` lets n messages through (into mail.outbox, as
the test back end does), then refuses every later one as an SMTP server
that dropped the connection would.
"""

import smtplib

from django.core import mail
from django.core.mail.backends import locmem


class FailingPartWay(locmem.EmailBackend):
    fail_after = None

    def send_messages(self, messages):
        if FailingPartWay.fail_after is not None and len(mail.outbox) >= FailingPartWay.fail_after:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)
