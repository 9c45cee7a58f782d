"""The PersonDirectory and DynamicPersonGroups of an account, in the ordinary store.

They live in container rows of kinds of their own, which the PersonGroup, LargePersonGroup
and list routes never see:

* ``pd`` — one per account (id ``directory``): its person rows are the directory's
  persons (name, userData);
* ``pdf`` — one per account and recognition model (id = the model, bound to it): its
  face rows are the persons' faces for that model, so the search code of the groups
  serves the directory unchanged;
* ``dpg`` — one per DynamicPersonGroup (name, userData), with a person row (no name) per
  member.

The real service applies directory changes in the background and answers 202 with an
operation to poll. The emulator applies them before it answers and records the
operation as already succeeded (kind ``directory`` in the ``operations`` table), so a
client that polls sees ``succeeded`` at once. Operation URLs expire after 48 hours.
"""

from __future__ import annotations

from facekit.emulator.azure.backend import enrollment
from facekit.emulator.azure.backend.enrollment import NewFace
from facekit.emulator.service import Emulator
from facekit.emulator.state.records import SUCCEEDED, AlreadyExists, Container, Operation, Person
from facekit.emulator.wire import ApiError, not_found

PERSONS_KIND = "pd"
FACES_KIND = "pdf"
GROUPS_KIND = "dpg"
DIRECTORY_ID = "directory"
OPERATION_KIND = "directory"
OPERATION_LIFETIME = 48 * 3600.0
UNBOUNDED = 2**62


def person_not_found(status: int = 404) -> ApiError:
    return ApiError(status, "PersonNotFound", "Person is not found.")


def group_not_found(status: int = 404) -> ApiError:
    return ApiError(status, "DynamicPersonGroupNotFound", "Dynamic person group is not found.")


def _container(em: Emulator, account: str, kind: str, container_id: str, model: str) -> Container:
    found = em.store.container(account, kind, container_id)
    if found is not None:
        return found
    try:
        return em.store.create_container(
            account,
            kind,
            container_id,
            name=container_id,
            user_data=None,
            recognition_model=model,
            created=em.clock(),
            max_count=UNBOUNDED,
        )
    except AlreadyExists:  # created by a concurrent request
        again = em.store.container(account, kind, container_id)
        assert again is not None
        return again


def persons(em: Emulator, account: str) -> Container:
    """The account's directory (created on first use)."""
    return _container(em, account, PERSONS_KIND, DIRECTORY_ID, "")


def faces(em: Emulator, account: str, model: str) -> Container:
    """The account's directory faces for ``model`` (created on first use)."""
    return _container(em, account, FACES_KIND, model, model)


def face_containers(em: Emulator, account: str) -> list[Container]:
    return em.store.list_containers(account, FACES_KIND)


def person(em: Emulator, account: str, person_id: str, *, status: int = 404) -> Person:
    """A directory person, or ``PersonNotFound``."""
    found = em.store.person(persons(em, account).cid, person_id)
    if found is None:
        raise person_not_found(status)
    return found


def group(em: Emulator, account: str, group_id: str, *, status: int = 404) -> Container:
    found = em.store.container(account, GROUPS_KIND, group_id)
    if found is None:
        raise group_not_found(status)
    return found


def groups_of(em: Emulator, account: str, person_id: str) -> list[str]:
    """Ids of the DynamicPersonGroups that hold ``person_id``, in ascending order."""
    return [
        container.container_id
        for container in em.store.list_containers(account, GROUPS_KIND)
        if em.store.person(container.cid, person_id) is not None
    ]


def record_operation(em: Emulator, account: str) -> str:
    """Record a finished operation; its id."""
    now = em.clock()
    operation_id = em.ids.new()
    em.store.put_operation(
        Operation(
            operation_id=operation_id,
            account=account,
            kind=OPERATION_KIND,
            status=SUCCEEDED,
            created=now,
            last_action=now,
            resource_location=None,
            message=None,
            params="{}",
        )
    )
    return operation_id


def operation(em: Emulator, account: str, operation_id: str) -> Operation:
    """A directory operation of ``account``; ``404 OperationNotFound`` once expired."""
    found = em.store.operation(operation_id.lower())
    if (
        found is None
        or found.account != account
        or found.kind != OPERATION_KIND
        or found.created + OPERATION_LIFETIME <= em.clock()
    ):
        raise not_found("OperationNotFound", "Operation is not found or has expired.")
    return found


def create_person(em: Emulator, account: str, *, name: str, user_data: str | None) -> str:
    """A new directory person; its personId."""
    person_id = em.ids.new()
    em.store.create_person(
        persons(em, account).cid,
        person_id,
        name=name,
        user_data=user_data,
        max_persons=UNBOUNDED,
    )
    return person_id


def delete_person(em: Emulator, account: str, person_id: str) -> None:
    """Delete a directory person with its faces and its memberships."""
    with em.store.transaction():
        for container in face_containers(em, account):
            em.store.delete_person(container.cid, person_id)
        for group_id in groups_of(em, account, person_id):
            em.store.delete_person(group(em, account, group_id).cid, person_id)
        em.store.delete_person(persons(em, account).cid, person_id)


def add_face(
    em: Emulator,
    account: str,
    person_id: str,
    model: str,
    face: NewFace,
) -> str:
    """Store the one face of the image for the person and ``model``; its persistedFaceId."""

    def still_there() -> int:
        person(em, account, person_id)
        return faces(em, account, model).cid

    return enrollment.add_face(
        em,
        face,
        holder_cid=still_there,
        person_id=person_id,
        limit=em.quotas.faces_per_person,
        holder="person",
        scope=f" for {model}",
    )


def _add_members(em: Emulator, group: Container, person_ids: list[str]) -> None:
    for person_id in person_ids:
        if em.store.person(group.cid, person_id) is None:
            em.store.create_person(
                group.cid, person_id, name=None, user_data=None, max_persons=UNBOUNDED
            )


def create_group(
    em: Emulator,
    account: str,
    group_id: str,
    *,
    name: str,
    user_data: str | None,
    members: list[str],
) -> None:
    """A new DynamicPersonGroup holding ``members``; ``409 DynamicPersonGroupExists`` if
    the id is taken."""
    with em.store.transaction():
        try:
            group = em.store.create_container(
                account,
                GROUPS_KIND,
                group_id,
                name=name,
                user_data=user_data,
                recognition_model="",
                created=em.clock(),
                max_count=UNBOUNDED,
            )
        except AlreadyExists:
            raise ApiError(
                409, "DynamicPersonGroupExists", "Dynamic person group already exists."
            ) from None
        _add_members(em, group, members)


def update_group(
    em: Emulator,
    group: Container,
    *,
    name: str | None,
    user_data: str | None,
    added: list[str],
    removed: list[str],
) -> None:
    """Rename a DynamicPersonGroup (None: keep) and add and remove members."""
    with em.store.transaction():
        em.store.update_container(group.cid, name=name, user_data=user_data)
        _add_members(em, group, added)
        for person_id in removed:
            em.store.delete_person(group.cid, person_id)
