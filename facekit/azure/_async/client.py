"""``AsyncFaceClient``: the Azure Face API (v1.0, v1.1-preview.1, v1.2-preview.1, v1.2,
v1.3-preview.1) for asyncio code.

The versions share the v1.0 wire for detection, recognition and the four container
kinds, so the same resources serve every version from ``{endpoint}/face/{version}``;
facekit absorbs what differs (identify's default candidate count, attributes v1.1+
removed, training's ``operation-Location``). What only newer versions have —
liveness sessions (v1.2 on; their settings v1.3-preview.1), the PersonDirectory and
DynamicPersonGroups (previews) — is built on the generated ``azure_face_v1_2`` package
(``azure_face_v1_2_preview_1`` for managing the PersonDirectory,
``azure_face_v1_3_preview_1`` for the liveness settings) and refuses, before any call, to
run on a version without it. Those sub-clients (``liveness``, ``person_directory``,
``dynamic_person_groups``, and ``snapshots``) are made on first use, with their modules
and those packages, so importing facekit and making a client stay quick.

This module is the source of truth; ``make generate`` derives the synchronous
``FaceClient`` from it (``facekit/azure/_sync/``) with unasync.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx
from azure_face_v1_0.api.face import (
    face_detect_with_url,
    face_find_similar,
    face_group,
    face_identify,
    face_verify_face_to_face,
)
from azure_face_v1_0.client import Client
from azure_face_v1_0.models import DetectedFace as GeneratedDetectedFace
from azure_face_v1_0.models import (
    FindSimilarRequest,
    GroupRequest,
    IdentifyRequest,
    VerifyFaceToFaceRequest,
    VerifyFaceToPersonRequest,
)
from azure_face_v1_0.types import File

from facekit import __version__
from facekit._concurrency import AsyncSleep, async_sleep
from facekit.azure._async.executor import AsyncExecutor
from facekit.azure._async.face_lists import AsyncFaceLists, AsyncLargeFaceLists
from facekit.azure._async.groups import LARGE_PERSON_GROUP, PERSON_GROUP, AsyncGroups
from facekit.azure._async.transport import AsyncFaceTransport
from facekit.azure._auth import KeyAuth, TokenAuth
from facekit.azure._convert import public_value, to_public_list
from facekit.azure._models import (
    ImageSource,
    image_body,
    join_names,
    normalise_faces,
    opt,
    url_body,
)
from facekit.azure._raw import IDEMPOTENT_METHODS, prepare_request
from facekit.azure._results import expect_list, parse, parse_list
from facekit.azure._twin import TwinSettings
from facekit.azure._validation import check_count, check_one_of, face_id_list
from facekit.azure.defaults import (
    SERVICE_RECOGNITION_MODEL,
    check_detection,
    detection_model_for,
    recognition_model_or_default,
)
from facekit.azure.enums import DetectionModel, FaceAttribute, RecognitionModel
from facekit.azure.mismatch import (
    FaceModels,
    RecognitionModelMismatchError,
    is_model_mismatch,
    mismatch_error,
)
from facekit.azure.schemas.v1_0 import (
    DetectedFace,
    GroupResult,
    IdentifyResult,
    LargePersonGroup,
    PersonGroup,
    SimilarFace,
    VerifyResult,
)
from facekit.azure.versions import (
    DEFAULT_API_VERSION,
    DEFAULT_CANDIDATES,
    ApiVersion,
    lookup_version,
)
from facekit.config import (
    ENDPOINT_VARIABLES,
    KEY_VARIABLES,
    Secret,
    first_set,
    normalise_endpoint,
)
from facekit.errors import BadInputError, ConfigurationError, ServiceError
from facekit.ratelimit import Rate, RateLimiter, make_limiter
from facekit.retry import RetryPolicy

if TYPE_CHECKING:
    from facekit.azure._async.dynamic_groups import AsyncDynamicPersonGroups
    from facekit.azure._async.liveness import AsyncLiveness
    from facekit.azure._async.operations import AsyncDirectoryOperations
    from facekit.azure._async.person_directory import AsyncPersonDirectory
    from facekit.azure._async.snapshots import AsyncSnapshots

T = TypeVar("T")


class AsyncFaceClient:
    """Client for one Azure Face resource (or facekit's local emulator).

    Give ``endpoint`` and ``key`` (or a token ``credential`` such as azure-identity's
    ``DefaultAzureCredential``), or nothing to read ``FACE_ENDPOINT`` and
    ``FACE_SUBSCRIPTION_KEY`` (aliases ``AZURE_FACE_ENDPOINT``/``AZURE_FACE_KEY``).

    ``rate`` turns on the client-side limiter: a tier name (``"free"``: 20 calls/min,
    ``"s0"``: 10 calls/s), calls per second, ``"CALLS/SECONDS"``, or a
    :class:`~facekit.ratelimit.RateLimiter` to share between clients. ``retry`` sets the
    retry policy; ``sleep`` is injectable for tests. ``transport`` replaces the network
    transport underneath facekit's own (for tests or proxies).

    ``api_version`` picks the API version: ``"v1.0"`` (default), ``"v1.1-preview.1"``,
    ``"v1.2-preview.1"``, ``"v1.2"`` or ``"v1.3-preview.1"``. Methods and return types are
    the same whichever version; ``liveness`` needs v1.2 or later (``liveness.settings``
    v1.3-preview.1), ``person_directory`` and ``dynamic_person_groups``
    the previews (their identify/verify also v1.2), ``snapshots`` v1.0.
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
        sleep: AsyncSleep = async_sleep,
        transport: httpx.AsyncBaseTransport | None = None,
        api_version: str = DEFAULT_API_VERSION,
    ) -> None:
        self.api: ApiVersion = lookup_version(api_version)
        """The API version the client speaks, and what that version allows."""
        # Each part not given comes from the environment, whatever else was given.
        if endpoint is None:
            endpoint = first_set(os.environ, ENDPOINT_VARIABLES)
        if key is None and credential is None:
            key = first_set(os.environ, KEY_VARIABLES)
        if endpoint is None:
            raise ConfigurationError(
                "no endpoint: pass endpoint=... or set FACE_ENDPOINT or AZURE_FACE_ENDPOINT"
            )
        if key is None and credential is None:
            raise ConfigurationError(
                "no credentials: pass key=... or credential=..., or set FACE_SUBSCRIPTION_KEY or "
                "AZURE_FACE_KEY"
            )
        self.endpoint = normalise_endpoint(endpoint)
        self.api_version = self.api.name
        self.base_url = f"{self.endpoint}/face/{self.api_version}"
        auth: httpx.Auth = TokenAuth(credential) if key is None else KeyAuth(key)
        self.limiter = make_limiter(rate)
        """The client-side rate limiter, or ``None`` when no ``rate`` was given."""
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=auth,
            timeout=timeout,
            headers={"User-Agent": f"facekit/{__version__}"},
            transport=AsyncFaceTransport(
                transport or httpx.AsyncHTTPTransport(), limiter=self.limiter, sleep=sleep
            ),
        )
        generated = Client(base_url=self.base_url)
        generated.set_async_httpx_client(self._http)
        policy = retry or RetryPolicy()
        self.retry_policy = policy
        """When and how long the client waits before trying a failed call again."""
        self._executor = AsyncExecutor(generated, policy=policy, sleep=sleep)
        self._sleep = sleep
        # The v1.2 executor and the rarely used sub-clients, made on first use (see the
        # module text); a lock, so that threads sharing the client make each one once.
        self._newer: AsyncExecutor | None = None
        self._v1_3: AsyncExecutor | None = None
        self._lazy: dict[str, object] = {}
        self._lazy_lock = threading.RLock()
        self._face_models = FaceModels()
        # What a client of the other kind needs to reach the same resource the same way,
        # sharing the rate limiter (facekit.workflows.aio runs workflows on such a twin).
        self.twin_settings = TwinSettings(
            endpoint=self.endpoint,
            key=None if key is None else key if isinstance(key, Secret) else Secret(key),
            credential=credential,
            rate=self.limiter,
            retry=policy,
            timeout=timeout,
            api_version=self.api_version,
            custom_transport=transport is not None,
        )
        self.person_groups: AsyncGroups[PersonGroup] = AsyncGroups(
            self._executor, PERSON_GROUP, PersonGroup
        )
        """Person groups and, in ``.persons``, their persons."""
        self.large_person_groups: AsyncGroups[LargePersonGroup] = AsyncGroups(
            self._executor, LARGE_PERSON_GROUP, LargePersonGroup
        )
        """Large person groups and, in ``.persons``, their persons."""
        self.face_lists = AsyncFaceLists(self._executor)
        """Face lists, for ``find_similar``."""
        self.large_face_lists = AsyncLargeFaceLists(self._executor)
        """Large face lists, for ``find_similar`` once trained."""

    def _newer_executor(self) -> AsyncExecutor:
        """The executor of the operations only newer versions have: the v1.2 generated
        package on the same httpx client (same transport, limiter and error mapping)."""
        with self._lazy_lock:
            if self._newer is None:
                from azure_face_v1_2.client import Client as ClientV1_2

                newer = ClientV1_2(base_url=self.base_url)
                newer.set_async_httpx_client(self._http)
                self._newer = AsyncExecutor(newer, policy=self.retry_policy, sleep=self._sleep)
            return self._newer

    def _v1_3_executor(self) -> AsyncExecutor:
        """The executor of the operations only v1.3-preview.1 has: its generated package
        on the same httpx client (same transport, limiter and error mapping)."""
        with self._lazy_lock:
            if self._v1_3 is None:
                from azure_face_v1_3_preview_1.client import Client as ClientV1_3

                generated = ClientV1_3(base_url=self.base_url)
                generated.set_async_httpx_client(self._http)
                self._v1_3 = AsyncExecutor(generated, policy=self.retry_policy, sleep=self._sleep)
            return self._v1_3

    def _sub_client(self, name: str, make: Callable[[], T]) -> T:
        with self._lazy_lock:
            if name not in self._lazy:
                self._lazy[name] = make()
            return cast(T, self._lazy[name])

    @property
    def snapshots(self) -> AsyncSnapshots:
        """Snapshots (v1.0): copy groups and face lists between resources."""
        from facekit.azure._async.snapshots import AsyncSnapshots

        return self._sub_client("snapshots", lambda: AsyncSnapshots(self._executor, self.api))

    @property
    def liveness(self) -> AsyncLiveness:
        """Liveness sessions (v1.2 and later) and their settings (v1.3-preview.1)."""
        from facekit.azure._async.liveness import AsyncLiveness

        return self._sub_client(
            "liveness",
            lambda: AsyncLiveness(self._newer_executor(), self.api, self._v1_3_executor),
        )

    def _directory_operations(self) -> AsyncDirectoryOperations:
        from facekit.azure._async.operations import AsyncDirectoryOperations

        return self._sub_client(
            "operations", lambda: AsyncDirectoryOperations(self._newer_executor(), self.api)
        )

    @property
    def person_directory(self) -> AsyncPersonDirectory:
        """The PersonDirectory (v1.1-preview.1 and later previews)."""
        from facekit.azure._async.person_directory import AsyncPersonDirectory

        return self._sub_client(
            "person_directory",
            lambda: AsyncPersonDirectory(
                self._newer_executor(), self.api, self._directory_operations()
            ),
        )

    @property
    def dynamic_person_groups(self) -> AsyncDynamicPersonGroups:
        """DynamicPersonGroups over the PersonDirectory (previews)."""
        from facekit.azure._async.dynamic_groups import AsyncDynamicPersonGroups

        return self._sub_client(
            "dynamic_person_groups",
            lambda: AsyncDynamicPersonGroups(
                self._newer_executor(), self.api, self._directory_operations()
            ),
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(endpoint={self.endpoint!r}, api_version={self.api_version!r})"
        )

    @property
    def retries(self) -> int:
        """How many times this client has retried a call so far."""
        newer = self._newer.retries if self._newer is not None else 0
        return self._executor.retries + newer

    async def sleep(self, seconds: float) -> None:
        """Sleep with the client's sleep function (injectable in tests)."""
        await self._executor.sleep(seconds)

    async def close(self) -> None:
        """Close the client's connections (leaving its context-manager block does it too)."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncFaceClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- any generated operation, any request ------------------------------------------

    async def call(
        self, operation: ModuleType, /, *path_ids: str, idempotent: bool = True, **kwargs: Any
    ) -> Any:
        """Call any generated operation through this client and return its parsed body.

        ``operation`` is a generated operation module
        (``azure_face_v1_0.api.face.face_detect_with_url``, or one a new route in
        ``openapi/`` produced after ``make generate``); path ids go
        positionally, the other parameters by keyword, as the generated function takes
        them. The call gets this client's authentication, rate limiter, retries and error
        mapping; the result is facekit's public type when there is one (``DetectedFace``,
        ...), else the generated model, or None for an empty answer. Pass
        ``idempotent=False`` for a call that creates something, so it is not repeated when
        its outcome is unknown.
        """
        function = getattr(operation, "asyncio_detailed", None)
        if function is None:
            raise TypeError(
                f"{getattr(operation, '__name__', operation)!r} is not a generated operation "
                "module (it has no asyncio_detailed function)"
            )
        response = await self._executor.call(function, *path_ids, idempotent=idempotent, **kwargs)
        return public_value(response.parsed)

    async def send_request(
        self, request: httpx.Request, *, idempotent: bool | None = None
    ) -> httpx.Response:
        """Send a raw ``httpx.Request`` through this client's pipeline (like azure-core's
        ``send_request``): authentication, rate limiter, retries and error mapping.

        A relative URL (``"persongroups"``) is resolved against
        ``{endpoint}/face/{version}/``. Error answers raise the same exceptions as every
        other method. GET, HEAD, PUT, DELETE and OPTIONS are retried when the outcome is
        unknown; other methods only when the service certainly did not act
        (``idempotent=`` overrides).
        """
        prepared = prepare_request(request, self.base_url)
        if idempotent is None:
            idempotent = prepared.method in IDEMPOTENT_METHODS

        async def send(*, client: Any) -> httpx.Response:
            response: httpx.Response = await client.get_async_httpx_client().send(prepared)
            await response.aread()
            return response

        response: httpx.Response = await self._executor.call(
            send, idempotent=idempotent, operation_name=f"{prepared.method} {prepared.url.path}"
        )
        return response

    # -- detection -------------------------------------------------------------------

    async def _detect(
        self,
        body: File | Any,
        return_face_id: bool,
        landmarks: bool,
        attributes: Iterable[FaceAttribute | str] | str | None,
        recognition_model: RecognitionModel | str | None,
        return_recognition_model: bool,
        detection_model: DetectionModel | str | None,
        face_id_ttl: int | None,
    ) -> list[DetectedFace]:
        names = join_names(attributes)
        asked = names.split(",") if isinstance(names, str) else []
        self.api.check_attributes(names if isinstance(names, str) else None)
        recognition = recognition_model_or_default(recognition_model)
        detection = detection_model_for(detection_model, asked, landmarks=landmarks)
        check_detection(detection, recognition, asked, landmarks=landmarks)
        response = await self._executor.call(
            face_detect_with_url.asyncio_detailed,
            body=body,
            return_face_id=return_face_id,
            return_face_landmarks=landmarks,
            return_face_attributes=names,
            recognition_model=recognition,
            return_recognition_model=return_recognition_model,
            detection_model=detection,
            face_id_time_to_live=opt(face_id_ttl),
        )
        faces = normalise_faces(expect_list(response, GeneratedDetectedFace))
        self._face_models.remember(
            (f.face_id for f in faces if isinstance(f.face_id, str)), recognition
        )
        return to_public_list(faces, DetectedFace)

    async def detect(
        self,
        image: ImageSource,
        *,
        return_face_id: bool = True,
        landmarks: bool = False,
        attributes: Iterable[FaceAttribute | str] | str | None = None,
        recognition_model: RecognitionModel | str | None = None,
        return_recognition_model: bool = False,
        detection_model: DetectionModel | str | None = None,
        face_id_ttl: int | None = None,
    ) -> list[DetectedFace]:
        """Faces in an image given as bytes, a path or a binary file, largest first.

        ``recognition_model`` and ``detection_model`` default to facekit's choice
        (``recognition_04``; ``detection_03``, or ``detection_01`` when an attribute only
        it returns is asked for; see :mod:`facekit.azure.defaults`). An attribute the
        detection model cannot return is refused before any request."""
        return await self._detect(
            image_body(image),
            return_face_id,
            landmarks,
            attributes,
            recognition_model,
            return_recognition_model,
            detection_model,
            face_id_ttl,
        )

    async def detect_from_url(
        self,
        url: str,
        *,
        return_face_id: bool = True,
        landmarks: bool = False,
        attributes: Iterable[FaceAttribute | str] | str | None = None,
        recognition_model: RecognitionModel | str | None = None,
        return_recognition_model: bool = False,
        detection_model: DetectionModel | str | None = None,
        face_id_ttl: int | None = None,
    ) -> list[DetectedFace]:
        """Faces in the image at an http(s) URL, largest first (models as :meth:`detect`)."""
        return await self._detect(
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

    async def find_similar(
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
        try:
            response = await self._executor.call(face_find_similar.asyncio_detailed, body=body)
        except BadInputError as exc:
            if not is_model_mismatch(exc):
                raise
            if face_list_id is not None:
                target, model = (
                    f"face list {face_list_id!r}",
                    await self._model_of(self.face_lists.get, face_list_id),
                )
            elif large_face_list_id is not None:
                target, model = (
                    f"large face list {large_face_list_id!r}",
                    await self._model_of(self.large_face_lists.get, large_face_list_id),
                )
            else:
                target = "the faces compared with"
                model = self._face_models.model_of(face_ids or [])
            raise mismatch_error(
                exc,
                face_model=self._face_models.model_of([face_id]),
                target=target,
                target_model=model,
            ) from exc
        return parse_list(response, SimilarFace)

    async def group(self, face_ids: Sequence[str | None]) -> GroupResult:
        """Split 2–1000 faces into groups of the same person."""
        ids = face_id_list("face_ids", face_ids)
        check_count("face_ids", ids, 2, 1000)
        body = GroupRequest(face_ids=ids)
        return parse(await self._executor.call(face_group.asyncio_detailed, body=body), GroupResult)

    async def identify(
        self,
        face_ids: Sequence[str | None],
        *,
        person_group_id: str | None = None,
        large_person_group_id: str | None = None,
        max_candidates: int = DEFAULT_CANDIDATES,
        confidence_threshold: float | None = None,
    ) -> list[IdentifyResult]:
        """Who each of 1–10 faces is, in a trained (large) person group.

        ``max_candidates`` is always sent (default 1), so results do not depend on the
        version's own default (1 in v1.0, 10 from v1.1 on)."""
        ids = face_id_list("face_ids", face_ids)
        check_count("face_ids", ids, 1, 10)
        check_one_of(person_group_id=person_group_id, large_person_group_id=large_person_group_id)
        body = IdentifyRequest(
            face_ids=ids,
            person_group_id=opt(person_group_id),
            large_person_group_id=opt(large_person_group_id),
            max_num_of_candidates_returned=max_candidates,
            confidence_threshold=opt(confidence_threshold),
        )
        try:
            response = await self._executor.call(face_identify.asyncio_detailed, body=body)
        except BadInputError as exc:
            if not is_model_mismatch(exc):
                raise
            raise await self._group_mismatch(
                exc, ids, person_group_id, large_person_group_id
            ) from exc
        return parse_list(response, IdentifyResult)

    async def verify_faces(self, face_id1: str, face_id2: str) -> VerifyResult:
        """Whether two detected faces belong to the same person."""
        body = VerifyFaceToFaceRequest(face_id_1=face_id1, face_id_2=face_id2)
        try:
            response = await self._executor.call(
                face_verify_face_to_face.asyncio_detailed, body=body
            )
        except BadInputError as exc:
            if not is_model_mismatch(exc):
                raise
            raise mismatch_error(
                exc,
                face_model=self._face_models.model_of([face_id1]),
                target="the second face",
                target_model=self._face_models.model_of([face_id2]),
            ) from exc
        return parse(response, VerifyResult)

    async def verify_person(
        self,
        face_id: str,
        person_id: str,
        *,
        person_group_id: str | None = None,
        large_person_group_id: str | None = None,
    ) -> VerifyResult:
        """Whether a detected face belongs to a person of a (large) person group."""
        check_one_of(person_group_id=person_group_id, large_person_group_id=large_person_group_id)
        body = VerifyFaceToPersonRequest(
            face_id=face_id,
            person_id=person_id,
            person_group_id=opt(person_group_id),
            large_person_group_id=opt(large_person_group_id),
        )
        try:
            response = await self._executor.call(
                face_verify_face_to_face.asyncio_detailed, body=body
            )
        except BadInputError as exc:
            if not is_model_mismatch(exc):
                raise
            raise await self._group_mismatch(
                exc, [face_id], person_group_id, large_person_group_id
            ) from exc
        return parse(response, VerifyResult)

    # -- explaining recognition-model mismatches -------------------------------------

    async def _model_of(self, get: Any, container_id: str) -> str | None:
        try:
            model = (await get(container_id)).recognition_model
        except ServiceError:
            return None
        return str(model) if model else str(SERVICE_RECOGNITION_MODEL)

    async def _group_mismatch(
        self,
        error: BadInputError,
        face_ids: Sequence[str],
        person_group_id: str | None,
        large_person_group_id: str | None,
    ) -> RecognitionModelMismatchError:
        if person_group_id is not None:
            target = f"person group {person_group_id!r}"
            model = await self._model_of(self.person_groups.get, person_group_id)
        else:
            target = f"large person group {large_person_group_id!r}"
            model = await self._model_of(self.large_person_groups.get, str(large_person_group_id))
        return mismatch_error(
            error,
            face_model=self._face_models.model_of(face_ids),
            target=target,
            target_model=model,
        )
