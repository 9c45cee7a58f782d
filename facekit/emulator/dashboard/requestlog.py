"""The request log behind the dashboard's inspector and ``face_emulator.requests``.

A bounded, thread-safe ring of :class:`RequestEntry` records, newest last: the last
``size`` requests (500 by default) to either service. Entries hold masked copies only
(see :mod:`facekit.emulator.dashboard.masking`), so the log can be shown, exported and
asserted on freely::

    def test_detects_once(face_emulator):
        run_my_code(face_emulator.endpoint, face_emulator.key)
        assert face_emulator.requests.count(operation="detect") == 1
"""

from __future__ import annotations

import base64
import json
import threading
from collections import deque
from collections.abc import Iterator
from typing import Any

import attrs

from facekit.emulator.dashboard.masking import Body, ImageSummary
from facekit.emulator.strict_json import escape_surrogates

DEFAULT_SIZE = 500


@attrs.frozen
class RequestEntry:
    """One request and its answer, as the inspector shows them."""

    seq: int
    time: float  # epoch seconds at arrival
    service: str  # "azure", "tencent" or "facekit" (the emulator's own routes)
    account: str | None  # the account's label ("key #1", "SecretId #1"), never the key
    method: str
    path: str  # with the query string, secrets masked
    operation: str | None
    status: int | None  # None: the connection was dropped without an answer
    error_code: str | None
    latency_ms: float
    fault: str | None  # the chaos or throttle rule that fired, if any
    request_headers: tuple[tuple[str, str], ...]
    request_body: Body
    response_headers: tuple[tuple[str, str], ...]
    response_body: Body
    # what the emulator did besides answering (an image URL answered from URL fixtures)
    notes: tuple[str, ...] = ()

    @property
    def images(self) -> tuple[ImageSummary, ...]:
        return self.request_body.images + self.response_body.images

    def matches(
        self,
        *,
        status: str | int | None = None,
        operation: str | None = None,
        account: str | None = None,
    ) -> bool:
        """Whether the entry passes the inspector's filters: ``status`` is a code
        (``404``), a class (``"4xx"``) or ``"dropped"``; ``operation`` and ``account``
        compare exactly (case-insensitive)."""
        if status not in (None, ""):
            wanted = str(status).lower()
            if wanted == "dropped":
                if self.status is not None:
                    return False
            elif wanted.endswith("xx"):
                if self.status is None or str(self.status)[0] != wanted[0]:
                    return False
            elif str(self.status) != wanted:
                return False
        if operation and (self.operation or "").lower() != operation.lower():
            return False
        return not account or (self.account or "").lower() == account.lower()

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the export's line); thumbnails as base64 JPEG."""

        def body(value: Body) -> dict[str, Any]:
            return {
                "kind": value.kind,
                "size": value.size,
                "digest": value.digest,
                "text": value.text,
                "images": [
                    {
                        "where": image.where,
                        "size": image.size,
                        "digest": image.digest,
                        "width": image.width,
                        "height": image.height,
                        "thumbnail_jpeg_base64": None
                        if image.thumbnail is None
                        else base64.b64encode(image.thumbnail).decode("ascii"),
                    }
                    for image in value.images
                ],
            }

        return {
            "seq": self.seq,
            "time": self.time,
            "service": self.service,
            "account": self.account,
            "method": self.method,
            "path": self.path,
            "operation": self.operation,
            "status": self.status,
            "error_code": self.error_code,
            "latency_ms": self.latency_ms,
            "fault": self.fault,
            "notes": list(self.notes),
            "request": {
                "headers": [list(h) for h in self.request_headers],
                "body": body(self.request_body),
            },
            "response": {
                "headers": [list(h) for h in self.response_headers],
                "body": body(self.response_body),
            },
        }


class RequestLog:
    """The last ``size`` requests, oldest first; iterate it, filter it, count it."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        if size < 1:
            raise ValueError(f"the request log keeps at least 1 request, got {size}")
        self.size = size
        self._entries: deque[RequestEntry] = deque(maxlen=size)
        self._lock = threading.Lock()
        self._next = 1

    def next_seq(self) -> int:
        with self._lock:
            seq = self._next
            self._next += 1
            return seq

    def append(self, entry: RequestEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def entries(self) -> list[RequestEntry]:
        with self._lock:
            return sorted(self._entries, key=lambda entry: entry.seq)

    def __iter__(self) -> Iterator[RequestEntry]:
        return iter(self.entries())

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def get(self, seq: int) -> RequestEntry | None:
        with self._lock:
            return next((entry for entry in self._entries if entry.seq == seq), None)

    def filter(
        self,
        *,
        status: str | int | None = None,
        operation: str | None = None,
        account: str | None = None,
    ) -> list[RequestEntry]:
        return [
            entry
            for entry in self.entries()
            if entry.matches(status=status, operation=operation, account=account)
        ]

    def count(self, **filters: Any) -> int:
        """How many kept requests pass :meth:`filter` with these filters."""
        return len(self.filter(**filters))

    def operations(self) -> list[str | None]:
        """The operation of each kept request, oldest first."""
        return [entry.operation for entry in self.entries()]

    def jsonl(self, entries: list[RequestEntry] | None = None) -> str:
        """The entries (all by default) as JSON Lines."""
        chosen = self.entries() if entries is None else entries
        return "".join(
            escape_surrogates(json.dumps(e.to_json(), ensure_ascii=False)) + "\n" for e in chosen
        )
