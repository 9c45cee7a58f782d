from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.liveness_session_item import LivenessSessionItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["start"] = start

    params["top"] = top

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/detectLiveness/singleModal/sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[LivenessSessionItem]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LivenessSessionItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[LivenessSessionItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> Response[FaceErrorResponse | list[LivenessSessionItem]]:
    """Lists sessions for /detectLiveness/SingleModal.

     List sessions from the last sessionId greater than the 'start'.

    The result should be ordered by sessionId in ascending order.

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[LivenessSessionItem]]
    """

    kwargs = _get_kwargs(
        start=start,
        top=top,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> FaceErrorResponse | list[LivenessSessionItem] | None:
    """Lists sessions for /detectLiveness/SingleModal.

     List sessions from the last sessionId greater than the 'start'.

    The result should be ordered by sessionId in ascending order.

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[LivenessSessionItem]
    """

    return sync_detailed(
        client=client,
        start=start,
        top=top,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> Response[FaceErrorResponse | list[LivenessSessionItem]]:
    """Lists sessions for /detectLiveness/SingleModal.

     List sessions from the last sessionId greater than the 'start'.

    The result should be ordered by sessionId in ascending order.

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[LivenessSessionItem]]
    """

    kwargs = _get_kwargs(
        start=start,
        top=top,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> FaceErrorResponse | list[LivenessSessionItem] | None:
    """Lists sessions for /detectLiveness/SingleModal.

     List sessions from the last sessionId greater than the 'start'.

    The result should be ordered by sessionId in ascending order.

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[LivenessSessionItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            top=top,
        )
    ).parsed
