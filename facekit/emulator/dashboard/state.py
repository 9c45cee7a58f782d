"""Read-only views of an emulator's state for the dashboard's state browser.

Everything is read through the emulator's own stores. Accounts are addressed by their
number in the key list (``key #1`` is account 1), never by their key. The PersonDirectory
keeps its persons and their faces in container kinds of its own
(:mod:`facekit.emulator.azure.backend.directory_state`); they are shown as one directory per
account with a face count per person.
"""

from __future__ import annotations

import attrs

from facekit.emulator.azure.backend.directory_state import FACES_KIND, GROUPS_KIND, PERSONS_KIND
from facekit.emulator.service import Emulator
from facekit.emulator.state.records import (
    FACE_LIST,
    GROUP_KINDS,
    LARGE_FACE_LIST,
    LARGE_PERSON_GROUP,
    PERSON_GROUP,
    Container,
    Face,
    Person,
    Snapshot,
    Training,
)
from facekit.emulator.tencent.materials import MaterialRecord, TencentStore, owner_of

KIND_TITLES = {
    PERSON_GROUP: "Person groups",
    LARGE_PERSON_GROUP: "Large person groups",
    FACE_LIST: "Face lists",
    LARGE_FACE_LIST: "Large face lists",
    GROUPS_KIND: "Dynamic person groups",
}
BROWSED_KINDS = (PERSON_GROUP, LARGE_PERSON_GROUP, FACE_LIST, LARGE_FACE_LIST, GROUPS_KIND)
MAX_ROWS = 1000  # persons or faces shown on one page


@attrs.frozen
class Account:
    number: int
    label: str
    account_id: str


@attrs.frozen
class ContainerView:
    container: Container
    training: Training | None

    @property
    def duration(self) -> float | None:
        """Seconds from the last training request to its end (None while running)."""
        training = self.training
        if training is None or training.active or training.last_action is None:
            return None
        return max(0.0, training.last_action - training.created)


@attrs.frozen
class PersonView:
    person: Person
    faces: tuple[Face, ...]


@attrs.frozen
class Row:
    """A generic row (operations, liveness sessions): column name → value."""

    values: dict[str, object]


@attrs.frozen
class Activity:
    owner_label: str
    activity_id: str
    materials: tuple[MaterialRecord, ...]


def accounts(emulator: Emulator) -> list[Account]:
    return [
        Account(number, f"key #{number}", account_id)
        for number, (_, account_id) in enumerate(emulator.config.accounts.items(), start=1)
    ]


def account(emulator: Emulator, number: int) -> Account | None:
    found = [a for a in accounts(emulator) if a.number == number]
    return found[0] if found else None


def containers(emulator: Emulator, account_id: str) -> dict[str, list[ContainerView]]:
    """Kind → containers of the account, with their training state."""
    store = emulator.store
    return {
        kind: [
            ContainerView(found, store.training(found.cid))
            for found in store.list_containers(account_id, kind)
        ]
        for kind in BROWSED_KINDS
    }


def container(
    emulator: Emulator, account_id: str, kind: str, container_id: str
) -> ContainerView | None:
    found = emulator.store.container(account_id, kind, container_id)
    return None if found is None else ContainerView(found, emulator.store.training(found.cid))


def members(emulator: Emulator, found: Container) -> tuple[list[PersonView], list[Face]]:
    """Persons with their faces (groups), or the faces (lists); at most MAX_ROWS."""
    store = emulator.store
    if found.kind in GROUP_KINDS or found.kind == GROUPS_KIND:
        persons = store.list_persons(found.cid, top=MAX_ROWS)
        by_person: dict[str, list[Face]] = {}
        if found.kind != GROUPS_KIND:
            for face in store.list_faces(found.cid, top=MAX_ROWS * 4):
                by_person.setdefault(face.person_id, []).append(face)
        return [PersonView(p, tuple(by_person.get(p.person_id, ()))) for p in persons], []
    return [], store.list_faces(found.cid, top=MAX_ROWS)


def directory(emulator: Emulator, account_id: str) -> list[PersonView]:
    """PersonDirectory persons with their faces (of every recognition model)."""
    store = emulator.store
    holder = store.list_containers(account_id, PERSONS_KIND)
    if not holder:
        return []
    faces: dict[str, list[Face]] = {}
    for face_container in store.list_containers(account_id, FACES_KIND):
        for face in store.list_faces(face_container.cid, top=MAX_ROWS * 4):
            faces.setdefault(face.person_id, []).append(face)
    return [
        PersonView(person, tuple(faces.get(person.person_id, ())))
        for person in store.list_persons(holder[0].cid, top=MAX_ROWS)
    ]


def snapshots(emulator: Emulator, account_id: str) -> list[Snapshot]:
    return [s for s in emulator.store.list_snapshots() if s.account == account_id]


def operations(emulator: Emulator, account_id: str) -> list[Row]:
    with emulator.store.transaction() as db:
        rows = db.execute(
            "SELECT operation_id, kind, status, created, last_action, message FROM operations "
            "WHERE account = ? ORDER BY created DESC LIMIT ?",
            (account_id, MAX_ROWS),
        ).fetchall()
    names = ("operation id", "kind", "status", "created", "last action", "message")
    return [Row(dict(zip(names, row, strict=True))) for row in rows]


def liveness_sessions(emulator: Emulator, account_id: str) -> list[Row]:
    """Sessions (never their auth tokens); empty when the table does not exist yet."""
    with emulator.store.transaction() as db:
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'liveness_sessions'"
        ).fetchone()
        if exists is None:
            return []
        rows = db.execute(
            "SELECT session_id, kind, model_version, created, expires FROM liveness_sessions "
            "WHERE account = ? ORDER BY created DESC LIMIT ?",
            (account_id, MAX_ROWS),
        ).fetchall()
    names = ("session id", "kind", "model version", "created", "expires")
    return [Row(dict(zip(names, row, strict=True))) for row in rows]


def tencent_activities(store: TencentStore, secret_ids: list[str]) -> list[Activity]:
    """Activities and their materials, per SecretId (labelled ``SecretId #N``)."""
    labels = {owner_of(secret_id): f"SecretId #{n}" for n, secret_id in enumerate(secret_ids, 1)}
    found: list[Activity] = []
    for owner, activity_id in store.activities():
        materials, _ = store.page(owner, activity_id, offset=0, limit=MAX_ROWS)
        found.append(Activity(labels.get(owner, "another SecretId"), activity_id, tuple(materials)))
    return found


def is_trained(view: ContainerView) -> bool:
    """Whether identify can use the container (a training has succeeded once)."""
    return view.training is not None and view.training.last_success is not None
