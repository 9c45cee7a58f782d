from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.snapshot import Snapshot
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["type"] = type_

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
) -> APIError | list[Snapshot]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_snapshots_item_data in _response_200:
            componentsschemas_snapshots_item = Snapshot.from_dict(
                componentsschemas_snapshots_item_data
            )

            response_200.append(componentsschemas_snapshots_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[Snapshot]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> Response[APIError | list[Snapshot]]:
    """List all accessible snapshots with related information, including snapshots that were taken by the
    user, or snapshots to be applied to the user (subscription id was included in the applyScope in
    Snapshot - Take).

    Args:
        type_ (str | Unset):
        apply_scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[Snapshot]]
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
    type_: str | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> APIError | list[Snapshot] | None:
    """List all accessible snapshots with related information, including snapshots that were taken by the
    user, or snapshots to be applied to the user (subscription id was included in the applyScope in
    Snapshot - Take).

    Args:
        type_ (str | Unset):
        apply_scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[Snapshot]
    """

    return sync_detailed(
        client=client,
        type_=type_,
        apply_scope=apply_scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> Response[APIError | list[Snapshot]]:
    """List all accessible snapshots with related information, including snapshots that were taken by the
    user, or snapshots to be applied to the user (subscription id was included in the applyScope in
    Snapshot - Take).

    Args:
        type_ (str | Unset):
        apply_scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[Snapshot]]
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
    type_: str | Unset = UNSET,
    apply_scope: str | Unset = UNSET,
) -> APIError | list[Snapshot] | None:
    """List all accessible snapshots with related information, including snapshots that were taken by the
    user, or snapshots to be applied to the user (subscription id was included in the applyScope in
    Snapshot - Take).

    Args:
        type_ (str | Unset):
        apply_scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[Snapshot]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            apply_scope=apply_scope,
        )
    ).parsed
