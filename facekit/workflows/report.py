"""What a bulk workflow did, entry by entry, printable and writable as JSON."""

from __future__ import annotations

import enum
import json
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

from facekit.workflows.atomic import write_atomically

# The file name of fuse's report in its output folder (here, so that the command line
# can name it without loading the fuse workflow and its Tencent client).
FUSE_REPORT_NAME = "fuse-report.json"


class Outcome(enum.StrEnum):
    """What a workflow did with one entry (its value is the word the reports print)."""

    ADDED = "added"  # created at the service in this run
    EXISTING = "existing"  # already there from an earlier run (manifest or service)
    SKIPPED = "skipped"  # not sent, or refused as unusable (no face, corrupt, ...)
    FAILED = "failed"  # an error that a later run may fix
    REMOVED = "removed"  # deleted at the service (--sync, or an empty person enroll made)
    UPDATED = "updated"  # changed at the service (a person's name or userData)
    WOULD_ADD = "would add"  # dry run: would be created
    WOULD_UPDATE = "would update"  # dry run: would be changed
    WOULD_REMOVE = "would remove"  # dry run: would be deleted (--sync)
    WRITTEN = "written"  # an output file was written (fusion)


@attrs.frozen
class Entry:
    """One line of a :class:`Report`: a person, face, folder or image, and its outcome."""

    kind: str  # "person", "face", "folder", "image"
    path: str
    outcome: Outcome
    person: str | None = None
    reason: str | None = None
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            k: (str(v) if isinstance(v, enum.Enum) else v)
            for k, v in attrs.asdict(self).items()
            if v is not None
        }


@attrs.define
class Report:
    """Thread-safe collection of entries plus run-wide facts."""

    workflow: str
    entries: list[Entry] = attrs.Factory(list)
    facts: dict[str, Any] = attrs.Factory(dict)
    _lock: threading.Lock = attrs.field(factory=threading.Lock, repr=False)

    def add(self, entry: Entry) -> Entry:
        with self._lock:
            self.entries.append(entry)
        return entry

    def counts(self, kind: str | None = None) -> dict[str, int]:
        with self._lock:
            counter = Counter(
                str(e.outcome) for e in self.entries if kind is None or e.kind == kind
            )
        return dict(sorted(counter.items()))

    def of(self, outcome: Outcome, kind: str | None = None) -> list[Entry]:
        with self._lock:
            return [
                e for e in self.entries if e.outcome is outcome and (kind is None or e.kind == kind)
            ]

    @property
    def ok(self) -> bool:
        return not self.of(Outcome.FAILED)

    def to_dict(self) -> dict[str, Any]:
        with self._lock:
            entries = [e.to_dict() for e in self.entries]
        return {
            "workflow": self.workflow,
            "ok": self.ok,
            "counts": {kind: self.counts(kind) for kind in sorted({e["kind"] for e in entries})},
            **self.facts,
            "entries": entries,
        }

    def write_json(self, path: Path) -> None:
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        # A file name that is not UTF-8 holds lone surrogates: written as JSON \u escapes.
        data = text.encode("utf-8", errors="backslashreplace")
        write_atomically(path, data, point="report.write.written")
