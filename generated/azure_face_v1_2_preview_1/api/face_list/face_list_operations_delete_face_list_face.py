from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...types import Response


def _get_kwargs(
    face_list_id: str,
    persisted_face_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/facelists/{face_list_id}/persistedfaces/{persisted_face_id}".format(
            face_list_id=quote(str(face_list_id), safe=""),
            persisted_face_id=quote(str(persisted_face_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FaceErrorResponse:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FaceErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    face_list_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FaceErrorResponse]:
    """Delete a face from a Face List by specified faceListId and persistedFaceId.

     Adding/deleting faces to/from a same Face List are processed sequentially and to/from different Face
    Lists are in parallel.

    Args:
        face_list_id (str):
        persisted_face_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        face_list_id=face_list_id,
        persisted_face_id=persisted_face_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    face_list_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FaceErrorResponse | None:
    """Delete a face from a Face List by specified faceListId and persistedFaceId.

     Adding/deleting faces to/from a same Face List are processed sequentially and to/from different Face
    Lists are in parallel.

    Args:
        face_list_id (str):
        persisted_face_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        face_list_id=face_list_id,
        persisted_face_id=persisted_face_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    face_list_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FaceErrorResponse]:
    """Delete a face from a Face List by specified faceListId and persistedFaceId.

     Adding/deleting faces to/from a same Face List are processed sequentially and to/from different Face
    Lists are in parallel.

    Args:
        face_list_id (str):
        persisted_face_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        face_list_id=face_list_id,
        persisted_face_id=persisted_face_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    face_list_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FaceErrorResponse | None:
    """Delete a face from a Face List by specified faceListId and persistedFaceId.

     Adding/deleting faces to/from a same Face List are processed sequentially and to/from different Face
    Lists are in parallel.

    Args:
        face_list_id (str):
        persisted_face_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            face_list_id=face_list_id,
            persisted_face_id=persisted_face_id,
            client=client,
        )
    ).parsed
