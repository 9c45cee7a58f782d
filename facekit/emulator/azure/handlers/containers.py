"""Create, read, update, delete, list and train the four container kinds.

The same handlers serve PersonGroups, LargePersonGroups, FaceLists and LargeFaceLists;
the :class:`~facekit.emulator.azure.kinds.Kind` passed first supplies names and error codes.
"""

from __future__ import annotations

from typing import Any

from facekit.emulator.azure.backend import container_writes as writes
from facekit.emulator.azure.handlers import persisted_faces
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.kinds import FL, LFL, LPG, Kind
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import Container
from facekit.emulator.wire import Reply, bad_argument, optional_timestamp, timestamp

DEFAULT_TOP = 1000


def path_container(em: Emulator, kind: Kind, call: Call) -> Container:
    """The container named in the path (404 for a malformed or unknown id)."""
    container_id = check.container_id_or(kind.not_found(), call.params[kind.id_field])
    return em.container(call.account, kind, container_id)


def container_json(kind: Kind, container: Container, *, with_model: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        kind.id_field: container.container_id,
        "name": container.name,
        "userData": container.user_data,
    }
    if with_model:
        body["recognitionModel"] = container.recognition_model
    return body


def create(kind: Kind, em: Emulator, call: Call) -> Reply:
    container_id = call.params[kind.id_field]
    if not check.is_container_id(container_id):
        raise bad_argument(
            f"Invalid {kind.id_field}: use 1 to 64 of lower-case letters, digits, '-' and '_'."
        )
    body = check.json_object(call.body)
    name = check.required_name(body)
    user_data = check.user_data(body)
    model = check.recognition_model(body.get("recognitionModel"))
    writes.create_container(
        em,
        call.account,
        kind,
        container_id,
        name=name,
        user_data=user_data,
        recognition_model=model,
    )
    return Reply.empty()


def get(kind: Kind, em: Emulator, call: Call) -> Reply:
    with_model = check.query_bool(call.query, "returnRecognitionModel", False)
    container = path_container(em, kind, call)
    body = container_json(kind, container, with_model=with_model)
    if kind is FL:
        body["persistedFaces"] = [
            persisted_faces.face_json(face) for face in em.store.list_faces_in_order(container.cid)
        ]
    return Reply.json(body)


def update(kind: Kind, em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    name = check.optional_name(body)
    user_data = check.user_data(body)
    if kind in (LPG, LFL) and not name and not user_data:
        raise bad_argument("Either 'name' or 'userData' must be given.")
    container = path_container(em, kind, call)
    writes.update_container(em, kind, container, name=name, user_data=user_data)
    return Reply.empty()


def delete(kind: Kind, em: Emulator, call: Call) -> Reply:
    container = path_container(em, kind, call)
    writes.delete_container(em, kind, container)
    return Reply.empty()


def list_all(kind: Kind, em: Emulator, call: Call) -> Reply:
    with_model = check.query_bool(call.query, "returnRecognitionModel", False)
    if kind is FL:
        start, top = "", None
    else:
        start = check.query_start(call.query)
        top = check.query_top(call.query, DEFAULT_TOP)
    containers = em.store.list_containers(call.account, kind.key, start, top)
    return Reply.json([container_json(kind, c, with_model=with_model) for c in containers])


def train(kind: Kind, em: Emulator, call: Call) -> Reply:
    container = path_container(em, kind, call)
    writes.train(em, kind, container)
    return Reply.empty(202)


def training_status(kind: Kind, em: Emulator, call: Call) -> Reply:
    container = path_container(em, kind, call)
    training = em.store.training(container.cid)
    if training is None:
        raise kind.not_trained(404)
    return Reply.json(
        {
            "status": training.status,
            "createdDateTime": timestamp(training.created),
            "lastActionDateTime": optional_timestamp(training.last_action),
            "lastSuccessfulTrainingDateTime": optional_timestamp(training.last_success),
            "message": training.message,
        }
    )
