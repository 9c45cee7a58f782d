"""Liveness sessions on the preview versions' routes (v1.1-preview.1, v1.2-preview.1).

The previews shape the same sessions differently from v1.2 (:mod:`.liveness`), and
Microsoft's ``azure-ai-vision-face`` 1.0.0b2 speaks them::

    POST   /detectLiveness/singleModal/sessions                  create (JSON)
    GET    /detectLiveness/singleModal/sessions                  list (start, top)
    GET    /detectLiveness/singleModal/sessions/{id}             the session
    DELETE /detectLiveness/singleModal/sessions/{id}             200
    GET    /detectLiveness/singleModal/sessions/{id}/audit       audit entries (start, top)

and the same under ``/detectLivenessWithVerify/singleModal/sessions``, whose create takes
``multipart/form-data`` with a ``Parameters`` part (the JSON options) and a
``VerifyImage`` file part, or JSON alone (the verify image then comes from the device, so
the emulator's attempts carry no ``verifyResult``). Options per version, as the official
descriptions define them: ``livenessOperationMode`` (v1.1-preview.1: ``Passive`` only),
``sendResultsToClient``, ``deviceCorrelationIdSetInClient``, ``deviceCorrelationId``,
``authTokenTimeToLiveInSeconds``; v1.2-preview.1 adds ``enableSessionImage`` and
``livenessSingleModalModel``, and for with-verify ``returnVerifyImageHash`` and
``verifyConfidenceThreshold``. Unknown members are ``400 InvalidRequestBody``.

One store serves both shapes: a session made here is the v1.2 session of the same kind,
and the emulator's own attempts route (``/face/v1.2/_facekit/...-sessions/{id}/attempts``,
see :mod:`.liveness`) completes it. A session answers ``status`` ``NotStarted`` before any
attempt, ``Started`` after failed attempts only, ``ResultAvailable`` once one succeeded
(``result``: that attempt's audit entry). Sessions are listed by ascending id, audit
entries by ascending ``id`` (the attempt number); ``start`` lists those after it.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from facekit.emulator.azure.backend import liveness as backend
from facekit.emulator.azure.handlers import liveness
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.multipart import MultipartError, parse_form
from facekit.emulator.azure.routes import Operation
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.liveness_sessions import LIVENESS, VERIFY, Attempt, Session
from facekit.emulator.wire import ApiError, Reply, bad_argument, timestamp

V1_1_PREVIEW = "v1.1-preview.1"
V1_2_PREVIEW = "v1.2-preview.1"
COMMON = (
    "livenessOperationMode",
    "sendResultsToClient",
    "deviceCorrelationIdSetInClient",
    "deviceCorrelationId",
    "authTokenTimeToLiveInSeconds",
)
MEMBERS = {
    V1_1_PREVIEW: COMMON,
    V1_2_PREVIEW: (*COMMON, "enableSessionImage", "livenessSingleModalModel"),
}
VERIFY_MEMBERS = {V1_1_PREVIEW: (), V1_2_PREVIEW: liveness.VERIFY_SETTINGS}
MODES = {V1_1_PREVIEW: ("Passive",), V1_2_PREVIEW: liveness.MODES}
# The LivenessModel values of each description, oldest first (the newest is the default).
MODELS = {
    V1_1_PREVIEW: (
        "2020-02-15-preview.01",
        "2021-11-12-preview.03",
        "2022-10-15-preview.04",
        "2023-03-02-preview.05",
    ),
    V1_2_PREVIEW: ("2022-10-15-preview.04", "2023-12-20-preview.06"),
}
MAX_TOP = 1000
MAX_START = 64
NOT_STARTED, STARTED, RESULT_AVAILABLE = "NotStarted", "Started", "ResultAvailable"
PATHS = {LIVENESS: "/detectLiveness/singleModal/sessions",
         VERIFY: "/detectLivenessWithVerify/singleModal/sessions"}  # fmt: skip


def settings_of(fields: dict[str, Any], version: str, *, verify: bool) -> dict[str, Any]:
    """The creation options of ``version``, checked; stored like v1.2's settings."""
    allowed = set(MEMBERS[version]) | set(VERIFY_MEMBERS[version] if verify else ())
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise check.invalid_request_body(f"Unknown member(s) {', '.join(unknown)}.")
    if fields.get("livenessOperationMode") not in MODES[version]:
        raise ApiError(
            400,
            "InvalidLivenessOperationMode",
            f"'livenessOperationMode' must be one of {', '.join(MODES[version])}.",
        )
    model = fields.get("livenessSingleModalModel", MODELS[version][-1])
    if model not in MODELS[version]:
        raise check.invalid_request_body(
            f"'livenessSingleModalModel' must be one of {', '.join(MODELS[version])}."
        )
    translated = {k: v for k, v in fields.items() if k != "livenessSingleModalModel"}
    settings = liveness.settings_of({**translated, "livenessModelVersion": model}, verify=verify)
    settings["sendResultsToClient"] = liveness.flag(fields, "sendResultsToClient")
    return settings


