"""Which client kind a workflow takes, checked at the call.

The workflows in :mod:`facekit.workflows` take the synchronous clients, those in
:mod:`facekit.workflows.aio` the asyncio ones; the wrong kind is a ``TypeError`` at the
call, naming the right one, rather than a late, misleading error deep inside the workflow
(an asyncio client's calls return coroutines a synchronous workflow never awaits).
:func:`blocking_twin` builds the synchronous twin of an asyncio client the aio workflows
run on.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from facekit.azure import AsyncFaceClient, FaceClient
from facekit.errors import ConfigurationError

if TYPE_CHECKING:
    from facekit.tencent import AsyncFusionClient, FusionClient

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C")


_FUSION_MODULES = ("facekit.tencent._async.client", "facekit.tencent._sync.client")


def _sync_for(client: object) -> dict[type[Any], type[Any]]:
    """Each asyncio client class → its synchronous twin. The Tencent clients are looked
    at only once their module is loaded (an object cannot be one before that), so that
    checking a Face client does not import them."""
    table: dict[type[Any], type[Any]] = {AsyncFaceClient: FaceClient}
    if any(name in sys.modules for name in _FUSION_MODULES):
        from facekit.tencent import AsyncFusionClient, FusionClient

        table[AsyncFusionClient] = FusionClient
    return table


def require_sync(client: object, workflow: str) -> None:
    """``client`` must be a ``FaceClient`` or ``FusionClient``."""
    table = _sync_for(client)
    if isinstance(client, tuple(table)):
        raise TypeError(
            f"{workflow} takes a {table[type(client)].__name__}, got {type(client).__name__}; "
            f"await facekit.workflows.aio.{workflow}(...) with an asyncio client instead"
        )
    if not isinstance(client, tuple(table.values())):
        raise TypeError(
            f"{workflow} takes a FaceClient or FusionClient, got {type(client).__name__}"
        )


def require_async(client: object, workflow: str) -> None:
    """``client`` must be an ``AsyncFaceClient`` or ``AsyncFusionClient``."""
    table = _sync_for(client)
    if isinstance(client, tuple(table.values())):
        raise TypeError(
            f"facekit.workflows.aio.{workflow} takes an Async{type(client).__name__}, got "
            f"{type(client).__name__}; call facekit.workflows.{workflow}(...) with it instead"
        )
    if not isinstance(client, tuple(table)):
        raise TypeError(
            f"facekit.workflows.aio.{workflow} takes an AsyncFaceClient or AsyncFusionClient, "
            f"got {type(client).__name__}"
        )


def sync_only(function: Callable[Concatenate[C, P], R]) -> Callable[Concatenate[C, P], R]:
    """``function`` (a workflow taking its client first) checking that client's kind."""

    @functools.wraps(function)
    def checked(client: C, /, *args: P.args, **kwargs: P.kwargs) -> R:
        require_sync(client, function.__name__)
        return function(client, *args, **kwargs)

    return checked


def _async_credential(credential: object) -> bool:
    get_token = getattr(credential, "get_token", None)
    return inspect.iscoroutinefunction(get_token)


def blocking_twin(client: AsyncFaceClient) -> FaceClient:
    """A ``FaceClient`` for the same resource, key or credential, retry policy and rate
    limiter (shared) as ``client``; close it when done."""
    twin = client.twin_settings
    _refuse_custom_transport(twin.custom_transport, "AsyncFaceClient")
    if _async_credential(twin.credential):
        raise ConfigurationError(
            "the aio workflows run on a synchronous twin of the client, which needs a "
            "credential with a synchronous get_token (azure.identity, not azure.identity.aio)"
        )
    return FaceClient(
        twin.endpoint,
        twin.key,
        credential=twin.credential,
        rate=twin.rate,
        retry=twin.retry,
        timeout=twin.timeout,
        api_version=twin.api_version,
    )


def blocking_fusion_twin(client: AsyncFusionClient) -> FusionClient:
    """A ``FusionClient`` for the same service, credentials, retry policy and (shared) rate
    limiters as ``client``; close it when done."""
    from facekit.tencent import FusionClient

    twin = client.twin_settings
    _refuse_custom_transport(twin.custom_transport, "AsyncFusionClient")
    return FusionClient(
        twin.secret_id,
        twin.secret_key,
        token=twin.token,
        region=twin.region,
        endpoint=twin.endpoint,
        language=twin.language,
        rate=twin.rate,
        list_rate=twin.list_rate,
        retry=twin.retry,
        timeout=twin.timeout,
    )


def _refuse_custom_transport(custom: bool, kind: str) -> None:
    if custom:
        raise ConfigurationError(
            "the aio workflows run on a synchronous twin of the client, which cannot share "
            f"a custom transport; build the {kind} without transport=..."
        )
