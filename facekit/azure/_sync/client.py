# Derived from facekit/azure/_async/client.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""``AsyncFaceClient``: the Azure Face API v1.0 for asyncio code.

This module is the source of truth; ``make generate`` derives the synchronous
``FaceClient`` from it (``facekit/azure/_sync/``) with unasync.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Any

import httpx
from azure_face_v1_0.api.face import detect, find_similar, group, identify, verify
from azure_face_v1_0.client import Client
from azure_face_v1_0.models import (
    DetectedFace,
    FindSimilarRequest,
    GroupRequest,
    GroupResult,
    IdentifyRequest,
    IdentifyResult,
    LargePersonGroup,
    PersonGroup,
    SimilarFace,
    VerifyRequest,
    VerifyResult,
)
from azure_face_v1_0.types import File

from facekit import __version__
from facekit._concurrency import SyncSleep, sync_sleep
from facekit.azure._sync.executor import Executor
from facekit.azure._sync.face_lists import FaceLists, LargeFaceLists
from facekit.azure._sync.groups import LARGE_PERSON_GROUP, PERSON_GROUP, Groups
from facekit.azure._sync.snapshots import Snapshots
from facekit.azure._sync.transport import FaceTransport
from facekit.azure.auth import KeyAuth, TokenAuth
from facekit.azure.models import (
    ImageSource,
    image_body,
    join_names,
    normalise_faces,
    opt,
    url_body,
)
from facekit.azure.results import expect, expect_list
from facekit.azure.validation import check_count, check_one_of
from facekit.config import FaceSettings, Secret, normalise_endpoint
from facekit.errors import ConfigurationError
from facekit.ratelimit import Rate, RateLimiter, make_limiter
from facekit.retry import RetryPolicy

API_VERSION = "v1.0"


