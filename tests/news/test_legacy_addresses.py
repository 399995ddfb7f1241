"""The old site's /news/news-pages/<slug>/ addresses redirect permanently to the article."""

from tests.news.factories import NewsArticlePageFactory


def test_legacy_address_redirects_permanently_to_the_article(news_index, client):
    NewsArticlePageFactory(parent=news_index, slug="new-campaign")

    response = client.get("/news/news-pages/new-campaign/")

    assert response.status_code == 301
    assert response["Location"] == "/news/new-campaign/"


def test_legacy_address_for_no_article_is_a_404(news_index, client):
    assert client.get("/news/news-pages/no-such-article/").status_code == 404


def test_legacy_address_never_reveals_a_draft(news_index, client):
    NewsArticlePageFactory(parent=news_index, slug="secret", live=False)

    assert client.get("/news/news-pages/secret/").status_code == 404
