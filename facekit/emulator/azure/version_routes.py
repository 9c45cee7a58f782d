"""The operations mounted under each ``/face/{version}`` (see :mod:`.api_versions`).

``v1.0`` serves :data:`~facekit.emulator.azure.routes.OPERATIONS` as they are. Newer
versions serve the same operations without the Snapshot API, with these handlers
wrapped or replaced:

* detect: ``emotion``, ``gender`` and ``makeup`` are unknown attribute names (``400
  BadArgument``, as for any unknown name); level strings use the v1.2 spellings;
* train (PersonGroup, LargePersonGroup, LargeFaceList): the 202 carries
  ``operation-Location``, the absolute URI of the container's ``…/training`` route;
* identify and verify: PersonDirectory scopes
  (:mod:`facekit.emulator.azure.handlers.directory_recognition`).

The previews add the PersonDirectory, DynamicPersonGroup and operation routes and their own
shape of the liveness-session routes (:mod:`.liveness_preview`); v1.2 adds its
liveness-session routes; v1.3-preview.1 serves everything v1.2 does plus the per-account
liveness settings and the client-assets token (:mod:`.settings`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import attrs

from facekit.azure.spellings import CANONICAL_SPELLINGS
from facekit.emulator.azure.api_versions import (
    PREVIEWS,
    REMOVED_ATTRIBUTES,
    V1_0,
    V1_2,
    V1_3_PREVIEW,
)
from facekit.emulator.azure.handlers import directory as pd
from facekit.emulator.azure.handlers import (
    directory_recognition,
    faces,
    liveness,
    liveness_preview,
    settings,
)
from facekit.emulator.azure.handlers import dynamic_groups as dpg
from facekit.emulator.azure.kinds import LFL, LPG, PG, Kind
from facekit.emulator.azure.routes import OPERATIONS, Handler, Operation
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.liveness_sessions import LIVENESS, VERIFY
from facekit.emulator.wire import Reply, bad_argument

SNAPSHOT_OPERATIONS = frozenset(
    {
        "takeSnapshot",
        "listSnapshots",
        "getSnapshot",
        "updateSnapshot",
        "deleteSnapshot",
        "applySnapshot",
        "getSnapshotOperationStatus",
    }
)

_LEVEL_FIELDS = ("blurLevel", "exposureLevel", "noiseLevel", "type")


def _spell(value: Any) -> Any:
    return CANONICAL_SPELLINGS.get(value.lower(), value) if isinstance(value, str) else value


def v1_2_spellings(face: dict[str, Any]) -> dict[str, Any]:
    """One detected face with its level strings in the v1.2 spelling (in place)."""
    attributes = face.get("faceAttributes")
    if not isinstance(attributes, dict):
        return face
    for name in ("glasses", "qualityForRecognition"):
        if name in attributes:
            attributes[name] = _spell(attributes[name])
    for part in ("blur", "exposure", "noise", "mask"):
        block = attributes.get(part)
        if isinstance(block, dict):
            for field in _LEVEL_FIELDS:
                if field in block:
                    block[field] = _spell(block[field])
    for item in attributes.get("accessories") or []:
        if isinstance(item, dict) and "type" in item:
            item["type"] = _spell(item["type"])
    return face


def detect(em: Emulator, call: Call) -> Reply:
    raw = call.query.get("returnFaceAttributes") or ""
    for name in raw.split(","):
        if name.strip().lower() in REMOVED_ATTRIBUTES:
            raise bad_argument(f"Invalid returnFaceAttributes value '{name.strip()}'.")
    reply = faces.detect(em, call)
    return attrs.evolve(reply, body=[v1_2_spellings(face) for face in reply.body])


def train(kind: Kind, handler: Handler, em: Emulator, call: Call) -> Reply:
    reply = handler(em, call)
    location = f"{call.base_url}/{kind.path}/{call.params[kind.id_field]}/training"
    return attrs.evolve(reply, headers={**reply.headers, "operation-Location": location})


def _train_path(kind: Kind) -> str:
    return f"/{kind.path}/{{{kind.id_field}}}/train"


def _newer(op: Operation) -> Operation:
    if op.operation_id == "detect":
        return attrs.evolve(op, handler=detect)
    if op.operation_id == "identify":
        return attrs.evolve(op, handler=directory_recognition.identify)
    if op.operation_id == "verify":
        return attrs.evolve(op, handler=directory_recognition.verify)
    for kind in (PG, LPG, LFL):
        if op.path == _train_path(kind):
            return attrs.evolve(op, handler=partial(train, kind, op.handler))
    return op


PERSON = "/persons/{personId}"
PERSON_FACES = f"{PERSON}/recognitionModels/{{recognitionModel}}/persistedfaces"
GROUP = "/dynamicpersongroups/{dynamicPersonGroupId}"

DIRECTORY_OPERATIONS: tuple[Operation, ...] = (
    Operation("createPerson", "POST", "/persons", pd.create_person),
    Operation("listPersons", "GET", "/persons", pd.list_persons),
    Operation("getPerson", "GET", PERSON, pd.get_person),
    Operation("updatePerson", "PATCH", PERSON, pd.update_person),
    Operation("deletePerson", "DELETE", PERSON, pd.delete_person),
    Operation(
        "getDynamicPersonGroupReferences",
        "GET",
        f"{PERSON}/dynamicPersonGroupReferences",
        pd.group_references,
    ),
    Operation("addPersonFace", "POST", PERSON_FACES, pd.add_face, image=True),
    Operation("listPersonFaces", "GET", PERSON_FACES, pd.list_faces),
    Operation("getPersonFace", "GET", f"{PERSON_FACES}/{{persistedFaceId}}", pd.get_face),
    Operation("updatePersonFace", "PATCH", f"{PERSON_FACES}/{{persistedFaceId}}", pd.update_face),
    Operation("deletePersonFace", "DELETE", f"{PERSON_FACES}/{{persistedFaceId}}", pd.delete_face),
    Operation("listDynamicPersonGroups", "GET", "/dynamicpersongroups", dpg.list_all),
    Operation("createDynamicPersonGroup", "PUT", GROUP, dpg.create),
    Operation("getDynamicPersonGroup", "GET", GROUP, dpg.get),
    Operation("updateDynamicPersonGroup", "PATCH", GROUP, dpg.update),
    Operation("deleteDynamicPersonGroup", "DELETE", GROUP, dpg.delete),
    Operation("listDynamicPersonGroupPersons", "GET", f"{GROUP}/persons", dpg.list_persons),
    Operation("getOperationResult", "GET", "/operations/{operationId}", pd.operation_status),
)

SESSION = "/detectLiveness-sessions"
VERIFY_SESSION = "/detectLivenessWithVerify-sessions"

LIVENESS_OPERATIONS: tuple[Operation, ...] = (
    Operation("createLivenessSession", "POST", SESSION, liveness.create),
    Operation(
        "getLivenessSessionResult",
        "GET",
        f"{SESSION}/{{sessionId}}",
        partial(liveness.get, LIVENESS),
    ),
    Operation(
        "deleteLivenessSession",
        "DELETE",
        f"{SESSION}/{{sessionId}}",
        partial(liveness.delete, LIVENESS),
    ),
    Operation(
        "createLivenessWithVerifySession", "POST", VERIFY_SESSION, liveness.create_with_verify
    ),
    Operation(
        "getLivenessWithVerifySessionResult",
        "GET",
        f"{VERIFY_SESSION}/{{sessionId}}",
        partial(liveness.get, VERIFY),
    ),
    Operation(
        "deleteLivenessWithVerifySession",
        "DELETE",
        f"{VERIFY_SESSION}/{{sessionId}}",
        partial(liveness.delete, VERIFY),
    ),
    Operation("getSessionImage", "GET", "/sessionImages/{sessionImageId}", liveness.session_image),
    # The emulator's own: a test completes a session with a photo (no device needed).
    Operation(
        "completeLivenessSession",
        "POST",
        f"/_facekit{SESSION}/{{sessionId}}/attempts",
        partial(liveness.complete, LIVENESS),
        image=True,
    ),
    Operation(
        "completeLivenessWithVerifySession",
        "POST",
        f"/_facekit{VERIFY_SESSION}/{{sessionId}}/attempts",
        partial(liveness.complete, VERIFY),
        image=True,
    ),
)


SETTINGS_OPERATIONS: tuple[Operation, ...] = (
    Operation("getSettings", "GET", "/settings", settings.get_settings),
    Operation("patchSettings", "PATCH", "/settings", settings.patch_settings),
    Operation(
        "getClientAssetsAccessToken",
        "GET",
        "/settings/getClientAssetsAccessToken",
        settings.client_assets_token,
    ),
)


def operations_for(version: str) -> tuple[Operation, ...]:
    """Every operation served under ``/face/{version}``."""
    if version == V1_0:
        return OPERATIONS
    shared = tuple(_newer(op) for op in OPERATIONS if op.operation_id not in SNAPSHOT_OPERATIONS)
    if version in PREVIEWS:
        return shared + DIRECTORY_OPERATIONS + liveness_preview.operations(version)
    if version == V1_2:
        return shared + LIVENESS_OPERATIONS
    if version == V1_3_PREVIEW:
        return shared + LIVENESS_OPERATIONS + SETTINGS_OPERATIONS
    raise ValueError(f"unknown API version {version!r}")
