"""Reading, updating and deleting one persisted face, for persons and face lists alike.

Each handler takes first the function that finds the face named in the path (404 when it
is not there), so persons and lists differ only in how they find it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facekit.emulator.azure.backend import container_writes as writes
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.kinds import Kind
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import Container, Face
from facekit.emulator.wire import Reply

FindFace = Callable[[Emulator, Kind, Call], tuple[Container, Face]]


def face_json(face: Face) -> dict[str, Any]:
    return {"persistedFaceId": face.face_id, "userData": face.user_data}


def get(find: FindFace, kind: Kind, em: Emulator, call: Call) -> Reply:
    _, face = find(em, kind, call)
    return Reply.json(face_json(face))


def update(find: FindFace, kind: Kind, em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    user_data = check.optional_string(body, "userData", check.FACE_USER_DATA_MAX)
    container, face = find(em, kind, call)
    em.store.update_face(container.cid, face.face_id, user_data)
    return Reply.empty()


def delete(find: FindFace, kind: Kind, em: Emulator, call: Call) -> Reply:
    container, face = find(em, kind, call)
    writes.delete_face(em, kind, container, face.face_id)
    return Reply.empty()