def _json_fields(body: bytes) -> dict[str, Any]:
    try:
        return dict(check.json_object(body))
    except ApiError as error:
        raise check.invalid_request_body(error.message) from None


def create(em: Emulator, call: Call) -> Reply:
    settings = settings_of(_json_fields(call.body), call.version, verify=False)
    session = backend.new_session(em, LIVENESS, settings, None)
    em.liveness.create(call.account, session)
    return Reply.json({"sessionId": session.session_id, "authToken": session.auth_token})


def create_with_verify(em: Emulator, call: Call) -> Reply:
    """JSON options alone, or ``Parameters`` and ``VerifyImage`` as multipart/form-data."""
    media = call.content_type.split(";", 1)[0].strip().lower()
    if media != "multipart/form-data":
        settings = settings_of(_json_fields(call.body), call.version, verify=True)
        session = backend.new_session(em, VERIFY, settings, None)
        em.liveness.create(call.account, session)
        return Reply.json({"sessionId": session.session_id, "authToken": session.auth_token})
    try:
        parts = {part.name: part for part in parse_form(call.content_type, call.body)}
    except MultipartError as exc:
        raise check.invalid_request_body(f"The body must be multipart/form-data: {exc}.") from None
    if set(parts) != {"Parameters", "VerifyImage"}:
        raise check.invalid_request_body(
            "The form must hold exactly the parts 'Parameters' and 'VerifyImage'."
        )
    if not parts["VerifyImage"].filename:
        raise check.invalid_request_body("The 'VerifyImage' part must carry a filename.")
    settings = settings_of(_json_fields(parts["Parameters"].data), call.version, verify=True)
    image = parts["VerifyImage"].data
    reference, embedding = liveness.reference_face(em, image, part="VerifyImage")
    settings[liveness.VERIFY_IMAGE_HASH] = liveness.image_hash(image)
    session = backend.new_session(em, VERIFY, settings, reference)
    em.liveness.create(call.account, session, embedding=embedding)
    answer: dict[str, Any] = {"sessionId": session.session_id, "authToken": session.auth_token}
    if call.version == V1_2_PREVIEW:
        answer["verifyImage"] = verify_image(reference)
    return Reply.json(answer)


def verify_image(reference: dict[str, Any]) -> dict[str, Any]:
    return {
        "faceRectangle": reference["faceRectangle"],
        "qualityForRecognition": str(reference["qualityForRecognition"]).lower(),
    }


# ------------------------------------------------------------------ answers --


def audit_entry(session: Session, attempt: Attempt, version: str) -> dict[str, Any]:
    """One attempt as an audit entry of ``version``."""
    audit = attempt.audit or {}
    succeeded = attempt.status == liveness.SUCCEEDED
    if succeeded:
        result = attempt.body
        body: dict[str, Any] = {
            "livenessDecision": result["livenessDecision"],
            "target": {
                "faceRectangle": result["targets"]["color"]["faceRectangle"],
                "fileName": "content",
                "timeOffsetWithinFile": 0,
                "imageType": "Color",
            },
            "modelVersionUsed": session.model_version,
        }
        if "verifyResult" in result and session.reference is not None:
            body["verifyResult"] = {
                "verifyImage": verify_image(session.reference),
                **result["verifyResult"],
            }
    else:
        body = {"error": {"code": attempt.body["code"], "message": attempt.body["message"]}}
    entry: dict[str, Any] = {
        "id": attempt.attempt_id,
        "sessionId": session.session_id,
        "requestId": audit.get("requestId", ""),
        "clientRequestId": audit.get("clientRequestId", ""),
        "receivedDateTime": audit.get("receivedDateTime", timestamp(session.created)),
        "request": {
            "url": audit.get("url", ""),
            "method": audit.get("method", "POST"),
            "contentLength": audit.get("contentLength", 0),
            "contentType": audit.get("contentType", "application/octet-stream"),
        },
        "response": {
            "body": body,
            "statusCode": 200 if succeeded else 400,
            "latencyInMilliseconds": audit.get("latencyInMilliseconds", 1),
        },
        "digest": audit.get("digest", attempt.body.get("digest", "")),
    }
    if version == V1_2_PREVIEW:
        for name in ("sessionImageId", "verifyImageHash"):
            if name in attempt.body:
                entry[name] = attempt.body[name]
    return entry


