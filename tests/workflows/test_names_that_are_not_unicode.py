"""File names that are not valid UTF-8 (Python holds them as lone surrogates) and
person.json text with a lone surrogate: the folder or photo is skipped with a reason, the
rest is enrolled, and the report is still written (the name as JSON escapes)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from facekit.workflows.folders import is_unicode, scan_enrollment_folder
from facekit.workflows.report import Entry, Outcome, Report

pytestmark = pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses names that are not UTF-8")

PHOTO = b"\xff\xd8\xff\xe0 not decoded while scanning"


def make(root: Path, *parts: bytes) -> Path:
    path = os.path.join(os.fsencode(root), *parts)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(PHOTO)
    return Path(os.fsdecode(path))


def test_a_folder_or_photo_named_in_another_encoding_is_skipped_with_a_reason(tmp_path: Path) -> None:
    make(tmp_path, b"caf\xe9", b"a.jpg")
    make(tmp_path, b"ada", b"good.jpg")
    make(tmp_path, b"ada", b"bad\xff.jpg")
    persons, problems = scan_enrollment_folder(tmp_path)
    assert [(p.folder, [photo.name for photo in p.photos]) for p in persons] == [("ada", ["good.jpg"])]
    reasons = {os.fsencode(problem.path.name): problem.reason for problem in problems}
    assert reasons == {b"caf\xe9": "the folder name is not valid UTF-8: rename the folder",
                       b"bad\xff.jpg": "the file name is not valid UTF-8: rename it"}


@pytest.mark.parametrize("member", ['"name": "\\ud800"', '"userData": "x\\udfff"'])
def test_person_json_with_a_lone_surrogate_is_a_problem(tmp_path: Path, member: str) -> None:
    make(tmp_path, b"ada", b"a.jpg")
    (tmp_path / "ada" / "person.json").write_text("{" + member + "}", encoding="utf-8")
    persons, problems = scan_enrollment_folder(tmp_path)
    assert persons == []
    assert [p.reason for p in problems] == [
        "person.json holds text that is not valid Unicode (a lone surrogate)"]


def test_the_report_keeps_a_name_that_is_not_unicode(tmp_path: Path) -> None:
    report = Report("enroll")
    name = os.fsdecode(b"caf\xe9")
    assert not is_unicode(name)
    report.add(Entry("folder", name, Outcome.SKIPPED, reason="r"))
    report.write_json(tmp_path / "report.json")
    entries = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["entries"]
    assert os.fsencode(entries[0]["path"]) == b"caf\xe9"
