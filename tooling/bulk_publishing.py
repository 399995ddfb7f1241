"""Publish many new pages under an index (news articles, Knowledge Bank resources) in a few statements.

`index_page.add_child()` followed by `save_revision().publish()` costs about
twenty queries per article: at 100,000 articles that is hours. Wagtail pages
are treebeard materialised-path nodes spread over two tables (multi-table
inheritance), which Django's `bulk_create` refuses, so this writes, per batch,
what the admin would have written for each article:

- the `wagtailcore_page` rows (bulk_create), with tree paths computed here:
  the parent's path plus a 4-character base-36 step, after its last child;
- the page type's own rows (e.g. `news_newsarticlepage`), one executemany of the model's own fields;
- the rows that belong to each page (topics, authors, files): `insert_related`, per page type;
- one Revision per page, whose content is the page's `serializable_data()`,
  then `latest_revision` and `live_revision` pointing at it;
- the "create" and "publish" entries of the page history, and the reference
  index rows (what the admin's "usage" counts read);
- the parent's `numchild`.

The search index is not touched: run `manage.py update_index` afterwards, as
after any bulk import.
"""

import sys
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, reset_queries, transaction
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from modelcluster.models import get_all_child_relations
from tqdm import tqdm
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

from celcis_site.caching.invalidation import bump_caches_for
from celcis_site.caching.triggers import SAVED
from knowledge_bank.models import ResourceAuthor, ResourceFile, ResourcePage
from news.models import NewsArticlePage


class BulkPageWriter:
    """Appends pages of `page_model`, batch by batch, after the index's last child."""

    page_model = None
    # The tables a bulk load fills, besides the pages, revisions and history every writer fills.
    related_models = ()

    def __init__(self, index_page):
        self.index_page = index_page
        self.article_type = ContentType.objects.get_for_model(self.page_model)
        self.page_type = ContentType.objects.get_for_model(Page)
        # Sibling slugs must be unique; a repeated title gets -2, -3… as the admin suggests.
        self.taken_slugs = set(index_page.get_children().values_list("slug", flat=True))

    def publish_many(self, make_page, count, batch_size, unit):
        """Publish `count` pages from `make_page()`, `batch_size` a transaction, with a progress bar."""
        with tqdm(total=count, unit=unit, file=sys.stderr, desc=f"Generating {unit}s") as progress:
            for start in range(0, count, batch_size):
                size = min(batch_size, count - start)
                self.publish([make_page() for _ in range(size)])
                # Under DEBUG every statement is kept; these are large, so let them go.
                reset_queries()
                progress.update(size)
        self.refresh_planner_statistics()

    def refresh_planner_statistics(self):
        """PostgreSQL plans from table statistics; after a bulk load they describe empty tables."""
        if connection.vendor != "postgresql":
            return
        models = (Page, self.page_model, *self.related_models, Revision, PageLogEntry)
        with connection.cursor() as cursor:
            cursor.execute(
                "ANALYZE " + ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
            )

    def publish(self, articles):
        """Store the unsaved articles as live pages under the index, each with a published revision."""
        with transaction.atomic():
            # One writer at a time appends to this parent, so two never take the same path.
            index = Page.objects.select_for_update().get(pk=self.index_page.pk)
            last_child = index.get_last_child()
            next_step = last_child._get_lastpos_in_path() + 1 if last_child else 1
            for offset, article in enumerate(articles):
                self.place(article, index, next_step + offset)
            self.insert_pages(articles)
            self.insert_related(articles)
            revisions = self.insert_revisions(articles)
            self.insert_history(articles, revisions)
            self.insert_references(articles)
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(articles))
        # No post_save signals here: the caches a saved article clears (cached pages, listing
        # counts) must be told directly.
        bump_caches_for(SAVED, self.page_model, "pages generated in bulk")

    def place(self, article, index, step):
        article.slug = self.unique_slug(article.slug)
        article.path = Page._get_path(index.path, index.depth + 1, step)
        article.depth = index.depth + 1
        article.numchild = 0
        article.url_path = f"{index.url_path}{article.slug}/"
        article.locale_id = index.locale_id
        article.content_type = self.article_type
        article.draft_title = article.title
        article.live = True
        article.has_unpublished_changes = False
        article.latest_revision_created_at = article.last_published_at
        # A new page has no related links or comments yet. Saying so in memory keeps
        # serializable_data() and the reference scan from asking the database, per article.
        for relation in get_all_child_relations(article):
            setattr(article, relation.get_accessor_name(), [])

    def unique_slug(self, slug):
        candidate, number = slug, 1
        while candidate in self.taken_slugs:
            number += 1
            candidate = f"{slug}-{number}"
        self.taken_slugs.add(candidate)
        return candidate

    def insert_pages(self, articles):
        page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
        pages = Page.objects.bulk_create(
            [
                Page(**{field.attname: getattr(article, field.attname) for field in page_fields})
                for article in articles
            ]
        )
        for article, page in zip(articles, pages, strict=True):
            article.pk = article.page_ptr_id = page.pk
        # Django's bulk_create refuses multi-table models, so the article's own
        # table is filled with one executemany, values prepared by its fields.
        fields = self.page_model._meta.local_concrete_fields
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        table = connection.ops.quote_name(self.page_model._meta.db_table)
        rows = [
            [field.get_db_prep_save(field.pre_save(article, True), connection) for field in fields]
            for article in articles
        ]
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)
        for article in articles:
            article._state.adding = False

    def insert_related(self, pages):
        """Rows each page owns, stored before its revision so the revision holds them too."""

    def insert_revisions(self, articles):
        # Serialised before latest/live_revision are set, as save_revision() does for a new page.
        revisions = Revision.objects.bulk_create(
            [
                Revision(
                    content_type=self.article_type,
                    base_content_type=self.page_type,
                    object_id=str(article.pk),
                    created_at=article.last_published_at,
                    content=article.serializable_data(),
                    object_str=str(article),
                )
                for article in articles
            ]
        )
        for article, revision in zip(articles, revisions, strict=True):
            article.latest_revision = article.live_revision = revision
        # One UPDATE joined on the revision table's (base_content_type, object_id) index;
        # bulk_update's CASE per row is quadratic in the batch size.
        revision_of_page = Revision.objects.filter(
            base_content_type=self.page_type, object_id=Cast(OuterRef("pk"), CharField())
        ).values("pk")[:1]
        Page.objects.filter(pk__in=[article.pk for article in articles]).update(
            latest_revision=Subquery(revision_of_page), live_revision=Subquery(revision_of_page)
        )
        return revisions

    def insert_history(self, articles, revisions):
        entries = []
        for article, revision in zip(articles, revisions, strict=True):
            # One editor action: creating and publishing share a uuid, as in the admin.
            action_id = uuid.UUID(int=article.translation_key.int ^ 1, version=4)
            for action in ("wagtail.create", "wagtail.publish"):
                entries.append(
                    PageLogEntry(
                        content_type=self.article_type,
                        label=article.title,
                        action=action,
                        data={},
                        timestamp=article.last_published_at,
                        uuid=action_id,
                        page_id=article.pk,
                        revision=revision if action == "wagtail.publish" else None,
                        content_changed=True,
                    )
                )
        PageLogEntry.objects.bulk_create(entries)

    def insert_references(self, articles):
        # ReferenceIndex has no public bulk API; this is what create_or_update_for_object
        # stores for a new object, found by the same extraction, written in one statement.
        hash_path = ReferenceIndex._get_content_path_hash
        ReferenceIndex.objects.bulk_create(
            [
                ReferenceIndex(
                    content_type=self.article_type,
                    base_content_type=self.page_type,
                    object_id=str(article.pk),
                    to_content_type_id=to_content_type_id,
                    to_object_id=to_object_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=hash_path(content_path),
                )
                for article in articles
                for to_content_type_id, to_object_id, model_path, content_path in set(
                    ReferenceIndex._extract_references_from_object(article)
                )
            ]
        )