def session_item(em: Emulator, session: Session) -> dict[str, Any]:
    """What the session list says of a session."""
    ttl = session.settings["authTokenTimeToLiveInSeconds"]
    item: dict[str, Any] = {
        "id": session.session_id,
        "createdDateTime": timestamp(session.created),
    }
    if session.attempts:
        first = session.attempts[-1].audit or {}
        item["sessionStartDateTime"] = first.get("receivedDateTime", timestamp(session.created))
    item["sessionExpired"] = em.clock() >= session.created + ttl
    if session.settings.get("deviceCorrelationId") is not None:
        item["deviceCorrelationId"] = session.settings["deviceCorrelationId"]
    item["authTokenTimeToLiveInSeconds"] = ttl
    return item


def session_body(em: Emulator, session: Session, version: str) -> dict[str, Any]:
    body = session_item(em, session)
    succeeded = [a for a in session.attempts if a.status == liveness.SUCCEEDED]
    if succeeded:
        body["status"] = RESULT_AVAILABLE
        body["result"] = audit_entry(session, succeeded[0], version)  # the newest
    else:
        body["status"] = STARTED if session.attempts else NOT_STARTED
    return body


def _top(call: Call) -> int:
    raw = call.query.get("top")
    if raw is None:
        return MAX_TOP
    try:
        top = int(raw)
    except ValueError:
        raise bad_argument("'top' must be an integer.") from None
    if not 1 <= top <= MAX_TOP:
        raise bad_argument(f"'top' must lie between 1 and {MAX_TOP}.")
    return top


def _start(call: Call) -> str:
    start = call.query.get("start", "")
    if len(start) > MAX_START:
        raise bad_argument(f"'start' holds at most {MAX_START} characters.")
    return start


def get(kind: str, em: Emulator, call: Call) -> Reply:
    session = liveness.session_of(em, call, kind)
    return Reply.json(session_body(em, session, call.version))


def list_sessions(kind: str, em: Emulator, call: Call) -> Reply:
    start, top = _start(call), _top(call)
    sessions = em.liveness.live(call.account, kind, em.clock())
    return Reply.json([session_item(em, s) for s in sessions if s.session_id > start][:top])


def audit_entries(kind: str, em: Emulator, call: Call) -> Reply:
    start, top = _start(call), _top(call)
    after = 0
    if start:
        try:
            after = int(start)
        except ValueError:
            raise bad_argument("'start' must be the id of an audit entry.") from None
    session = liveness.session_of(em, call, kind)
    entries = [
        audit_entry(session, attempt, call.version)
        for attempt in reversed(session.attempts)
        if attempt.attempt_id > after
    ]
    return Reply.json(entries[:top])


def delete(kind: str, em: Emulator, call: Call) -> Reply:
    """Deletes the session; the previews answer 200 (v1.2: 204)."""
    liveness.delete(kind, em, call)
    return Reply.empty(200)


def operations(version: str) -> tuple[Operation, ...]:
    """The preview liveness routes of ``version``."""
    ops: list[Operation] = []
    for kind, infix, creator in (
        (LIVENESS, "LivenessSession", create),
        (VERIFY, "LivenessWithVerifySession", create_with_verify),
    ):
        path = PATHS[kind]
        one = f"{path}/{{sessionId}}"
        ops += [
            Operation(f"create{infix}", "POST", path, creator),
            Operation(f"get{infix}s", "GET", path, partial(list_sessions, kind)),
            Operation(f"get{infix}Result", "GET", one, partial(get, kind)),
            Operation(f"delete{infix}", "DELETE", one, partial(delete, kind)),
            Operation(
                f"get{infix}AuditEntries", "GET", f"{one}/audit", partial(audit_entries, kind)
            ),
        ]
    if version == V1_2_PREVIEW:
        ops.append(
            Operation(
                "getSessionImage",
                "GET",
                "/session/sessionImages/{sessionImageId}",
                liveness.session_image,
            )
        )
    return tuple(ops)
