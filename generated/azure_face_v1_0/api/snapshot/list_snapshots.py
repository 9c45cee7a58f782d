from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.snapshot import Snapshot
from ...models.snapshot_object_type import SnapshotObjectType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: SnapshotObjectType | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["applyScope"] = apply_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/snapshots",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[Snapshot]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Snapshot.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[Snapshot]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: SnapshotObjectType | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> Response[FaceErrorResponse | list[Snapshot]]:
    """List snapshots (retired).

     Lists the snapshots taken by this account, optionally filtered by object type and target
    subscriptions. Errors: 400 BadArgument; 403 UnsupportedFeature.

    Args:
        type_ (SnapshotObjectType | Unset): Kind of object a snapshot copies (request side).
        apply_scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[Snapshot]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        apply_scope=apply_scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: SnapshotObjectType | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> FaceErrorResponse | list[Snapshot] | None:
    """List snapshots (retired).

     Lists the snapshots taken by this account, optionally filtered by object type and target
    subscriptions. Errors: 400 BadArgument; 403 UnsupportedFeature.

    Args:
        type_ (SnapshotObjectType | Unset): Kind of object a snapshot copies (request side).
        apply_scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[Snapshot]
    """

    return sync_detailed(
        client=client,
        type_=type_,
        apply_scope=apply_scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: SnapshotObjectType | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> Response[FaceErrorResponse | list[Snapshot]]:
    """List snapshots (retired).

     Lists the snapshots taken by this account, optionally filtered by object type and target
    subscriptions. Errors: 400 BadArgument; 403 UnsupportedFeature.

    Args:
        type_ (SnapshotObjectType | Unset): Kind of object a snapshot copies (request side).
        apply_scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[Snapshot]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        apply_scope=apply_scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: SnapshotObjectType | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> FaceErrorResponse | list[Snapshot] | None:
    """List snapshots (retired).

     Lists the snapshots taken by this account, optionally filtered by object type and target
    subscriptions. Errors: 400 BadArgument; 403 UnsupportedFeature.

    Args:
        type_ (SnapshotObjectType | Unset): Kind of object a snapshot copies (request side).
        apply_scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[Snapshot]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            apply_scope=apply_scope,
        )
    ).parsed
