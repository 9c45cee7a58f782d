"""Liveness sessions (final v1.2 routes): create, read and delete.

``POST /detectLiveness-sessions`` takes JSON; ``POST /detectLivenessWithVerify-sessions``
takes ``multipart/form-data`` whose ``verifyImage`` part (it must carry a filename) holds
the reference photo: the emulator detects its one face with the same engine as detect,
keeps the face's rectangle, quality and embedding (never the image) and reports it as
``results.verifyReferences``. Both answer the new session with its ``authToken`` and
status ``NotStarted``.

No device runs Microsoft's Vision SDK against the emulator, so tests complete a session
with a photo instead, through a route of the emulator's own (not part of Azure's API)::

    POST /face/v1.2/_facekit/detectLiveness-sessions/{sessionId}/attempts
    POST /face/v1.2/_facekit/detectLivenessWithVerify-sessions/{sessionId}/attempts

with the resource key and the photo as the body (raw bytes, or ``{"url": ...}`` on a
loopback host). The photo's largest face becomes a succeeded attempt (``livenessDecision``
``realface``, the face's rectangle as ``targets.color``, the image's SHA-256 as
``digest``; with-verify sessions add ``verifyResult`` from the reference face, and
``verifyImageHash`` when asked for), the session's status becomes ``Succeeded``, and,
when the session was created with ``enableSessionImage: true``, the photo is kept as a
session image (``result.sessionImageId``) that ``GET /sessionImages/{id}`` returns and
``POST /detect`` with ``{"sessionImageId": ...}`` detects on. A photo without a face is a
``Failed`` attempt with error ``FaceNotDetected``. The answer is the session, as its GET
returns it. Attempts are listed newest first, as the service lists them. Sessions and
their images expire after 48 hours (``404 SessionNotFound``, ``404
SessionImageNotFound``).

v1.3-preview.1 takes and reports more (:mod:`.liveness_v1_3`): attempt counts, user
correlation ids, the expected client address, the abuse-monitoring state and each
attempt's client.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import time
from collections.abc import Mapping
from typing import Any

from facekit.emulator.azure.backend import liveness as backend
from facekit.emulator.azure.handlers import liveness_v1_3 as v1_3
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.multipart import MultipartError, Part, parse_form
from facekit.emulator.azure.handlers.validation import invalid_request_body as invalid_body
from facekit.emulator.engine.calibration import SAME_PERSON_CONFIDENCE
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.liveness_sessions import LIVENESS, VERIFY, Session
from facekit.emulator.wire import ApiError, Reply, timestamp

MODES = ("Passive", "PassiveActive")
DEFAULT_MODEL_VERSION = "2024-11-15"
TTL_MIN, TTL_MAX, TTL_DEFAULT = 60, 86_400, 600
DEVICE_ID_MAX = 64
NOT_STARTED = "NotStarted"
SUCCEEDED = "Succeeded"
VERIFY_IMAGE_HASH = "verifyImageHash"  # kept with the settings, never answered as one
FAILED = "Failed"
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


def session_not_found() -> ApiError:
    return ApiError(404, "SessionNotFound", "Session is not found or has expired.")


def flag(fields: Mapping[str, Any], name: str) -> bool:
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
    in_client = flag(fields, "deviceCorrelationIdSetInClient")
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
        "enableSessionImage": flag(fields, "enableSessionImage"),
        "livenessModelVersion": model,
        "deviceCorrelationId": device,
        "authTokenTimeToLiveInSeconds": ttl,
    }
    if verify:
        settings["returnVerifyImageHash"] = flag(fields, "returnVerifyImageHash")
        threshold = fields.get("verifyConfidenceThreshold")
        if threshold is not None and (
            isinstance(threshold, bool)
            or not isinstance(threshold, int | float)
            or not 0.0 <= float(threshold) <= 1.0
        ):
            raise invalid_body("'verifyConfidenceThreshold' must lie between 0 and 1.")
        settings["verifyConfidenceThreshold"] = threshold
    return settings


def session_json(session: Session, version: str) -> dict[str, Any]:
    """The session as ``version`` answers it."""
    attempts = []
    for attempt in session.attempts:
        member = "result" if attempt.status == SUCCEEDED else "error"
        attempts.append(
            {
                "attemptId": attempt.attempt_id,
                "attemptStatus": attempt.status,
                member: attempt.body,
                **v1_3.attempt_members(session, attempt, version),
            }
        )
    results: dict[str, Any] = {"attempts": attempts}
    if session.reference is not None:
        results["verifyReferences"] = [session.reference]
    succeeded = any(attempt.status == SUCCEEDED for attempt in session.attempts)
    return {
        "sessionId": session.session_id,
        "authToken": session.auth_token,
        "status": SUCCEEDED if succeeded else NOT_STARTED,
        "modelVersion": session.model_version,
        **v1_3.session_members(session, version),
        "results": results,
    }


# ----------------------------------------------------------------- liveness --


def create(em: Emulator, call: Call) -> Reply:
    try:
        body = check.json_object(call.body)
    except ApiError as error:
        raise invalid_body(error.message) from None
    known = (*SETTINGS, *v1_3.create_members(call.version, form=False))
    unknown = sorted(set(body) - set(known))
    if unknown:
        raise invalid_body(f"Unknown member(s) {', '.join(unknown)}.")
    settings = settings_of(body, verify=False)
    settings.update(v1_3.added_settings(em, call.account, call.version, body, form=False))
    session = backend.new_session(em, LIVENESS, settings, None)
    em.liveness.create(call.account, session)
    return Reply.json(session_json(session, call.version))


def session_of(em: Emulator, call: Call, kind: str) -> Session:
    session_id = check.uuid_or(session_not_found(), call.params["sessionId"])
    session = em.liveness.get(call.account, kind, session_id, em.clock())
    if session is None:
        raise session_not_found()
    return session


def get(kind: str, em: Emulator, call: Call) -> Reply:
    return Reply.json(session_json(session_of(em, call, kind), call.version))


def delete(kind: str, em: Emulator, call: Call) -> Reply:
    session_id = check.uuid_or(session_not_found(), call.params["sessionId"])
    if not em.liveness.delete(call.account, kind, session_id, em.clock()):
        raise session_not_found()
    return Reply.empty(204)


# ------------------------------------------------------ liveness with verify --


def _form_value(part: Part) -> Any:
    text = part.text().strip()
    if part.name in v1_3.FORM_MEMBERS:
        return v1_3.form_value(part.name, text)
    if part.name in BOOLEANS:
        lowered = text.lower()
        if lowered not in ("true", "false"):
            raise invalid_body(f"'{part.name}' must be true or false.")
        return lowered == "true"
    if part.name == "authTokenTimeToLiveInSeconds":
        if not check.INTEGER.match(text):
            raise ApiError(
                400, "InvalidTokenLifetime", "'authTokenTimeToLiveInSeconds' must be an integer."
            )
        return int(text)
    if part.name == "verifyConfidenceThreshold":
        try:
            value = float(text)
        except ValueError:
            raise invalid_body("'verifyConfidenceThreshold' must be a number.") from None
        if not math.isfinite(value):
            raise invalid_body("'verifyConfidenceThreshold' must be a finite number.")
        return value
    return text


def _form(call: Call) -> tuple[dict[str, Any], Part]:
    try:
        parts = parse_form(call.content_type, call.body)
    except MultipartError as exc:
        raise invalid_body(f"The body must be multipart/form-data: {exc}.") from None
    fields: dict[str, Any] = {}
    image: Part | None = None
    added = v1_3.create_members(call.version, form=True)
    for part in parts:
        if part.name in fields or (part.name == "verifyImage" and image is not None):
            raise invalid_body(f"Form field '{part.name}' is given twice.")
        if part.name == "verifyImage":
            image = part
        elif part.name in SETTINGS or part.name in VERIFY_SETTINGS or part.name in added:
            fields[part.name] = _form_value(part)
        else:
            raise invalid_body(f"Unknown form field '{part.name}'.")
    if image is None:
        raise invalid_body("The 'verifyImage' part is missing.")
    if not image.filename:
        raise invalid_body("The 'verifyImage' part must carry a filename.")
    return fields, image


def image_hash(image: bytes) -> str:
    """The verify image's SHA-256, as ``verifyImageHash`` reports it."""
    return hashlib.sha256(image).hexdigest().upper()


