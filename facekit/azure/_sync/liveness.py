# Derived from facekit/azure/_async/liveness.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Liveness and liveness-with-verify sessions (``client.liveness``; v1.2 and later).

A session is created here, on the app's server, and its ``auth_token`` is handed to a
device running Microsoft's Vision SDK, which performs the check; the server then reads
the outcome with :meth:`Liveness.get_session`. The with-verify kind also compares
the live face with a reference photo sent at creation (a multipart upload whose image
part must carry a filename: the generated code leaves it out, so facekit sets one).
Routes are those of the final v1.2 (``/detectLiveness-sessions``…); the previews used
another layout, which facekit does not speak.

A session created with ``enable_session_image=True`` keeps the image its check captured;
an attempt's ``result.session_image_id`` names it. :meth:`Liveness.get_session_image`
downloads it and :meth:`Liveness.detect_from_session_image` runs detect on it (the
JSON body ``{"sessionImageId": ...}``), with the same results as ``client.detect``.

From v1.3-preview.1 on, ``client.liveness.settings`` reads and changes the resource's
liveness settings and fetches the client SDK's asset token
(:mod:`facekit.azure._sync.liveness_settings`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import BinaryIO, cast

from azure_face_v1_0.models import DetectedFace as GeneratedDetectedFace
from azure_face_v1_2.api.face import face_detection_operations_detect_from_url as detect
from azure_face_v1_2.api.liveness import (
    liveness_session_operations_create_liveness_session as create_liveness_session,
)
from azure_face_v1_2.api.liveness import (
    liveness_session_operations_create_liveness_with_verify_session as create_verify_session,
)
from azure_face_v1_2.api.liveness import (
    liveness_session_operations_delete_liveness_session as delete_liveness_session,
)
from azure_face_v1_2.api.liveness import (
    liveness_session_operations_delete_liveness_with_verify_session as delete_verify_session,
)
from azure_face_v1_2.api.liveness import (
    liveness_session_operations_get_liveness_session_result as get_session_result,
)
from azure_face_v1_2.api.liveness import (
    liveness_session_operations_get_liveness_with_verify_session_result as get_verify_result,
)
from azure_face_v1_2.api.liveness import (
    liveness_session_operations_get_session_image as get_session_image,
)
from azure_face_v1_2.models import (
    CreateLivenessSessionContent,
    FaceDetectionResult,
)
from azure_face_v1_2.models import (
    FaceDetectionOperationsDetectFromUrlJsonBody as DetectRequest,
)
from azure_face_v1_2.models import (
    LivenessSessionOperationsCreateLivenessWithVerifySessionBody as CreateVerifySessionBody,
)
from azure_face_v1_2.types import File

from facekit.azure._convert import to_public_list
from facekit.azure._models import ImageSource, join_names, normalise_faces
from facekit.azure._models import opt_v1_2 as opt
from facekit.azure._results import expect, expect_list, parse
from facekit.azure._sync.executor import Executor
from facekit.azure._sync.liveness_settings import LivenessSettings
from facekit.azure.schemas.v1_0 import DetectedFace
from facekit.azure.schemas.v1_2 import LivenessSession, LivenessWithVerifySession
from facekit.azure.versions import ApiVersion
from facekit.errors import BadInputError
from facekit.images import read_image_source

VERIFY_IMAGE_FILENAME = "verify-image"
WHAT = "Liveness sessions"


class Liveness:
    def __init__(
        self,
        executor: Executor,
        version: ApiVersion,
        v1_3_executor: Callable[[], Executor],
    ) -> None:
        self._x = executor
        self._version = version
        self._v1_3_executor = v1_3_executor
        self._settings: LivenessSettings | None = None

    @property
    def settings(self) -> LivenessSettings:
        """The resource's liveness settings and the client-assets token (v1.3-preview.1)."""
        if self._settings is None:
            self._settings = LivenessSettings(self._v1_3_executor(), self._version)
        return self._settings

    def create_session(
        self,
        *,
        operation_mode: str = "Passive",
        device_correlation_id: str | None = None,
        device_correlation_id_set_in_client: bool | None = None,
        enable_session_image: bool | None = None,
        model_version: str | None = None,
        auth_token_ttl: int | None = None,
        client_attempts: int | None = None,
        user_correlation_id: str | None = None,
        user_correlation_id_set_in_client: bool | None = None,
        expected_client_ip: str | None = None,
    ) -> LivenessSession:
        """A new session (status ``NotStarted``) with the ``auth_token`` for the device.

        ``device_correlation_id`` is required unless the device sets it itself
        (``device_correlation_id_set_in_client=True``); ``auth_token_ttl`` is 60–86,400 s
        (the service's default is 600). v1.3-preview.1 also takes ``client_attempts`` (how
        often the device may try with one token, 1–3), ``user_correlation_id`` (or
        ``user_correlation_id_set_in_client=True``) and ``expected_client_ip`` (an address or
        CIDR block); its answers add ``isAbuseMonitoringEnabled`` (in ``extra``).
        """
        self._version.require("liveness", WHAT)
        added = self._v1_3_members(
            {
                "numberOfClientAttemptsAllowed": client_attempts,
                "userCorrelationId": user_correlation_id,
                "userCorrelationIdSetInClient": user_correlation_id_set_in_client,
                "expectedClientIpAddress": expected_client_ip,
            }
        )
        body = CreateLivenessSessionContent(
            liveness_operation_mode=operation_mode,
            device_correlation_id=opt(device_correlation_id),
            device_correlation_id_set_in_client=opt(device_correlation_id_set_in_client),
            enable_session_image=opt(enable_session_image),
            liveness_model_version=opt(model_version),
            auth_token_time_to_live_in_seconds=opt(auth_token_ttl),
        )
        body.additional_properties.update(added)
        response = self._x.call(create_liveness_session.sync_detailed, body=body, idempotent=False)
        return parse(response, LivenessSession)

    def _v1_3_members(self, members: dict[str, object]) -> dict[str, object]:
        """The session options given, refused before any call on versions before
        v1.3-preview.1 (those answer 400 to them)."""
        given = {name: value for name, value in members.items() if value is not None}
        if given:
            self._version.require("liveness_settings", f"Liveness option(s) {', '.join(given)}")
        return given

    def get_session(self, session_id: str) -> LivenessSession:
        """The session's status and the result of every attempt made with it."""
        self._version.require("liveness", WHAT)
        response = self._x.call(get_session_result.sync_detailed, session_id)
        return parse(response, LivenessSession)

    def delete_session(self, session_id: str) -> None:
        self._version.require("liveness", WHAT)
        self._x.call(delete_liveness_session.sync_detailed, session_id)

    def create_verify_session(
        self,
        verify_image: ImageSource,
        *,
        operation_mode: str = "Passive",
        device_correlation_id: str | None = None,
        device_correlation_id_set_in_client: bool | None = None,
        enable_session_image: bool | None = None,
        model_version: str | None = None,
        auth_token_ttl: int | None = None,
        return_verify_image_hash: bool | None = None,
        verify_confidence_threshold: float | None = None,
        client_attempts: int | None = None,
    ) -> LivenessWithVerifySession:
        """A liveness-with-verify session against the face in ``verify_image`` (bytes, a
        path or a binary file); ``results.verify_references`` describes that face.
        ``client_attempts`` (1–3) needs v1.3-preview.1."""
        self._version.require("liveness", WHAT)
        added = self._v1_3_members({"numberOfClientAttemptsAllowed": client_attempts})
        data = read_image_source(verify_image)
        body = CreateVerifySessionBody(
            liveness_operation_mode=operation_mode,
            # bytes, not a stream: a retry must be able to send the part again
            verify_image=File(
                payload=cast(BinaryIO, data),
                file_name=VERIFY_IMAGE_FILENAME,
                mime_type="application/octet-stream",
            ),
            device_correlation_id=opt(device_correlation_id),
            liveness_model_version=opt(model_version),
            auth_token_time_to_live_in_seconds=opt(auth_token_ttl),
            verify_confidence_threshold=opt(verify_confidence_threshold),
        )
        # Form fields are text: the generated code would send Python's "True"; the
        # service's JSON-style spelling is "true".
        for name, flag in (
            ("deviceCorrelationIdSetInClient", device_correlation_id_set_in_client),
            ("enableSessionImage", enable_session_image),
            ("returnVerifyImageHash", return_verify_image_hash),
        ):
            if flag is not None:
                body.additional_properties[name] = "true" if flag else "false"
        body.additional_properties.update({name: str(value) for name, value in added.items()})
        response = self._x.call(create_verify_session.sync_detailed, body=body, idempotent=False)
        return parse(response, LivenessWithVerifySession)

    def get_verify_session(self, session_id: str) -> LivenessWithVerifySession:
        self._version.require("liveness", WHAT)
        response = self._x.call(get_verify_result.sync_detailed, session_id)
        return parse(response, LivenessWithVerifySession)

    def delete_verify_session(self, session_id: str) -> None:
        self._version.require("liveness", WHAT)
        self._x.call(delete_verify_session.sync_detailed, session_id)

    def get_session_image(self, session_image_id: str) -> bytes:
        """The image a liveness check captured (sessions with ``enable_session_image``)."""
        self._version.require("liveness", WHAT)
        response = self._x.call(get_session_image.sync_detailed, session_image_id)
        return expect(response, File).payload.read()

    def detect_from_session_image(
        self,
        session_image_id: str,
        *,
        return_face_id: bool = True,
        landmarks: bool = False,
        attributes: Iterable[str] | str | None = None,
        recognition_model: str | None = None,
        return_recognition_model: bool = False,
        detection_model: str | None = None,
        face_id_ttl: int | None = None,
    ) -> list[DetectedFace]:
        """Faces in a liveness session's image, as :meth:`FaceClient.detect` returns
        them (largest first)."""
        self._version.require("liveness", WHAT)
        if not isinstance(session_image_id, str) or not session_image_id.strip():
            raise BadInputError("session_image_id must be a non-empty string")
        joined = join_names(attributes)
        names = joined if isinstance(joined, str) else None
        self._version.check_attributes(names)
        response = self._x.call(
            detect.sync_detailed,
            body=DetectRequest(session_image_id=session_image_id),
            return_face_id=return_face_id,
            return_face_landmarks=landmarks,
            return_face_attributes=opt(names),
            recognition_model=opt(recognition_model),
            return_recognition_model=return_recognition_model,
            detection_model=opt(detection_model),
            face_id_time_to_live=opt(face_id_ttl),
        )
        found = expect_list(response, FaceDetectionResult)
        faces = [GeneratedDetectedFace.from_dict(face.to_dict()) for face in found]
        return to_public_list(normalise_faces(faces), DetectedFace)
