"""PersonDirectory routes (v1.1-preview.1 and v1.2-preview.1): persons, their faces per
recognition model, and ``GET /operations/{operationId}``.

Creating a person, deleting one and adding or deleting a face answer ``202`` with an
``operation-Location`` header (see :mod:`facekit.emulator.azure.backend.directory_state` for why the
operation has always succeeded already); creating a person or a face also names the new
resource in ``Location``. Faces are chosen from the image as add-face does for groups
(exactly one face, or one inside ``targetFace``); at most 248 per person and model. No
training is needed: identify reads the faces stored at that moment. Directory-wide
quotas (persons per tier) are not enforced.
"""

from __future__ import annotations

from typing import Any

from facekit.emulator.azure.backend import directory_state as directory
from facekit.emulator.azure.handlers import persisted_faces
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.containers import DEFAULT_TOP
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import SUCCEEDED, Person
from facekit.emulator.wire import (
    ApiError,
    Reply,
    bad_argument,
    not_found,
    optional_timestamp,
    timestamp,
)


def operation_location(em: Emulator, call: Call) -> dict[str, str]:
    """Record a finished operation; the ``operation-Location`` header pointing at it."""
    operation_id = directory.record_operation(em, call.account)
    return {"operation-Location": f"{call.base_url}/operations/{operation_id}"}


def face_not_found() -> ApiError:
    return not_found("PersistedFaceNotFound", "Persisted face is not found.")


def _path_person(em: Emulator, call: Call) -> Person:
    person_id = check.uuid_or(directory.person_not_found(), call.params["personId"])
    return directory.person(em, call.account, person_id)


def _path_model(call: Call) -> str:
    return check.recognition_model(call.params["recognitionModel"])


def person_json(person: Person) -> dict[str, Any]:
    return {"personId": person.person_id, "name": person.name, "userData": person.user_data}


def create_person(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    name = check.required_name(body)
    user_data = check.user_data(body)
    person_id = directory.create_person(em, call.account, name=name, user_data=user_data)
    headers = operation_location(em, call)
    headers["Location"] = f"{call.base_url}/persons/{person_id}"
    return Reply(status=202, body={"personId": person_id}, headers=headers)


def list_persons(em: Emulator, call: Call) -> Reply:
    start = check.query_start(call.query)
    if start and not check.is_uuid(start):
        raise bad_argument("'start' is not a valid personId.")
    top = check.query_top(call.query, DEFAULT_TOP)
    found = em.store.list_persons(directory.persons(em, call.account).cid, start.lower(), top)
    return Reply.json([person_json(p) for p in found])


def get_person(em: Emulator, call: Call) -> Reply:
    return Reply.json(person_json(_path_person(em, call)))


def update_person(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    name = check.optional_name(body)
    user_data = check.user_data(body)
    if not name and not user_data:
        raise bad_argument("Either 'name' or 'userData' must be given.")
    person = _path_person(em, call)
    em.store.update_person(
        directory.persons(em, call.account).cid, person.person_id, name=name, user_data=user_data
    )
    return Reply.empty()


def delete_person(em: Emulator, call: Call) -> Reply:
    person = _path_person(em, call)
    directory.delete_person(em, call.account, person.person_id)
    return Reply(status=202, headers=operation_location(em, call))


def group_references(em: Emulator, call: Call) -> Reply:
    start = check.query_start(call.query)
    top = check.query_top(call.query, DEFAULT_TOP) or DEFAULT_TOP
    person = _path_person(em, call)
    ids = [g for g in directory.groups_of(em, call.account, person.person_id) if g > start]
    return Reply.json({"dynamicPersonGroupIds": ids[:top]})


# -------------------------------------------------------------------- faces --


def add_face(em: Emulator, call: Call) -> Reply:
    face = check.new_face(call.query, call.image)
    model = _path_model(call)
    person = _path_person(em, call)
    face_id = directory.add_face(em, call.account, person.person_id, model, face)
    headers = operation_location(em, call)
    headers["Location"] = (
        f"{call.base_url}/persons/{person.person_id}/recognitionModels/{model}"
        f"/persistedfaces/{face_id}"
    )
    return Reply(status=202, body={"persistedFaceId": face_id}, headers=headers)


def list_faces(em: Emulator, call: Call) -> Reply:
    model = _path_model(call)
    person = _path_person(em, call)
    container = em.store.container(call.account, directory.FACES_KIND, model)
    face_ids: list[str] = []
    if container is not None:  # the model's faces hold person ids, not person rows
        face_ids = [
            face.face_id
            for face in em.store.list_faces_in_order(container.cid)
            if face.person_id == person.person_id
        ]
    return Reply.json({"personId": person.person_id, "persistedFaceIds": face_ids})


def _face(em: Emulator, call: Call) -> tuple[int, str]:
    model = _path_model(call)
    person = _path_person(em, call)
    face_id = check.uuid_or(face_not_found(), call.params["persistedFaceId"])
    container = em.store.container(call.account, directory.FACES_KIND, model)
    if container is None or em.store.face(container.cid, face_id, person.person_id) is None:
        raise face_not_found()
    return container.cid, face_id


def get_face(em: Emulator, call: Call) -> Reply:
    cid, face_id = _face(em, call)
    person_id = call.params["personId"].lower()
    face = em.store.face(cid, face_id, person_id)
    assert face is not None
    return Reply.json(persisted_faces.face_json(face))


def update_face(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    user_data = check.optional_string(body, "userData", check.FACE_USER_DATA_MAX)
    cid, face_id = _face(em, call)
    em.store.update_face(cid, face_id, user_data)
    return Reply.empty()


def delete_face(em: Emulator, call: Call) -> Reply:
    cid, face_id = _face(em, call)
    em.store.delete_face(cid, face_id)
    return Reply(status=202, headers=operation_location(em, call))


def operation_status(em: Emulator, call: Call) -> Reply:
    operation = directory.operation(em, call.account, call.params["operationId"])
    finished = operation.last_action if operation.status == SUCCEEDED else None
    return Reply.json(
        {
            "operationId": operation.operation_id,
            "status": operation.status,
            "createdTime": timestamp(operation.created),
            "lastActionTime": optional_timestamp(operation.last_action),
            "finishedTime": optional_timestamp(finished),
            "message": operation.message,
        }
    )
