"""The mailing list in the Wagtail admin: subscribers by topic, the confirmed list as CSV, erasing a person.

Only users with "Can see, export and erase mailing list subscribers"
(newsletter.manage_subscribers: site administrators, superusers) get in;
everyone else gets a 403 saying so (answered here: Wagtail's admin would turn
a PermissionDenied into a redirect to the dashboard).
"""

import csv
from functools import wraps

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils import timezone

from celcis_site.security.csv_cells import neutralise_row
from news.models import Topic

from .models import Subscriber, SubscriberStatus
from .subscriptions import erase

PERMISSION = "newsletter.manage_subscribers"
CSV_COLUMNS = ["Email", "Name", "Topics", "Confirmed at", "Signed up at"]


def permission_required(view):
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return HttpResponseForbidden(
                "You do not have permission to see the mailing list.\n",
                content_type="text/plain; charset=utf-8",
            )
        return view(request, *args, **kwargs)

    return checked


class EraseForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        help_text="Every row about this address is deleted: subscription, consent records, deliveries.",
        error_messages={"invalid": "Enter an email address in the correct format, like name@example.com"},
    )
    sure = forms.BooleanField(
        label="I understand this cannot be undone",
        error_messages={"required": "Tick the box to confirm the erasure"},
    )


@permission_required
def subscribers(request):
    confirmed = Q(status=SubscriberStatus.CONFIRMED)
    totals = Subscriber.objects.aggregate(
        **{status: Count("pk", filter=Q(status=status)) for status in SubscriberStatus.values}
    )
    by_topic = Topic.objects.annotate(
        confirmed=Count(
            "newsletter_subscribers", filter=Q(newsletter_subscribers__status=SubscriberStatus.CONFIRMED)
        )
    ).order_by("name")
    every_topic = Subscriber.objects.filter(confirmed, every_topic=True).count()
    form = EraseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        deleted = erase(form.cleaned_data["email"])
        if deleted:
            messages.success(request, f"Erased: {deleted} row(s) about that address were deleted.")
        else:
            messages.warning(request, "No one with that address is on the mailing list; nothing was deleted.")
        return redirect("newsletter_subscribers")
    context = {
        "totals": totals,
        "by_topic": by_topic,
        "every_topic": every_topic,
        "form": form,
        "statuses": SubscriberStatus,
    }
    status = 400 if form.errors else 200
    return render(request, "newsletter/admin/subscribers.html", context, status=status)


@permission_required
def subscribers_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="mailing-list-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    confirmed = Subscriber.objects.filter(status=SubscriberStatus.CONFIRMED).prefetch_related("topics")
    for subscriber in confirmed.order_by("email"):
        topics = (
            "Every topic" if subscriber.every_topic else "; ".join(t.name for t in subscriber.topics.all())
        )
        row = [
            subscriber.email,
            subscriber.name,
            topics,
            subscriber.confirmed_at.isoformat(),
            subscriber.signed_up_at.isoformat(),
        ]
        writer.writerow(neutralise_row(row))
    return response