def reference_face(
    em: Emulator, image: bytes, *, part: str = "verifyImage"
) -> tuple[dict[str, Any], Any]:
    """The one face of a verify image: its ``verifyReferences`` entry and embedding."""
    face, embedding = backend.reference_face(em, image, part=part)
    reference = {
        "referenceType": "Color",
        "faceRectangle": _rectangle(face),
        "qualityForRecognition": face.quality or "low",
    }
    return reference, embedding


def create_with_verify(em: Emulator, call: Call) -> Reply:
    fields, image = _form(call)
    settings = settings_of(fields, verify=True)
    settings.update(v1_3.added_settings(em, call.account, call.version, fields, form=True))
    reference, embedding = reference_face(em, image.data)
    settings[VERIFY_IMAGE_HASH] = image_hash(image.data)
    session = backend.new_session(em, VERIFY, settings, reference)
    em.liveness.create(call.account, session, embedding=embedding)
    return Reply.json(session_json(session, call.version))


# ------------------------------------------- completing a session (emulator) --


def _rectangle(face: Any) -> dict[str, int]:
    rect = face.rectangle
    return {
        "top": int(rect.top),
        "left": int(rect.left),
        "width": int(rect.width),
        "height": int(rect.height),
    }


def _audit(em: Emulator, call: Call, kind: str, started: float) -> dict[str, Any]:
    """What an attempt's request was: the previews' audit entries report it, v1.3-preview.1
    its client's address."""
    path = "detectLivenessWithVerify-sessions" if kind == VERIFY else "detectLiveness-sessions"
    assert call.image is not None
    return {
        "receivedDateTime": timestamp(em.clock()),
        "requestId": em.ids.new(),
        "clientRequestId": em.ids.new(),
        "url": f"/face/{call.version}/_facekit/{path}/{call.params['sessionId']}/attempts",
        "method": "POST",
        "contentLength": len(call.image),
        "contentType": call.content_type or "application/octet-stream",
        "latencyInMilliseconds": max(1, round((time.perf_counter() - started) * 1000)),
        "digest": hashlib.sha256(call.image).hexdigest().upper(),
        "clientIp": call.client_ip,
    }


