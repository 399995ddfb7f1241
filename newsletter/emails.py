"""The mailing list's e-mails, each with a one-click unsubscribe: RFC 8058 headers and a link in the body.

`List-Unsubscribe` gives the signed unsubscribe address and
`List-Unsubscribe-Post: List-Unsubscribe=One-Click` tells the e-mail program
it may POST there (views.unsubscribe) without opening a page. Everything goes
through the configured e-mail back end (SMTP in production).
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from . import links

logger = logging.getLogger(__name__)

ONE_CLICK = "List-Unsubscribe=One-Click"


def build_message(subscriber, subject, template, **context):
    unsubscribe = links.unsubscribe_url(subscriber)
    context.update(
        {
            "subscriber": subscriber,
            "unsubscribe_url": unsubscribe,
            "newsletter_url": links.absolute("/newsletter/"),
        }
    )
    return EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        to=[subscriber.email],
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": ONE_CLICK},
    )


def _send(message):
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        # The address is not logged (logs never hold e-mail addresses).
        logger.exception("Mailing list: '%s' could not be sent; the sign-up is stored.", message.subject)
        return False
    return True


def send_confirmation(sign_up_record):
    subscriber = sign_up_record.subscriber
    message = build_message(
        subscriber,
        "Confirm that you want the CELCIS weekly email",
        "newsletter/emails/confirm.txt",
        confirm_url=links.confirm_url(sign_up_record),
        days=settings.NEWSLETTER_CONFIRMATION_DAYS,
        topics=[topic["name"] for topic in sign_up_record.topics],
    )
    return _send(message)


def send_already_subscribed(subscriber):
    message = build_message(
        subscriber,
        "You already get the CELCIS weekly email",
        "newsletter/emails/already_subscribed.txt",
        preferences_url=links.preferences_url(subscriber),
    )
    return _send(message)
