from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...types import Response


def _get_kwargs(
    large_face_list_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/largefacelists/{large_face_list_id}".format(
            large_face_list_id=quote(str(large_face_list_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | Any:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[APIError | Any]:
    """Delete a specified large face list.

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> APIError | Any | None:
    """Delete a specified large face list.

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return sync_detailed(
        large_face_list_id=large_face_list_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[APIError | Any]:
    """Delete a specified large face list.

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> APIError | Any | None:
    """Delete a specified large face list.

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return (
        await asyncio_detailed(
            large_face_list_id=large_face_list_id,
            client=client,
        )
    ).parsed
