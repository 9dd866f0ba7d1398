"""The only URL fetcher WeasyPrint gets: it serves the template's own assets (and a few named files)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

log = logging.getLogger(__name__)

# data: URLs are allowed only for what a template legitimately inlines.
ALLOWED_DATA_TYPES = ("image/png", "image/jpeg", "image/svg+xml", "font/woff2", "font/woff",
                      "font/ttf", "font/otf")


class RefusedURL(ValueError):
    """A resource outside the template was requested; rendering must not reach it."""


class TemplateAssetFetcher(URLFetcher):
    """Serves `file://` URLs inside one template folder, the exact files in `extra_files`
    (the compact CJK font) and a few inline data: types.

    Everything else — other files (/etc/passwd, the user's home), http(s), ftp, other data:
    types — is refused, so a document can never read local files or call the network.
    """

    def __init__(self, root: Path, extra_files: Iterable[Path] = ()) -> None:
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
        self.root = root.resolve()
        self.extra_files = frozenset(path.resolve() for path in extra_files)

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "file":
            if parts.netloc not in ("", "localhost"):
                raise RefusedURL(f"refused remote file URL {url!r}")
            path = Path(unquote(parts.path)).resolve()
            allowed = path.is_relative_to(self.root) or path in self.extra_files
            if not allowed or not path.is_file():
                log.warning("refused file URL outside the template: %s", url)
                raise RefusedURL(f"refused {url!r}: not an asset of the template")
            return URLFetcherResponse(url, path.read_bytes())
        if scheme == "data":
            media_type = parts.path.split(",", 1)[0].split(";", 1)[0].lower()
            if media_type in ALLOWED_DATA_TYPES:
                return super().fetch(url, headers)
            raise RefusedURL(f"refused data: URL of type {media_type or 'text/plain'!r}")
        log.warning("refused %s URL: %s", scheme or "relative", url[:200])
        raise RefusedURL(f"refused {scheme or 'relative'} URL {url[:200]!r}")
