"""Adds the current request's id to every log record, so one request's lines can be found together."""

import logging

from .request_context import current_request_id


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = current_request_id.get()
        return True
