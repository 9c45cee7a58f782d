"""Faces of FaceLists and LargeFaceLists."""

from __future__ import annotations

from functools import partial

from facekit.emulator.azure.backend import container_writes as writes
from facekit.emulator.azure.handlers import persisted_faces
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.containers import DEFAULT_TOP, path_container
from facekit.emulator.azure.kinds import Kind, face_not_found
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import Container, Face
from facekit.emulator.wire import Reply


def add_face(kind: Kind, em: Emulator, call: Call) -> Reply:
    face = check.new_face(call.query, call.image)
    container = path_container(em, kind, call)
    face_id = writes.add_face(em, kind, container, face, person_id=None)
    return Reply.json({"persistedFaceId": face_id})


def _face(em: Emulator, kind: Kind, call: Call) -> tuple[Container, Face]:
    face_id = check.uuid_or(face_not_found(), call.params["persistedFaceId"])
    container = path_container(em, kind, call)
    face = em.store.face(container.cid, face_id)
    if face is None:
        raise face_not_found()
    return container, face


get_face = partial(persisted_faces.get, _face)
update_face = partial(persisted_faces.update, _face)
delete_face = partial(persisted_faces.delete, _face)


def list_faces(kind: Kind, em: Emulator, call: Call) -> Reply:
    start = check.query_start(call.query).lower()
    top = check.query_top(call.query, DEFAULT_TOP)
    container = path_container(em, kind, call)
    faces = em.store.list_faces(container.cid, start, top)
    return Reply.json([persisted_faces.face_json(face) for face in faces])
