"""The request being served, for code that is not handed it: log records and form widgets."""

import contextvars

current_request = contextvars.ContextVar("current_request", default=None)
current_request_id = contextvars.ContextVar("current_request_id", default="-")
