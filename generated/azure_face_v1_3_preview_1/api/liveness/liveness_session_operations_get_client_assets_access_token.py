from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.client_assets_access_token_response import (
    ClientAssetsAccessTokenResponse,
)
from ...models.face_error_response import FaceErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/getClientAssetsAccessToken",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientAssetsAccessTokenResponse | FaceErrorResponse:
    if response.status_code == 200:
        response_200 = ClientAssetsAccessTokenResponse.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientAssetsAccessTokenResponse | FaceErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ClientAssetsAccessTokenResponse | FaceErrorResponse]:
    """Get access token to get access to client AI model assets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientAssetsAccessTokenResponse | FaceErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ClientAssetsAccessTokenResponse | FaceErrorResponse | None:
    """Get access token to get access to client AI model assets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientAssetsAccessTokenResponse | FaceErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ClientAssetsAccessTokenResponse | FaceErrorResponse]:
    """Get access token to get access to client AI model assets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientAssetsAccessTokenResponse | FaceErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ClientAssetsAccessTokenResponse | FaceErrorResponse | None:
    """Get access token to get access to client AI model assets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientAssetsAccessTokenResponse | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
