"""Which company a video comes from, and the address of its privacy-enhanced player.

The site never prints a provider's embed HTML: it takes the player's address
from it, switches YouTube to youtube-nocookie.com and asks Vimeo not to track
(`dnt=1`), and writes its own iframe, only for visitors who accepted the video
category or asked for that one video.
"""

from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
PRIVACY_ENHANCED_YOUTUBE = "www.youtube-nocookie.com"


class _FirstIframe(HTMLParser):
    def __init__(self):
        super().__init__()
        self.src = None

    def handle_starttag(self, tag, attrs):
        if tag == "iframe" and self.src is None:
            self.src = dict(attrs).get("src")


def provider_name(url, embed=None):
    """The company's name as visitors know it: from the provider's answer, else from the address."""
    if embed is not None and embed.provider_name:
        return embed.provider_name
    host = (urlsplit(url).hostname or "").lower()
    if host in YOUTUBE_HOSTS:
        return "YouTube"
    if host in VIMEO_HOSTS:
        return "Vimeo"
    return host.removeprefix("www.") or "the video's website"


def player_address(embed):
    """The privacy-enhanced player address for an embed, or None when it has no http(s) iframe."""
    if embed is None or not embed.html:
        return None
    parser = _FirstIframe()
    parser.feed(embed.html)
    if not parser.src:
        return None
    parts = urlsplit(parser.src.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    query = parse_qsl(parts.query, keep_blank_values=True)
    if host in YOUTUBE_HOSTS:
        parts = parts._replace(scheme="https", netloc=PRIVACY_ENHANCED_YOUTUBE)
    elif host in VIMEO_HOSTS:
        query = [(key, value) for key, value in query if key != "dnt"] + [("dnt", "1")]
    return urlunsplit(parts._replace(query=urlencode(query), fragment=""))
