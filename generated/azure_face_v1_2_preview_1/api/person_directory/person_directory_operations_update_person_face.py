from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.face_user_data import FaceUserData
from ...types import Response


def _get_kwargs(
    person_id: str,
    recognition_model: str,
    persisted_face_id: str,
    *,
    body: FaceUserData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/persons/{person_id}/recognitionModels/{recognition_model}/persistedfaces/{persisted_face_id}".format(
            person_id=quote(str(person_id), safe=""),
            recognition_model=quote(str(recognition_model), safe=""),
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
    person_id: str,
    recognition_model: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FaceUserData,
) -> Response[Any | FaceErrorResponse]:
    """Update a persisted face's userData field of a person.

    Args:
        person_id (str):
        recognition_model (str):
        persisted_face_id (str):
        body (FaceUserData): User defined data for persisted face.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        recognition_model=recognition_model,
        persisted_face_id=persisted_face_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    recognition_model: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FaceUserData,
) -> Any | FaceErrorResponse | None:
    """Update a persisted face's userData field of a person.

    Args:
        person_id (str):
        recognition_model (str):
        persisted_face_id (str):
        body (FaceUserData): User defined data for persisted face.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        person_id=person_id,
        recognition_model=recognition_model,
        persisted_face_id=persisted_face_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    recognition_model: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FaceUserData,
) -> Response[Any | FaceErrorResponse]:
    """Update a persisted face's userData field of a person.

    Args:
        person_id (str):
        recognition_model (str):
        persisted_face_id (str):
        body (FaceUserData): User defined data for persisted face.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        recognition_model=recognition_model,
        persisted_face_id=persisted_face_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    recognition_model: str,
    persisted_face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FaceUserData,
) -> Any | FaceErrorResponse | None:
    """Update a persisted face's userData field of a person.

    Args:
        person_id (str):
        recognition_model (str):
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
            person_id=person_id,
            recognition_model=recognition_model,
            persisted_face_id=persisted_face_id,
            client=client,
            body=body,
        )
    ).parsed
