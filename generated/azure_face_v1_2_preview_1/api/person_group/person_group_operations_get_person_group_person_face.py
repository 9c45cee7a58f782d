from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.person_group_person_face import PersonGroupPersonFace
from ...types import Response


def _get_kwargs(
    person_group_id: str,
    person_id: str,
    persisted_face_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/persongroups/{person_group_id}/persons/{person_id}/persistedfaces/{persisted_face_id}".format(
            person_group_id=quote(str(person_group_id), safe=""),
            person_id=quote(str(person_id), safe=""),
            persisted_face_id=quote(str(persisted_face_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | PersonGroupPersonFace:
    if response.status_code == 200:
        response_200 = PersonGroupPersonFace.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | PersonGroupPersonFace]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | PersonGroupPersonFace]:
    """Retrieve person face information. The persisted person face is specified by its personGroupId,
    personId and persistedFaceId.

    Args:
        person_group_id (str):
        person_id (str):
        persisted_face_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | PersonGroupPersonFace]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        person_id=person_id,
        persisted_face_id=persisted_face_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | PersonGroupPersonFace | None:
    """Retrieve person face information. The persisted person face is specified by its personGroupId,
    personId and persistedFaceId.

    Args:
        person_group_id (str):
        person_id (str):
        persisted_face_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | PersonGroupPersonFace
    """

    return sync_detailed(
        person_group_id=person_group_id,
        person_id=person_id,
        persisted_face_id=persisted_face_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | PersonGroupPersonFace]:
    """Retrieve person face information. The persisted person face is specified by its personGroupId,
    personId and persistedFaceId.

    Args:
        person_group_id (str):
        person_id (str):
        persisted_face_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | PersonGroupPersonFace]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        person_id=person_id,
        persisted_face_id=persisted_face_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | PersonGroupPersonFace | None:
    """Retrieve person face information. The persisted person face is specified by its personGroupId,
    personId and persistedFaceId.

    Args:
        person_group_id (str):
        person_id (str):
        persisted_face_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | PersonGroupPersonFace
    """

    return (
        await asyncio_detailed(
            person_group_id=person_group_id,
            person_id=person_id,
            persisted_face_id=persisted_face_id,
            client=client,
        )
    ).parsed
