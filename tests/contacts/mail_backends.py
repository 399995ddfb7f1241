"""A real e-mail back end whose server is always down, for the tests that prove nothing is lost."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class RefusingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPException("421 Service not available, closing transmission channel")