def complete(kind: str, em: Emulator, call: Call) -> Reply:
    """The emulator's stand-in for a device's check: one attempt made with a photo."""
    started = time.perf_counter()
    session = session_of(em, call, kind)
    assert call.image is not None
    face = backend.attempt_face(em, call.image, embed=kind == VERIFY)
    if face is None:
        body: dict[str, Any] = {
            "code": "FaceNotDetected",
            "message": "No face is detected in the image.",
            "targets": {"color": {"faceRectangle": {"top": 0, "left": 0, "width": 0, "height": 0}}},
        }
        em.liveness.add_attempt(
            session, call.account, FAILED, body, audit=_audit(em, call, kind, started)
        )
        return Reply.json(session_json(session_of(em, call, kind), call.version))
    result: dict[str, Any] = {
        "livenessDecision": "realface",
        "targets": {"color": {"faceRectangle": _rectangle(face)}},
        "digest": hashlib.sha256(call.image).hexdigest().upper(),
        "clientIp": call.client_ip,
    }
    image = None
    if session.settings.get("enableSessionImage"):
        image_id = secrets.token_urlsafe(33)
        result["sessionImageId"] = image_id
        image = (image_id, call.image)
    match = backend.verify_match(em, session, face) if kind == VERIFY else None
    if match is not None:
        threshold = session.settings.get("verifyConfidenceThreshold")
        limit = SAME_PERSON_CONFIDENCE if threshold is None else float(threshold)
        result["verifyResult"] = {"matchConfidence": round(match, 5), "isIdentical": match >= limit}
        digest = session.settings.get(VERIFY_IMAGE_HASH)
        if session.settings.get("returnVerifyImageHash") and isinstance(digest, str):
            result["verifyImageHash"] = digest
    em.liveness.add_attempt(
        session, call.account, SUCCEEDED, result, image, audit=_audit(em, call, kind, started)
    )
    return Reply.json(session_json(session_of(em, call, kind), call.version))


def session_image(em: Emulator, call: Call) -> Reply:
    """``GET /sessionImages/{sessionImageId}``: the captured image's bytes."""
    data = backend.session_image(em, call.account, call.params["sessionImageId"])
    return Reply(status=200, body=data, headers={"content-type": "application/octet-stream"})
