from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.face_user_data import FaceUserData
from ...types import Response


def _get_kwargs(
    large_person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    body: FaceUserData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/largepersongroups/{large_person_group_id}/persons/{person_id}/persistedfaces/{persisted_face_id}".format(
            large_person_group_id=quote(str(large_person_group_id), safe=""),
            person_id=quote(str(person_id), safe=""),
            persisted_face_id=quote(str(persisted_face_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    large_person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FaceUserData,
) -> Response[Any | FaceErrorResponse]:
    """Update a person persisted face's userData field.

    Args:
        large_person_group_id (str):
        person_id (str):
        persisted_face_id (str):
        body (FaceUserData): User defined data for persisted face.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
        person_id=person_id,
        persisted_face_id=persisted_face_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FaceUserData,
) -> Any | FaceErrorResponse | None:
    """Update a person persisted face's userData field.

    Args:
        large_person_group_id (str):
        person_id (str):
        persisted_face_id (str):
        body (FaceUserData): User defined data for persisted face.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        large_person_group_id=large_person_group_id,
        person_id=person_id,
        persisted_face_id=persisted_face_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    large_person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FaceUserData,
) -> Response[Any | FaceErrorResponse]:
    """Update a person persisted face's userData field.

    Args:
        large_person_group_id (str):
        person_id (str):
        persisted_face_id (str):
        body (FaceUserData): User defined data for persisted face.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
        person_id=person_id,
        persisted_face_id=persisted_face_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_person_group_id: str,
    person_id: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FaceUserData,
) -> Any | FaceErrorResponse | None:
    """Update a person persisted face's userData field.

    Args:
        large_person_group_id (str):
        person_id (str):
        persisted_face_id (str):
        body (FaceUserData): User defined data for persisted face.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            large_person_group_id=large_person_group_id,
            person_id=person_id,
            persisted_face_id=persisted_face_id,
            client=client,
            body=body,
        )
    ).parsed
