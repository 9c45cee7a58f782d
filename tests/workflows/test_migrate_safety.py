"""migrate copies everything or nothing, to the place it was told (issue 12): persons
without faces and the group's own name/userData, a manifest needed only to re-enroll and
found where enroll recorded it, dry runs that say what would be copied and whether the
copy could be complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from facekit import FaceClient, OperationState
from facekit.emulator.dashboard.controls import finish_trainings
from facekit.emulator.server import RunningEmulator
from facekit.errors import FaceKitError, NotFoundError
from facekit.workflows.enroll import enroll_folder
from facekit.workflows.groups import GroupRef
from facekit.workflows.migrate import migrate_group
from facekit.workflows.report import Outcome
from tests.workflows.helpers import ForwardingTransport, one_photo_each, persons_of

PEOPLE = ["family1-dad", "family1-mom"]


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": ("src-key", "dst-key")}


@pytest.fixture
def source(face_emulator: RunningEmulator) -> Any:
    with FaceClient(face_emulator.endpoint, "src-key") as c:
        yield c


@pytest.fixture
def target(face_emulator: RunningEmulator) -> Any:
    with FaceClient(face_emulator.endpoint, "dst-key") as c:
        yield c


@pytest.fixture
def enrolled(source: FaceClient, sample_faces: Path, tmp_path: Path) -> Path:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    enroll_folder(source, folder, "g1")
    source.person_groups.update("g1", name="Group One", user_data='{"site": "north"}')
    source.person_groups.persons.create("g1", "bad-inputs", user_data="no usable photo")
    return folder


def _absent(client: FaceClient, group: GroupRef) -> bool:
    try:
        group.resource(client).get(group.group_id)
    except NotFoundError:
        return True
    return False


def test_persons_without_faces_and_the_group_itself_are_copied(
    source: FaceClient, target: FaceClient, enrolled: Path
) -> None:
    report = migrate_group(
        source,
        GroupRef("g1"),
        target,
        GroupRef("g2", large=True),
        manifest_path=enrolled / ".facekit" / "manifest.db",
        recognition_model="recognition_04",
    )
    assert report.facts["comparison"]["differences"] == []
    copied = persons_of(target, GroupRef("g2", large=True))
    assert copied == persons_of(source, GroupRef("g1"))
    assert copied["bad-inputs"] == ("no usable photo", 0)
    group = target.large_person_groups.get("g2")
    assert (group.name, group.user_data) == ("Group One", '{"site": "north"}')
    assert group.recognition_model == "recognition_04"


def test_the_manifest_enroll_recorded_is_found_without_being_named(
    source: FaceClient, target: FaceClient, enrolled: Path
) -> None:
    report = migrate_group(source, GroupRef("g1"), target, GroupRef("g3"))
    assert report.facts["manifest"] == str((enrolled / ".facekit" / "manifest.db").resolve())
    assert report.facts["comparison"]["persons"] == [3, 3]


def test_a_missing_manifest_is_an_error_before_any_write(
    source: FaceClient, target: FaceClient, enrolled: Path, tmp_path: Path
) -> None:
    wrong = tmp_path / "nowhere" / "manifest.db"
    with pytest.raises(FaceKitError, match="no manifest at"):
        migrate_group(source, GroupRef("g1"), target, GroupRef("g4"), manifest_path=wrong)
    assert not wrong.exists() and not wrong.parent.exists()
    assert _absent(target, GroupRef("g4"))
    # no manifest recorded for this group at all
    source.person_groups.create("bare", "Bare")
    with pytest.raises(FaceKitError, match="pass --manifest"):
        migrate_group(source, GroupRef("bare"), target, GroupRef("g5"), method="reenroll")
    assert _absent(target, GroupRef("g5"))


def test_a_dry_run_says_what_it_would_copy_and_whether_it_could_be_complete(
    source: FaceClient, target: FaceClient, enrolled: Path
) -> None:
    dry = migrate_group(source, GroupRef("g1"), target, GroupRef("g6"), dry_run=True)
    assert dry.ok
    assert (dry.facts["persons"], dry.facts["faces"], dry.facts["photos"]) == (3, 2, 2)
    assert dry.counts("person") == {"would add": 3}
    next((enrolled / "family1-mom").iterdir()).unlink()  # a recorded photo went away
    incomplete = migrate_group(source, GroupRef("g1"), target, GroupRef("g6"), dry_run=True)
    assert not incomplete.ok
    assert incomplete.facts["incomplete"] == {"family1-mom": "1 of 1 face(s) have no photo on disk"}
    [failed] = incomplete.of(Outcome.FAILED)
    assert failed.person == "family1-mom"
    assert _absent(target, GroupRef("g6"))
    with pytest.raises(FaceKitError, match="could not be complete, so nothing was copied"):
        migrate_group(source, GroupRef("g1"), target, GroupRef("g6"))
    assert _absent(target, GroupRef("g6"))


def test_snapshot_needs_no_manifest(
    face_emulator: RunningEmulator, source: FaceClient, target: FaceClient, enrolled: Path,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    monkeypatch.setenv("FACEKIT_STATE_DIR", str(tmp_path / "empty-state"))  # nothing recorded
    report = migrate_group(
        source,
        GroupRef("g1"),
        target,
        GroupRef("g7"),
        method="snapshot",
        apply_scope=[face_emulator.account_ids["dst-key"]],
    )
    assert report.facts["method"] == "snapshot" and report.facts["manifest"] is None
    assert report.facts["comparison"]["differences"] == []


class FinishingTrainings(ForwardingTransport):
    """A client transport for an emulator whose trainings take ten minutes: it ends them
    (the dashboard's "finish now") right after this client starts one, and when a call
    meets one still running (409); it records those 409s."""

    def __init__(self, emulator: RunningEmulator, account: str) -> None:
        super().__init__()
        self.emulator, self.account = emulator, account
        self.conflicts: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if response.status_code == 409:
            self.conflicts.append(f"{request.method} {request.url.path}")
        if response.status_code == 409 or request.url.path.endswith("/train"):
            finish_trainings(self.emulator.app.emulator, self.account)
        return response


class TestResumingAfterTheTrainingStarted:
    @pytest.fixture
    def face_emulator_options(self) -> dict[str, Any]:
        return {"keys": ("src-key", "dst-key"), "training_seconds": 600.0}

    def test_a_resumed_copy_waits_for_the_training_an_earlier_run_started(
        self, face_emulator: RunningEmulator, source: FaceClient, target: FaceClient,
        enrolled: Path,
    ) -> None:
        """An earlier run died right after starting the target's training (the write point
        group.train.after): the resumed run meets that training, which refuses writes
        (409 *TrainingNotFinished, azure-face-api.md Q9), and must wait for it."""
        account = face_emulator.account_ids["dst-key"]
        finishing = FinishingTrainings(face_emulator, account)
        with FaceClient(face_emulator.endpoint, "dst-key", transport=finishing) as copier:
            first = migrate_group(source, GroupRef("g1"), copier, GroupRef("g8"),
                                  method="reenroll")
            assert first.ok and finishing.conflicts == []
            target.person_groups.train("g8")  # the training the interrupted run started
            assert target.person_groups.training_status("g8").state in (
                OperationState.NOT_STARTED, OperationState.RUNNING)
            resumed = migrate_group(source, GroupRef("g1"), copier, GroupRef("g8"),
                                    method="reenroll")
        assert finishing.conflicts == ["PATCH /face/v1.0/persongroups/g8"]
        assert resumed.ok and resumed.facts["comparison"]["differences"] == []
        assert persons_of(target, GroupRef("g8")) == persons_of(source, GroupRef("g1"))
        assert target.person_groups.training_status("g8").state is OperationState.SUCCEEDED