class ArticleTreeWriter(BulkPageWriter):
    """News articles under the news index, with their topics."""

    page_model = NewsArticlePage
    related_models = (NewsArticlePage.topics.through,)

    def insert_related(self, articles):
        through = NewsArticlePage.topics.through
        through.objects.bulk_create(
            [
                through(newsarticlepage_id=article.pk, topic_id=topic.pk)
                for article in articles
                for topic in article.topics.all()
            ]
        )


class ResourceTreeWriter(BulkPageWriter):
    """Knowledge Bank resources under the library, with their topics, authors and files.

    The generator leaves each resource's authors and files as unsaved rows in
    `generated_authors` and `generated_files`; they are stored here and put back
    on the page in memory, so its revision holds them as the admin's would.
    """

    page_model = ResourcePage
    related_models = (ResourcePage.topics.through, ResourceAuthor, ResourceFile)

    def insert_related(self, resources):
        through = ResourcePage.topics.through
        through.objects.bulk_create(
            [
                through(resourcepage_id=resource.pk, topic_id=topic.pk)
                for resource in resources
                for topic in resource.topics.all()
            ]
        )
        for relation, model in (("authors", ResourceAuthor), ("files", ResourceFile)):
            rows = []
            for resource in resources:
                for order, row in enumerate(getattr(resource, f"generated_{relation}")):
                    row.resource_id, row.sort_order = resource.pk, order
                    rows.append(row)
            model.objects.bulk_create(rows)
            for resource in resources:
                setattr(resource, relation, getattr(resource, f"generated_{relation}"))
