"""Writes to the four container kinds and their persons and faces.

Every write to a container that trains waits for no training: while one runs, the write is
``409 <Kind>TrainingNotFinished`` (checked again inside the write's transaction). Creating
a container, a person or a face past the tier's quota is ``403 QuotaExceeded``.
"""

from __future__ import annotations

from facekit.emulator.azure.backend import enrollment
from facekit.emulator.azure.backend.enrollment import NewFace
from facekit.emulator.azure.kinds import Kind, person_not_found
from facekit.emulator.service import Emulator
from facekit.emulator.state.records import AlreadyExists, Container, QuotaReached
from facekit.emulator.wire import quota_exceeded


def create_container(
    em: Emulator,
    account: str,
    kind: Kind,
    container_id: str,
    *,
    name: str,
    user_data: str | None,
    recognition_model: str,
) -> None:
    """A new, empty container; ``<Kind>Exists`` if the id is taken."""
    limit = kind.container_quota(em.quotas)
    try:
        em.store.create_container(
            account,
            kind.key,
            container_id,
            name=name,
            user_data=user_data,
            recognition_model=recognition_model,
            created=em.clock(),
            max_count=limit,
        )
    except AlreadyExists:
        raise kind.exists() from None
    except QuotaReached:
        raise quota_exceeded(
            f"The {kind.label} quota of this account ({limit}) has been reached."
        ) from None


def update_container(
    em: Emulator, kind: Kind, container: Container, *, name: str | None, user_data: str | None
) -> None:
    with em.store.transaction():
        em.ensure_idle(kind, container)
        em.store.update_container(container.cid, name=name, user_data=user_data)


def delete_container(em: Emulator, kind: Kind, container: Container) -> None:
    """Delete ``container`` with its members and its trained index."""
    with em.store.transaction():
        em.ensure_idle(kind, container)
        training = em.store.training(container.cid)
        em.store.delete_container(container.cid)
    em.trainer.forget(container.cid, training.trained_file if training else None)


def train(em: Emulator, kind: Kind, container: Container) -> None:
    """Queue a training of ``container`` (see :class:`~.training.Trainer`)."""
    with em.store.transaction():
        em.ensure_idle(kind, container)
        em.trainer.request(container)
    em.trainer.settle(container.cid)


def create_person(
    em: Emulator, kind: Kind, container: Container, *, name: str | None, user_data: str | None
) -> str:
    """A new person of ``container``; its personId."""
    limit = kind.member_quota(em.quotas)
    person_id = em.ids.new()
    with em.store.transaction():
        em.ensure_idle(kind, container)
        try:
            em.store.create_person(
                container.cid, person_id, name=name, user_data=user_data, max_persons=limit
            )
        except QuotaReached:
            raise quota_exceeded(
                f"The {kind.label} already holds the maximum of {limit} persons."
            ) from None
    return person_id


def update_person(
    em: Emulator,
    kind: Kind,
    container: Container,
    person_id: str,
    *,
    name: str | None,
    user_data: str | None,
) -> None:
    with em.store.transaction():
        em.ensure_idle(kind, container)
        em.store.update_person(container.cid, person_id, name=name, user_data=user_data)


def delete_person(em: Emulator, kind: Kind, container: Container, person_id: str) -> None:
    with em.store.transaction():
        em.ensure_idle(kind, container)
        em.store.delete_person(container.cid, person_id)


def add_face(
    em: Emulator, kind: Kind, container: Container, face: NewFace, *, person_id: str | None
) -> str:
    """Store the one face of the image (see :mod:`.enrollment`) for the person
    ``person_id``, or in a face list (None); its persistedFaceId."""

    def still_there() -> int:
        em.ensure_idle(kind, container)
        if person_id is None:
            if em.store.container_by_cid(container.cid) is None:
                raise kind.not_found()
        elif em.store.person(container.cid, person_id) is None:
            raise person_not_found()
        return container.cid

    em.ensure_idle(kind, container)
    return enrollment.add_face(
        em,
        face,
        holder_cid=still_there,
        person_id=person_id or "",
        limit=kind.member_quota(em.quotas) if person_id is None else em.quotas.faces_per_person,
        holder=kind.label if person_id is None else "person",
    )


def delete_face(em: Emulator, kind: Kind, container: Container, face_id: str) -> None:
    with em.store.transaction():
        em.ensure_idle(kind, container)
        em.store.delete_face(container.cid, face_id)
