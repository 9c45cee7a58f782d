"""Liveness sessions (final v1.2 routes): create, read and delete.

``POST /detectLiveness-sessions`` takes JSON; ``POST /detectLivenessWithVerify-sessions``
takes ``multipart/form-data`` whose ``verifyImage`` part (it must carry a filename) holds
the reference photo: the emulator detects its one face with the same engine as detect,
keeps the face's rectangle, quality and embedding (never the image) and reports it as
``results.verifyReferences``. Both answer the new session with its ``authToken`` and
status ``NotStarted``.

No device ever runs a check against the emulator (that needs Microsoft's Vision SDK on
a phone or browser), so a session never leaves ``NotStarted`` and its
``results.attempts`` stays empty; the session-image route has nothing to serve and is
not mounted. Sessions expire after 48 hours (``404 SessionNotFound``).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

import numpy as np

from facekit.emulator.azure import validation as check
from facekit.emulator.azure.multipart import MultipartError, Part, parse_form
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.liveness_sessions import LIVENESS, VERIFY, Session
from facekit.emulator.wire import ApiError, Reply

MODES = ("Passive", "PassiveActive")
DEFAULT_MODEL_VERSION = "2024-11-15"
TTL_MIN, TTL_MAX, TTL_DEFAULT = 60, 86_400, 600
DEVICE_ID_MAX = 64
NOT_STARTED = "NotStarted"
SETTINGS = (
    "livenessOperationMode",
    "deviceCorrelationIdSetInClient",
    "enableSessionImage",
    "livenessModelVersion",
    "deviceCorrelationId",
    "authTokenTimeToLiveInSeconds",
)
VERIFY_SETTINGS = ("returnVerifyImageHash", "verifyConfidenceThreshold")
BOOLEANS = frozenset(
    {"deviceCorrelationIdSetInClient", "enableSessionImage", "returnVerifyImageHash"}
)


def invalid_body(message: str) -> ApiError:
    return ApiError(400, "InvalidRequestBody", message)


def session_not_found() -> ApiError:
    return ApiError(404, "SessionNotFound", "Session is not found or has expired.")


def _flag(fields: Mapping[str, Any], name: str) -> bool:
    value = fields.get(name, False)
    if not isinstance(value, bool):
        raise invalid_body(f"'{name}' must be true or false.")
    return value


def settings_of(fields: Mapping[str, Any], *, verify: bool) -> dict[str, Any]:
    """The creation options, checked in the order the service reports mistakes."""
    mode = fields.get("livenessOperationMode")
    if mode not in MODES:
        raise ApiError(
            400,
            "InvalidLivenessOperationMode",
            f"'livenessOperationMode' must be one of {', '.join(MODES)}.",
        )
    in_client = _flag(fields, "deviceCorrelationIdSetInClient")
    device = fields.get("deviceCorrelationId")
    if in_client:
        if device is not None:
            raise invalid_body(
                "'deviceCorrelationId' must be left out when deviceCorrelationIdSetInClient "
                "is true."
            )
    elif not isinstance(device, str) or not device or len(device) > DEVICE_ID_MAX:
        raise ApiError(
            400,
            "InvalidDeviceCorrelationId",
            f"'deviceCorrelationId' is required and holds 1 to {DEVICE_ID_MAX} characters.",
        )
    ttl = fields.get("authTokenTimeToLiveInSeconds", TTL_DEFAULT)
    if isinstance(ttl, bool) or not isinstance(ttl, int) or not TTL_MIN <= ttl <= TTL_MAX:
        raise ApiError(
            400,
            "InvalidTokenLifetime",
            f"'authTokenTimeToLiveInSeconds' must lie between {TTL_MIN} and {TTL_MAX}.",
        )
    model = fields.get("livenessModelVersion", DEFAULT_MODEL_VERSION)
    if not isinstance(model, str) or not model:
        raise invalid_body("'livenessModelVersion' must be a non-empty string.")
    settings: dict[str, Any] = {
        "livenessOperationMode": mode,
        "deviceCorrelationIdSetInClient": in_client,
        "enableSessionImage": _flag(fields, "enableSessionImage"),
        "livenessModelVersion": model,
        "deviceCorrelationId": device,
        "authTokenTimeToLiveInSeconds": ttl,
    }
    if verify:
        settings["returnVerifyImageHash"] = _flag(fields, "returnVerifyImageHash")
        threshold = fields.get("verifyConfidenceThreshold")
        if threshold is not None and (
            isinstance(threshold, bool)
            or not isinstance(threshold, int | float)
            or not 0.0 <= float(threshold) <= 1.0
        ):
            raise invalid_body("'verifyConfidenceThreshold' must lie between 0 and 1.")
        settings["verifyConfidenceThreshold"] = threshold
    return settings


def _new_session(em: Emulator, kind: str, settings: dict[str, Any], reference: Any) -> Session:
    return Session(
        session_id=em.ids.new(),
        kind=kind,
        auth_token=secrets.token_urlsafe(48),
        model_version=settings["livenessModelVersion"],
        created=em.clock(),
        settings=settings,
        reference=reference,
    )


def session_json(session: Session) -> dict[str, Any]:
    results: dict[str, Any] = {"attempts": []}
    if session.reference is not None:
        results["verifyReferences"] = [session.reference]
    return {
        "sessionId": session.session_id,
        "authToken": session.auth_token,
        "status": NOT_STARTED,
        "modelVersion": session.model_version,
        "results": results,
    }


# ----------------------------------------------------------------- liveness --


def create(em: Emulator, call: Call) -> Reply:
    try:
        body = check.json_object(call.body)
    except ApiError as error:
        raise invalid_body(error.message) from None
    unknown = sorted(set(body) - set(SETTINGS))
    if unknown:
        raise invalid_body(f"Unknown member(s) {', '.join(unknown)}.")
    session = _new_session(em, LIVENESS, settings_of(body, verify=False), None)
    em.liveness.create(call.account, session)
    return Reply.json(session_json(session))


def _session(em: Emulator, call: Call, kind: str) -> Session:
    session_id = check.uuid_or(session_not_found(), call.params["sessionId"])
    session = em.liveness.get(call.account, kind, session_id, em.clock())
    if session is None:
        raise session_not_found()
    return session


def get(kind: str, em: Emulator, call: Call) -> Reply:
    return Reply.json(session_json(_session(em, call, kind)))


def delete(kind: str, em: Emulator, call: Call) -> Reply:
    session_id = check.uuid_or(session_not_found(), call.params["sessionId"])
    if not em.liveness.delete(call.account, kind, session_id, em.clock()):
        raise session_not_found()
    return Reply.empty(204)


# ------------------------------------------------------ liveness with verify --


def _form_value(part: Part) -> Any:
    text = part.text().strip()
    if part.name in BOOLEANS:
        lowered = text.lower()
        if lowered not in ("true", "false"):
            raise invalid_body(f"'{part.name}' must be true or false.")
        return lowered == "true"
    if part.name == "authTokenTimeToLiveInSeconds":
        try:
            return int(text)
        except ValueError:
            raise ApiError(
                400, "InvalidTokenLifetime", "'authTokenTimeToLiveInSeconds' must be an integer."
            ) from None
    if part.name == "verifyConfidenceThreshold":
        try:
            return float(text)
        except ValueError:
            raise invalid_body("'verifyConfidenceThreshold' must be a number.") from None
    return text


def _form(call: Call) -> tuple[dict[str, Any], Part]:
    try:
        parts = parse_form(call.content_type, call.body)
    except MultipartError as exc:
        raise invalid_body(f"The body must be multipart/form-data: {exc}.") from None
    fields: dict[str, Any] = {}
    image: Part | None = None
    for part in parts:
        if part.name in fields or (part.name == "verifyImage" and image is not None):
            raise invalid_body(f"Form field '{part.name}' is given twice.")
        if part.name == "verifyImage":
            image = part
        elif part.name in SETTINGS or part.name in VERIFY_SETTINGS:
            fields[part.name] = _form_value(part)
        else:
            raise invalid_body(f"Unknown form field '{part.name}'.")
    if image is None:
        raise invalid_body("The 'verifyImage' part is missing.")
    if not image.filename:
        raise invalid_body("The 'verifyImage' part must carry a filename.")
    return fields, image


def _reference(em: Emulator, image: bytes) -> tuple[dict[str, Any], Any]:
    found = em.detector.detect(
        image, detection_model="detection_01", attributes=("qualityForRecognition",)
    )
    faces = [face for face in found.faces if face.embedding is not None]
    if not faces:
        raise ApiError(400, "InvalidImage", "There is no face in 'verifyImage'.")
    if len(faces) > 1:
        raise ApiError(400, "InvalidImage", "There is more than one face in 'verifyImage'.")
    face = faces[0]
    rect = face.rectangle
    reference = {
        "referenceType": "Color",
        "faceRectangle": {
            "top": int(rect.top),
            "left": int(rect.left),
            "width": int(rect.width),
            "height": int(rect.height),
        },
        "qualityForRecognition": face.quality or "low",
    }
    return reference, np.asarray(face.embedding, dtype=np.float32)


def create_with_verify(em: Emulator, call: Call) -> Reply:
    fields, image = _form(call)
    settings = settings_of(fields, verify=True)
    reference, embedding = _reference(em, image.data)
    session = _new_session(em, VERIFY, settings, reference)
    em.liveness.create(call.account, session, embedding=embedding)
    return Reply.json(session_json(session))