class FaceClient:
    """Client for one Azure Face resource (or facekit's local emulator).

    Give ``endpoint`` and ``key`` (or a token ``credential`` such as azure-identity's
    ``DefaultAzureCredential``), or nothing to read ``FACE_ENDPOINT`` and
    ``FACE_SUBSCRIPTION_KEY`` (aliases ``AZURE_FACE_ENDPOINT``/``AZURE_FACE_KEY``).

    ``rate`` turns on the client-side limiter: a tier name (``"free"``: 20 calls/min,
    ``"s0"``: 10 calls/s), calls per second, ``"CALLS/SECONDS"``, or a
    :class:`~facekit.ratelimit.RateLimiter` to share between clients. ``retry`` sets the
    retry policy; ``sleep`` is injectable for tests. ``transport`` replaces the network
    transport underneath facekit's own (for tests or proxies).
    """

    def __init__(
        self,
        endpoint: str | None = None,
        key: str | Secret | None = None,
        *,
        credential: Any = None,
        rate: str | float | Rate | RateLimiter | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        sleep: SyncSleep = sync_sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if endpoint is None and key is None and credential is None:
            settings = FaceSettings.from_env()
            endpoint, key = settings.endpoint, settings.key
        if endpoint is None:
            raise ConfigurationError("endpoint is required with a key or credential")
        if key is None and credential is None:
            raise ConfigurationError(
                "no credentials: pass key=... or credential=..., or set FACE_SUBSCRIPTION_KEY"
            )
        self.endpoint = normalise_endpoint(endpoint)
        self.base_url = f"{self.endpoint}/face/{API_VERSION}"
        auth: httpx.Auth = TokenAuth(credential) if key is None else KeyAuth(key)
        self.limiter = make_limiter(rate)
        self._http = httpx.Client(
            base_url=self.base_url,
            auth=auth,
            timeout=timeout,
            headers={"User-Agent": f"facekit/{__version__}"},
            transport=FaceTransport(
                transport or httpx.HTTPTransport(), limiter=self.limiter, sleep=sleep
            ),
        )
        generated = Client(base_url=self.base_url)
        generated.set_httpx_client(self._http)
        self._executor = Executor(generated, policy=retry or RetryPolicy(), sleep=sleep)
        self.person_groups = Groups(self._executor, PERSON_GROUP, PersonGroup)
        self.large_person_groups = Groups(self._executor, LARGE_PERSON_GROUP, LargePersonGroup)
        self.face_lists = FaceLists(self._executor)
        self.large_face_lists = LargeFaceLists(self._executor)
        self.snapshots = Snapshots(self._executor)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self.endpoint!r})"

    @property
    def retries(self) -> int:
        """How many times this client has retried a call so far."""
        return self._executor.retries

    def sleep(self, seconds: float) -> None:
        """Sleep with the client's sleep function (injectable in tests)."""
        self._executor.sleep(seconds)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> FaceClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- detection -------------------------------------------------------------------

    def _detect(
        self,
        body: File | Any,
        return_face_id: bool,
        landmarks: bool,
        attributes: Iterable[str] | str | None,
        recognition_model: str | None,
        return_recognition_model: bool,
        detection_model: str | None,
        face_id_ttl: int | None,
    ) -> list[DetectedFace]:
        response = self._executor.call(
            detect.sync_detailed,
            body=body,
            return_face_id=return_face_id,
            return_face_landmarks=landmarks,
            return_face_attributes=join_names(attributes),
            recognition_model=opt(recognition_model),
            return_recognition_model=return_recognition_model,
            detection_model=opt(detection_model),
            face_id_time_to_live=opt(face_id_ttl),
        )
        return normalise_faces(expect_list(response, DetectedFace))

    def detect(
        self,
        image: ImageSource,
        *,
        return_face_id: bool = True,
        landmarks: bool = False,
        attributes: Iterable[str] | str | None = None,
        recognition_model: str | None = None,
        return_recognition_model: bool = False,
        detection_model: str | None = None,
        face_id_ttl: int | None = None,
    ) -> list[DetectedFace]:
        """Faces in an image given as bytes, a path or a binary file, largest first."""
        return self._detect(
            image_body(image),
            return_face_id,
            landmarks,
            attributes,
            recognition_model,
            return_recognition_model,
            detection_model,
            face_id_ttl,
        )

    def detect_from_url(
        self,
        url: str,
        *,
        return_face_id: bool = True,
        landmarks: bool = False,
        attributes: Iterable[str] | str | None = None,
        recognition_model: str | None = None,
        return_recognition_model: bool = False,
        detection_model: str | None = None,
        face_id_ttl: int | None = None,
    ) -> list[DetectedFace]:
        """Faces in the image at an http(s) URL, largest first."""
        return self._detect(
            url_body(url),
            return_face_id,
            landmarks,
            attributes,
            recognition_model,
            return_recognition_model,
            detection_model,
            face_id_ttl,
        )

    # -- recognition -----------------------------------------------------------------

    def find_similar(
        self,
        face_id: str,
        *,
        face_ids: Sequence[str] | None = None,
        face_list_id: str | None = None,
        large_face_list_id: str | None = None,
        max_candidates: int | None = None,
        mode: str | None = None,
    ) -> list[SimilarFace]:
        """Faces like ``face_id`` among ``face_ids``, a face list or a large face list."""
        check_one_of(
            face_ids=face_ids, face_list_id=face_list_id, large_face_list_id=large_face_list_id
        )
        if face_ids is not None:
            check_count("face_ids", face_ids, 1, 1000)
        body = FindSimilarRequest(
            face_id=face_id,
            face_ids=opt(None if face_ids is None else list(face_ids)),
            face_list_id=opt(face_list_id),
            large_face_list_id=opt(large_face_list_id),
            max_num_of_candidates_returned=opt(max_candidates),
            mode=opt(mode),
        )
        response = self._executor.call(find_similar.sync_detailed, body=body)
        return expect_list(response, SimilarFace)

    def group(self, face_ids: Sequence[str]) -> GroupResult:
        """Split 2–1000 faces into groups of the same person."""
        check_count("face_ids", face_ids, 2, 1000)
        body = GroupRequest(face_ids=list(face_ids))
        return expect(self._executor.call(group.sync_detailed, body=body), GroupResult)

    def identify(
        self,
        face_ids: Sequence[str],
        *,
        person_group_id: str | None = None,
        large_person_group_id: str | None = None,
        max_candidates: int | None = None,
        confidence_threshold: float | None = None,
    ) -> list[IdentifyResult]:
        """Who each of 1–10 faces is, in a trained (large) person group."""
        check_count("face_ids", face_ids, 1, 10)
        check_one_of(person_group_id=person_group_id, large_person_group_id=large_person_group_id)
        body = IdentifyRequest(
            face_ids=list(face_ids),
            person_group_id=opt(person_group_id),
            large_person_group_id=opt(large_person_group_id),
            max_num_of_candidates_returned=opt(max_candidates),
            confidence_threshold=opt(confidence_threshold),
        )
        response = self._executor.call(identify.sync_detailed, body=body)
        return expect_list(response, IdentifyResult)

    def verify_faces(self, face_id1: str, face_id2: str) -> VerifyResult:
        """Whether two detected faces belong to the same person."""
        body = VerifyRequest(face_id_1=face_id1, face_id_2=face_id2)
        return expect(self._executor.call(verify.sync_detailed, body=body), VerifyResult)

    def verify_person(
        self,
        face_id: str,
        person_id: str,
        *,
        person_group_id: str | None = None,
        large_person_group_id: str | None = None,
    ) -> VerifyResult:
        """Whether a detected face belongs to a person of a (large) person group."""
        check_one_of(person_group_id=person_group_id, large_person_group_id=large_person_group_id)
        body = VerifyRequest(
            face_id=face_id,
            person_id=person_id,
            person_group_id=opt(person_group_id),
            large_person_group_id=opt(large_person_group_id),
        )
        return expect(self._executor.call(verify.sync_detailed, body=body), VerifyResult)
