from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...types import Response


def _get_kwargs(
    person_group_id: str,
    person_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/persongroups/{person_group_id}/persons/{person_id}".format(
            person_group_id=quote(str(person_group_id), safe=""),
            person_id=quote(str(person_id), safe=""),
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
    person_group_id: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FaceErrorResponse]:
    """Delete an existing person from a Person Group. The persistedFaceId, userData, person name and face
    feature(s) in the person entry will all be deleted.

    Args:
        person_group_id (str):
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        person_id=person_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_group_id: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FaceErrorResponse | None:
    """Delete an existing person from a Person Group. The persistedFaceId, userData, person name and face
    feature(s) in the person entry will all be deleted.

    Args:
        person_group_id (str):
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        person_group_id=person_group_id,
        person_id=person_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    person_group_id: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FaceErrorResponse]:
    """Delete an existing person from a Person Group. The persistedFaceId, userData, person name and face
    feature(s) in the person entry will all be deleted.

    Args:
        person_group_id (str):
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        person_id=person_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_group_id: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FaceErrorResponse | None:
    """Delete an existing person from a Person Group. The persistedFaceId, userData, person name and face
    feature(s) in the person entry will all be deleted.

    Args:
        person_group_id (str):
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            person_group_id=person_group_id,
            person_id=person_id,
            client=client,
        )
    ).parsed
