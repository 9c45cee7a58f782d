"""FaceClient resource families replayed from cassettes recorded against the emulator
(``make cassettes`` re-records them with deterministic ids): face lists, large face
lists, large person groups with persons and faces, and snapshots across two accounts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit import FaceClient
from facekit.azure.enums import OperationState
from facekit.emulator.config import account_id
from facekit.emulator.server import run_emulator
from facekit.errors import NotFoundError
from facekit.retry import RetryPolicy

RECORD_SEED = 20261123
BODY_MATCH = ["method", "scheme", "host", "port", "path", "query", "body"]
KEYS = ("family-key-a", "family-key-b")
# Snapshot applyScope names the target account, derived from its key by the emulator.
TARGET_ACCOUNT = account_id(KEYS[1])


@pytest.fixture
def clients(record_mode: str) -> Iterator[tuple[FaceClient, FaceClient, str]]:
    """Two accounts' clients (and the second's account id); a closed port in replay."""
    no_wait = RetryPolicy(max_attempts=3, base_delay=0.0)
    if record_mode == "none":
        endpoint, account = "http://127.0.0.1:9", TARGET_ACCOUNT
        with FaceClient(endpoint, KEYS[0], retry=no_wait, sleep=lambda s: None) as a, \
                FaceClient(endpoint, KEYS[1], retry=no_wait, sleep=lambda s: None) as b:
            yield a, b, account
        return
    with run_emulator(keys=KEYS, deterministic_ids=RECORD_SEED, training_seconds=0.05,
                      operation_seconds=0.05) as emulator:
        account = emulator.account_ids[KEYS[1]]
        assert account == TARGET_ACCOUNT
        with FaceClient(emulator.endpoint, KEYS[0], retry=no_wait) as a, \
                FaceClient(emulator.endpoint, KEYS[1], retry=no_wait) as b:
            yield a, b, account


def photos(sample_faces: Path, person: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted((sample_faces / "people" / person).glob("*.jpg"))]


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_face_lists_and_large_face_lists(clients: tuple[FaceClient, FaceClient, str],
                                         sample_faces: Path) -> None:
    client, _, _ = clients
    lady, man = photos(sample_faces, "family2-lady"), photos(sample_faces, "family2-man")
    dad = photos(sample_faces, "family1-dad")
    client.face_lists.create("fl", "Faces", recognition_model="recognition_04")
    kept = [client.face_lists.add_face("fl", p).persisted_face_id for p in (lady[0], dad[0])]
    assert sorted(f.persisted_face_id for f in client.face_lists.get("fl").persisted_faces) == sorted(kept)
    query = client.detect(lady[1], recognition_model="recognition_04")[0].face_id
    similar = client.find_similar(query, face_list_id="fl", mode="matchPerson")
    assert [s.persisted_face_id for s in similar] == [kept[0]]
    client.large_face_lists.create("lfl", "Large", recognition_model="recognition_04")
    big = [client.large_face_lists.add_face("lfl", p).persisted_face_id for p in man]
    client.large_face_lists.train("lfl")
    client.large_face_lists.wait_for_training("lfl", interval=0.05)
    assert sorted(f.persisted_face_id for f in client.large_face_lists.list_faces("lfl")) == sorted(big)
    probe = client.detect(man[0], recognition_model="recognition_04")[0].face_id
    found = client.find_similar(probe, large_face_list_id="lfl", mode="matchFace", max_candidates=2)
    assert len(found) == 2 and found[0].confidence >= found[1].confidence
    client.face_lists.delete("fl")
    with pytest.raises(NotFoundError):
        client.face_lists.get("fl")


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_large_person_group_and_snapshot_to_another_account(
    clients: tuple[FaceClient, FaceClient, str], sample_faces: Path
) -> None:
    source, target, account = clients
    groups = source.large_person_groups
    groups.create("staff", "Staff", user_data="team")
    dad = groups.persons.create("staff", "Dad", user_data="family1").person_id
    for photo in photos(sample_faces, "family1-dad"):
        groups.persons.add_face("staff", dad, photo)
    groups.persons.update("staff", dad, name="Father")
    assert groups.persons.get("staff", dad).name == "Father"
    operation = source.snapshots.take("LargePersonGroup", "staff", [account])
    snapshot_id = None
    for _ in range(50):
        status = source.snapshots.operation_status(operation)
        if status.state is OperationState.SUCCEEDED:
            snapshot_id = status.resource_id
            break
        source.sleep(0.02)
    assert snapshot_id
    applied = target.snapshots.apply(snapshot_id, "staff-copy")
    for _ in range(50):
        if target.snapshots.operation_status(applied).state is OperationState.SUCCEEDED:
            break
        target.sleep(0.02)
    copied = list(target.large_person_groups.persons.list("staff-copy"))
    assert [(p.name, p.user_data, len(p.persisted_face_ids)) for p in copied] == [("Father", "family1", 3)]
