"""`python manage.py generate_articles --count N`: publish N realistic articles under the news index.

For load tests and trying the site with a real archive. The articles are live
pages with a published revision, editable in the admin like any other; they
are written in batches by tooling.bulk_publishing, so 10,000 take seconds rather
than the hour that add_child() and publish() one by one would. Run
`manage.py update_index` afterwards to make them searchable.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.text import slugify

from news.models import NewsIndexPage, Topic
from tooling.article_generator import SUBJECTS, ArticleGenerator
from tooling.bulk_publishing import ArticleTreeWriter
from tooling.drawn_images import get_or_create_text_image

LISTING_IMAGES = 6
# Topics made from the generator's subjects when the site has none yet.
TOPICS_IF_NONE = 4


def positive_int(value):
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


def iso_date(value):
    return datetime.date.fromisoformat(value)


class Command(BaseCommand):
    help = "Publish N generated articles under the news index, in batches. Then run update_index."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=positive_int, required=True, help="How many articles.")
        parser.add_argument("--seed", type=int, default=2017, help="Same seed, same articles. Default 2017.")
        parser.add_argument(
            "--batch-size", type=positive_int, default=1000, help="Articles per transaction. Default 1000."
        )
        parser.add_argument(
            "--until",
            type=iso_date,
            default=None,
            help="Newest publication date, YYYY-MM-DD; dates spread over ten years before it. Default today.",
        )

    def handle(self, *args, count, seed, batch_size, until, **options):
        index_page = NewsIndexPage.objects.first()
        if index_page is None:
            raise CommandError("There is no news index yet: run load_demo_content, or add one in the admin.")
        generator = ArticleGenerator(
            seed=seed,
            topics=self.topics(),
            images=self.listing_images(),
            end_date=until or timezone.localdate(),
        )
        writer = ArticleTreeWriter(index_page)
        writer.publish_many(generator.article, count, batch_size, unit="article")
        self.stdout.write(
            self.style.SUCCESS(
                f"Published {count} articles under {index_page.url_path}. "
                "Run `manage.py update_index` to make them searchable."
            )
        )

    def topics(self):
        topics = list(Topic.objects.all())
        if topics:
            return topics
        return [
            Topic.objects.create(
                name=subject.capitalize(), slug=slugify(subject), description=f"News about {subject}."
            )
            for subject in SUBJECTS[:TOPICS_IF_NONE]
        ]

    def listing_images(self):
        return [
            get_or_create_text_image(f"Generated news image {number}", f"News {number}", size=(1200, 630))
            for number in range(1, LISTING_IMAGES + 1)
        ]
