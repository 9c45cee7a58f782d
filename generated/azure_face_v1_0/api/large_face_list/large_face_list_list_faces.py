from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.persisted_face import PersistedFace
from ...types import UNSET, Response, Unset


def _get_kwargs(
    large_face_list_id: str,
    *,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["start"] = start

    params["top"] = top

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/largefacelists/{large_face_list_id}/persistedfaces".format(
            large_face_list_id=quote(str(large_face_list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | list[PersistedFace]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_persisted_faces_item_data in _response_200:
            componentsschemas_persisted_faces_item = PersistedFace.from_dict(
                componentsschemas_persisted_faces_item_data
            )

            response_200.append(componentsschemas_persisted_faces_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[PersistedFace]]:
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
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Response[APIError | list[PersistedFace]]:
    """List all faces in a large face list, and retrieve face information (including userData and
    persistedFaceIds of registered faces of the face).

    Args:
        large_face_list_id (str):
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[PersistedFace]]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
        start=start,
        top=top,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> APIError | list[PersistedFace] | None:
    """List all faces in a large face list, and retrieve face information (including userData and
    persistedFaceIds of registered faces of the face).

    Args:
        large_face_list_id (str):
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[PersistedFace]
    """

    return sync_detailed(
        large_face_list_id=large_face_list_id,
        client=client,
        start=start,
        top=top,
    ).parsed


async def asyncio_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Response[APIError | list[PersistedFace]]:
    """List all faces in a large face list, and retrieve face information (including userData and
    persistedFaceIds of registered faces of the face).

    Args:
        large_face_list_id (str):
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[PersistedFace]]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
        start=start,
        top=top,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> APIError | list[PersistedFace] | None:
    """List all faces in a large face list, and retrieve face information (including userData and
    persistedFaceIds of registered faces of the face).

    Args:
        large_face_list_id (str):
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[PersistedFace]
    """

    return (
        await asyncio_detailed(
            large_face_list_id=large_face_list_id,
            client=client,
            start=start,
            top=top,
        )
    ).parsed
