"""migrate's promises beyond the happy path: any difference fails (MigrationMismatchError
and the side-by-side on stderr; compare_groups itself is tested in
tests/unit/workflows/test_migrate.py), --method snapshot needs --apply-scope and then copies by
snapshot, and --dry-run only shows what it would copy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facekit import FaceClient
from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator
from facekit.workflows.groups import GroupRef, describe_group
from facekit.workflows.migrate import MigrationMismatchError, migrate_group
from tests.workflows.helpers import link_people

PEOPLE = ["family1-dad", "family1-mom"]
KEYS = ("migrate-key-one", "migrate-key-two")


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": KEYS}


def run(capsys: pytest.CaptureFixture[str], emulator: RunningEmulator, *argv: str,
        key: str | None = None, as_json: bool = True) -> tuple[int, Any, str]:
    code = main([*argv, "--endpoint", emulator.endpoint, "--key", key or emulator.key,
                 *(["--json"] if as_json else [])])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if as_json and out.strip() else out or None), err


@pytest.fixture
def manifest(face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
             capsys: pytest.CaptureFixture[str]) -> Path:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    code, data, err = run(capsys, face_emulator, "enroll", str(folder), "--group", "family",
                          "--recognition-model", "recognition_04")
    assert code == 0, err
    assert data["counts"]["person"] == {"added": 2}
    return folder / ".facekit" / "manifest.db"


def test_a_copy_that_differs_raises_with_the_comparison(
    face_emulator: RunningEmulator, manifest: Path
) -> None:
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("copy", "copy", recognition_model="recognition_04")
        client.person_groups.persons.create("copy", "Stranger")
        with pytest.raises(MigrationMismatchError) as caught:
            migrate_group(client, GroupRef("family"), client, GroupRef("copy"),
                          manifest_path=manifest, method="reenroll")
        # the copy itself was made: only the stranger differs
        assert caught.value.comparison["differences"] == [
            "only in target: 'Stranger' (userData 'None', 0 faces)"]
        assert caught.value.comparison["persons"] == [2, 3]


def test_cli_migrate_fails_on_a_difference_and_shows_both_sides(
    face_emulator: RunningEmulator, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("copy", "copy", recognition_model="recognition_04")
        client.person_groups.persons.create("copy", "Stranger")
    code, data, err = run(capsys, face_emulator, "migrate", "--group", "family", "--to-group",
                          "copy", "--manifest", str(manifest))
    assert code == 1
    assert data == {"ok": False,
                    "differences": ["only in target: 'Stranger' (userData 'None', 0 faces)"]}
    assert "only in target: 'Stranger'" in err
    assert "persons" in err and "Traceback" not in err
    persons_row = next(line for line in err.splitlines() if line.startswith("persons"))
    assert persons_row.split()[1:] == ["2", "3"]


def test_snapshot_method_needs_an_apply_scope(
    face_emulator: RunningEmulator, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data, err = run(capsys, face_emulator, "migrate", "--group", "family", "--to-group",
                          "copy", "--method", "snapshot", "--manifest", str(manifest))
    assert code != 0 and data is None
    assert "--apply-scope" in err and "Traceback" not in err
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        assert [g.person_group_id for g in client.person_groups.list()] == ["family"]


def test_snapshot_method_copies_to_another_account(
    face_emulator: RunningEmulator, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target_account = face_emulator.account_ids[KEYS[1]]
    code, data, err = run(capsys, face_emulator, "migrate", "--group", "family", "--to-group",
                          "copy", "--method", "snapshot", "--apply-scope", target_account,
                          "--to-endpoint", face_emulator.endpoint, "--to-key", KEYS[1],
                          "--manifest", str(manifest))
    assert code == 0, err
    assert data["method"] == "snapshot"
    assert data["counts"]["group"] == {"added": 1}
    assert data["comparison"]["differences"] == [] and data["comparison"]["persons"] == [2, 2]
    with FaceClient(face_emulator.endpoint, face_emulator.key) as source, \
            FaceClient(face_emulator.endpoint, KEYS[1]) as target:
        before = describe_group(source, GroupRef("family"))
        after = describe_group(target, GroupRef("copy"))
    assert [(p["name"], p["faces"]) for p in after["persons"]] == [
        (p["name"], p["faces"]) for p in before["persons"]]


def test_dry_run_shows_the_plan_and_changes_nothing(
    face_emulator: RunningEmulator, manifest: Path, capsys: pytest.CaptureFixture[str],
    sample_faces: Path,
) -> None:
    photos = sum(len(list((sample_faces / "people" / p).glob("*.jpg"))) for p in PEOPLE)
    argv = ("migrate", "--group", "family", "--to-group", "copy", "--to-key", KEYS[1],
            "--to-endpoint", face_emulator.endpoint, "--manifest", str(manifest), "--dry-run")
    code, out, err = run(capsys, face_emulator, *argv, as_json=False)
    assert code == 0, err
    assert out.splitlines()[0] == "method: reenroll"
    assert f"dry run: 2 person(s), {photos} face(s), {photos} photo(s) to copy" in out
    code, data, err = run(capsys, face_emulator, *argv)
    assert code == 0, err
    assert data["photos"] == photos and data["method"] == "reenroll"
    assert data["counts"] == {"person": {"would add": 2}}
    assert "comparison" not in data
    reasons = sorted(e["reason"] for e in data["entries"])
    assert reasons == sorted(
        f"{len(list((sample_faces / 'people' / p).glob('*.jpg')))} face(s) from recorded photos"
        for p in PEOPLE)
    with FaceClient(face_emulator.endpoint, KEYS[1]) as target:
        assert list(target.person_groups.list()) == []
