"""Persons of PersonGroups and LargePersonGroups, and their persisted faces."""

from __future__ import annotations

from functools import partial
from typing import Any

from facekit.emulator.azure.backend import container_writes as writes
from facekit.emulator.azure.handlers import persisted_faces
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.containers import DEFAULT_TOP, path_container
from facekit.emulator.azure.kinds import Kind, face_not_found, person_not_found
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import Container, Face, Person
from facekit.emulator.wire import Reply


def _person(em: Emulator, kind: Kind, call: Call) -> tuple[Container, Person]:
    container_id = check.container_id_or(kind.not_found(), call.params[kind.id_field])
    person_id = check.uuid_or(person_not_found(), call.params["personId"])
    container = em.container(call.account, kind, container_id)
    person = em.store.person(container.cid, person_id)
    if person is None:
        raise person_not_found()
    return container, person


def person_json(person: Person) -> dict[str, Any]:
    # Member order as the service writes it (recorded sessions, official examples).
    return {
        "personId": person.person_id,
        "persistedFaceIds": list(person.face_ids),
        "name": person.name,
        "userData": person.user_data,
    }


def create(kind: Kind, em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    name = check.optional_name(body)
    user_data = check.user_data(body)
    container = path_container(em, kind, call)
    person_id = writes.create_person(em, kind, container, name=name, user_data=user_data)
    return Reply.json({"personId": person_id})


def get(kind: Kind, em: Emulator, call: Call) -> Reply:
    _, person = _person(em, kind, call)
    return Reply.json(person_json(person))


def list_all(kind: Kind, em: Emulator, call: Call) -> Reply:
    start = check.query_start(call.query).lower()
    top = check.query_top(call.query, DEFAULT_TOP)
    container = path_container(em, kind, call)
    return Reply.json([person_json(p) for p in em.store.list_persons(container.cid, start, top)])


def update(kind: Kind, em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    name = check.optional_name(body)
    user_data = check.user_data(body)
    container, person = _person(em, kind, call)
    writes.update_person(em, kind, container, person.person_id, name=name, user_data=user_data)
    return Reply.empty()


def delete(kind: Kind, em: Emulator, call: Call) -> Reply:
    container, person = _person(em, kind, call)
    writes.delete_person(em, kind, container, person.person_id)
    return Reply.empty()


def add_face(kind: Kind, em: Emulator, call: Call) -> Reply:
    face = check.new_face(call.query, call.image)
    container, person = _person(em, kind, call)
    face_id = writes.add_face(em, kind, container, face, person_id=person.person_id)
    return Reply.json({"persistedFaceId": face_id})


def _face(em: Emulator, kind: Kind, call: Call) -> tuple[Container, Face]:
    face_id = check.uuid_or(face_not_found(), call.params["persistedFaceId"])
    container, person = _person(em, kind, call)
    face = em.store.face(container.cid, face_id, person.person_id)
    if face is None:
        raise face_not_found()
    return container, face


get_face = partial(persisted_faces.get, _face)
update_face = partial(persisted_faces.update, _face)
delete_face = partial(persisted_faces.delete, _face)
