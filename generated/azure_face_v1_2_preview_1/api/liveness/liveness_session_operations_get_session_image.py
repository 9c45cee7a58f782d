from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...types import File, Response


def _get_kwargs(
    session_image_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/session/sessionImages/{session_image_id}".format(
            session_image_id=quote(str(session_image_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.json()))

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | File]:
    """Get session image stored during the liveness session.

    Args:
        session_image_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | File]
    """

    kwargs = _get_kwargs(
        session_image_id=session_image_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | File | None:
    """Get session image stored during the liveness session.

    Args:
        session_image_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | File
    """

    return sync_detailed(
        session_image_id=session_image_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | File]:
    """Get session image stored during the liveness session.

    Args:
        session_image_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | File]
    """

    kwargs = _get_kwargs(
        session_image_id=session_image_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | File | None:
    """Get session image stored during the liveness session.

    Args:
        session_image_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | File
    """

    return (
        await asyncio_detailed(
            session_image_id=session_image_id,
            client=client,
        )
    ).parsed
