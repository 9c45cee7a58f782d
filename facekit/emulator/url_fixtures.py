"""Answering internet image URLs from a local folder, offline (``--url-fixtures DIR``).

Official samples and quickstarts pass public image URLs (raw.githubusercontent.com,
aka.ms, Azure blob storage). The emulator never downloads from such hosts (see
:mod:`facekit.emulator.intake`); with a fixtures folder it answers them from local files
instead, so that code runs unchanged and offline:

* an entry of a mapping file in the folder, ``urls.json`` (an object, URL → file) or
  ``urls.txt`` (one ``URL FILE`` pair a line; blank lines and ``#`` comments are
  skipped), matched on the whole URL; the file is named relative to the folder and must
  lie inside it;
* otherwise a file directly in the folder named like the URL's last path segment
  (percent-decoded): ``https://example.com/img/Family1-Dad1.jpg?x=1`` →
  ``DIR/Family1-Dad1.jpg``.

Nothing touches the network: a URL that matches neither stays ``400 InvalidURL``.
The mapping files are read when the emulator starts; plain files are looked up on each
request, so files added later are found. Each substitution is written to the server
log (logger ``facekit.emulator.url_fixtures``, level INFO) and to the request log's
entry of the request (its ``notes``), with the URL's query string left out (it may
carry a SAS token).
"""

from __future__ import annotations

import json
import logging
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import attrs

log = logging.getLogger(__name__)

JSON_MAPPING = "urls.json"
TEXT_MAPPING = "urls.txt"
MAPPING_FILES = (JSON_MAPPING, TEXT_MAPPING)
OPTION = "--url-fixtures"
# Where a request's notes (the substitutions made for it) travel to the request log.
NOTES_SCOPE_KEY = "facekit.notes"


class UrlFixturesError(ValueError):
    """The fixtures folder or one of its mapping files cannot be used."""


def display_url(url: str) -> str:
    """``url`` without its query string and fragment (they may hold secrets)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    hidden = "?…" if parts.query or parts.fragment else ""
    return f"{parts.scheme}://{parts.netloc}{parts.path}{hidden}"


def request_notes(scope: MutableMapping[str, Any]) -> list[str]:
    """The note list of one request (the request log shows it); a fresh list when the
    request is not being recorded."""
    notes = scope.get(NOTES_SCOPE_KEY)
    return notes if isinstance(notes, list) else []


@attrs.frozen
class Substitution:
    """A URL answered by a local file."""

    url: str
    path: Path

    def describe(self) -> str:
        return f"URL fixture: {display_url(self.url)} answered with {self.path.name}"

    def read(self, limit: int, notes: list[str] | None = None) -> bytes | None:
        """The file's bytes, or None when it holds more than ``limit`` bytes; logs the
        substitution and adds it to ``notes``. :class:`UrlFixturesError` when the file
        cannot be read."""
        described = self.describe()
        log.info("%s", described)
        if notes is not None:
            notes.append(described)
        try:
            with self.path.open("rb") as handle:
                data = handle.read(limit + 1)
        except OSError as exc:
            raise UrlFixturesError(
                f"the URL fixture {self.path.name} cannot be read ({exc.strerror})"
            ) from None
        return data if len(data) <= limit else None


def _inside(folder: Path, name: str, where: str) -> Path:
    path = (folder / name).resolve()
    if not path.is_relative_to(folder):
        raise UrlFixturesError(f"{where}: {name!r} lies outside the fixtures folder {folder}")
    if not path.is_file():
        raise UrlFixturesError(f"{where}: there is no file {name!r} in {folder}")
    return path


def _json_entries(path: Path) -> list[tuple[str, str, str]]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise UrlFixturesError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(value, dict) or not all(
        isinstance(url, str) and isinstance(name, str) for url, name in value.items()
    ):
        raise UrlFixturesError(f"{path} must hold one JSON object mapping URLs to file names")
    return [(url.strip(), name, f"{path}: {url!r}") for url, name in value.items()]


def _text_entries(path: Path) -> list[tuple[str, str, str]]:
    entries = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise UrlFixturesError(f"{path} is not UTF-8 text: {exc}") from None
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        pieces = text.split(None, 1)
        if len(pieces) != 2:
            raise UrlFixturesError(f"{path}, line {number}: write 'URL FILE', got {text!r}")
        entries.append((pieces[0], pieces[1].strip(), f"{path}, line {number}"))
    return entries


@attrs.frozen
class UrlFixtures:
    """A fixtures folder with its URL mapping (see the module text)."""

    folder: Path
    mapping: dict[str, Path] = attrs.field(factory=dict)

    @classmethod
    def load(cls, folder: Path) -> UrlFixtures:
        """The fixtures of ``folder``; :class:`UrlFixturesError` naming the problem when the
        folder or a mapping file is unusable."""
        if not folder.is_dir():
            raise UrlFixturesError(f"{OPTION}: {folder} is not a folder")
        root = folder.resolve()
        mapping: dict[str, Path] = {}
        for name, reader in ((JSON_MAPPING, _json_entries), (TEXT_MAPPING, _text_entries)):
            source = root / name
            if not source.is_file():
                continue
            for url, file_name, where in reader(source):
                path = _inside(root, file_name, where)
                if mapping.get(url, path) != path:
                    raise UrlFixturesError(f"{where}: the URL is mapped to two different files")
                mapping[url] = path
        return cls(folder=root, mapping=mapping)

    def find(self, url: str) -> Substitution | None:
        """The local file that answers ``url``, or None."""
        mapped = self.mapping.get(url.strip())
        if mapped is not None:
            return Substitution(url, mapped)
        try:
            segment = urlsplit(url.strip()).path.rsplit("/", 1)[-1]
        except ValueError:
            return None
        name = unquote(segment)
        if name in ("", ".", "..", *MAPPING_FILES) or "/" in name or "\\" in name:
            return None
        path = self.folder / name
        try:
            found = path.is_file()
        except (OSError, ValueError):  # a name too long for the file system
            return None
        return Substitution(url, path) if found else None
