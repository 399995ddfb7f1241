"""Locust users for the mixed-load test: readers, searchers, cookie choices and enquiries.

Every consent POST and enquiry the server accepts is counted; at the end the
counts are written to $LOADTEST_TALLY so the runner can compare them with
what the database holds.
"""

import json
import os
import random
import re
import threading

from locust import HttpUser, between, events, task

SEARCH_WORDS = ["children", "care", "online safety", "streaming", "research", "Glasgow", "kinship"]
_tally = {"consent_accepted": 0, "enquiries_accepted": 0, "server_errors": 0}
_tally_lock = threading.Lock()


def _count(key):
    with _tally_lock:
        _tally[key] += 1


@events.request.add_listener
def _count_server_errors(response=None, **kwargs):
    if response is not None and getattr(response, "status_code", 0) >= 500:
        _count("server_errors")


@events.test_stop.add_listener
def _write_tally(**kwargs):
    path = os.environ.get("LOADTEST_TALLY")
    if path:
        with open(path, "w") as handle:
            json.dump(_tally, handle)


class Visitor(HttpUser):
    wait_time = between(0.05, 0.3)

    def on_start(self):
        listing = self.client.get("/news/", name="/news/").text
        self.articles = re.findall(r'class="card__title"><a href="(/news/[^"]+/)"', listing) or ["/news/"]

    @task(6)
    def read_article(self):
        self.client.get(random.choice(self.articles), name="/news/[article]/")

    @task(3)
    def read_home(self):
        self.client.get("/", name="/")

    @task(3)
    def browse_news(self):
        self.client.get(f"/news/?page={random.randint(1, 3)}", name="/news/?page=")

    @task(2)
    def search(self):
        self.client.get("/search/", params={"q": random.choice(SEARCH_WORDS)}, name="/search/?q=")

    @task(2)
    def choose_cookies(self):
        with self.client.post(
            "/cookie-consent/",
            data={"cookies": random.choice(["accept", "reject"]), "source": "banner", "next": "/news/"},
            headers={"Sec-Fetch-Site": "same-origin", "Origin": self.host},
            allow_redirects=False,
            name="/cookie-consent/",
            catch_response=True,
        ) as response:
            if response.status_code in (200, 303):
                _count("consent_accepted")
                response.success()
            else:
                response.failure(f"consent refused with {response.status_code}")

    @task(1)
    def send_enquiry(self):
        form = self.client.get("/contact/", name="/contact/").text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        if not token:
            return
        with self.client.post(
            "/contact/",
            data={
                "csrfmiddlewaretoken": token.group(1),
                "your_name": "Load Test",
                "your_email_address": "load.test@example.org",
                "the_subject_of_your_message": "Training enquiry",
                "your_message": "Do you run courses in Dundee?",
                "i_have_read_the_privacy_notice": "on",
                "company_website": "",
            },
            headers={"Referer": self.host + "/contact/"},
            name="/contact/ (POST)",
            catch_response=True,
        ) as response:
            if response.status_code == 200 and "Thank you" in response.text:
                _count("enquiries_accepted")
                response.success()
            else:
                response.failure(f"enquiry not accepted: {response.status_code}")
