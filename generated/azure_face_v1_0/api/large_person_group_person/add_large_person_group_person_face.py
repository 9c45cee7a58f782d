from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.image_url import ImageUrl
from ...models.persisted_face import PersistedFace
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    large_person_group_id: str,
    person_id: str,
    *,
    body: ImageUrl | File | Unset = UNSET,
    user_data: str | Unset = UNSET,
    target_face: str | Unset = UNSET,
    detection_model: str | Unset = "detection_01",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userData"] = user_data

    params["targetFace"] = target_face

    params["detectionModel"] = detection_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/largepersongroups/{large_person_group_id}/persons/{person_id}/persistedfaces".format(
            large_person_group_id=quote(str(large_person_group_id), safe=""),
            person_id=quote(str(person_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, ImageUrl):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | PersistedFace:
    if response.status_code == 200:
        response_200 = PersistedFace.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | PersistedFace]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    large_person_group_id: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImageUrl | File | Unset = UNSET,
    user_data: str | Unset = UNSET,
    target_face: str | Unset = UNSET,
    detection_model: str | Unset = "detection_01",
) -> Response[FaceErrorResponse | PersistedFace]:
    """Add a face to a person of a LargePersonGroup.

     Stores the features of exactly one face; at most 248 faces per person. Errors: 400 BadArgument,
    InvalidURL, InvalidImage, InvalidImageSize; 403 QuotaExceeded; 404 LargePersonGroupNotFound,
    PersonNotFound; 409 LargePersonGroupTrainingNotFinished, ConcurrentOperationConflict.

    Args:
        large_person_group_id (str):
        person_id (str):
        user_data (str | Unset):
        target_face (str | Unset):
        detection_model (str | Unset):  Default: 'detection_01'.
        body (ImageUrl): An image given by URL.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | PersistedFace]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
        person_id=person_id,
        body=body,
        user_data=user_data,
        target_face=target_face,
        detection_model=detection_model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_person_group_id: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImageUrl | File | Unset = UNSET,
    user_data: str | Unset = UNSET,
    target_face: str | Unset = UNSET,
    detection_model: str | Unset = "detection_01",
) -> FaceErrorResponse | PersistedFace | None:
    """Add a face to a person of a LargePersonGroup.

     Stores the features of exactly one face; at most 248 faces per person. Errors: 400 BadArgument,
    InvalidURL, InvalidImage, InvalidImageSize; 403 QuotaExceeded; 404 LargePersonGroupNotFound,
    PersonNotFound; 409 LargePersonGroupTrainingNotFinished, ConcurrentOperationConflict.

    Args:
        large_person_group_id (str):
        person_id (str):
        user_data (str | Unset):
        target_face (str | Unset):
        detection_model (str | Unset):  Default: 'detection_01'.
        body (ImageUrl): An image given by URL.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | PersistedFace
    """

    return sync_detailed(
        large_person_group_id=large_person_group_id,
        person_id=person_id,
        client=client,
        body=body,
        user_data=user_data,
        target_face=target_face,
        detection_model=detection_model,
    ).parsed


async def asyncio_detailed(
    large_person_group_id: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImageUrl | File | Unset = UNSET,
    user_data: str | Unset = UNSET,
    target_face: str | Unset = UNSET,
    detection_model: str | Unset = "detection_01",
) -> Response[FaceErrorResponse | PersistedFace]:
    """Add a face to a person of a LargePersonGroup.

     Stores the features of exactly one face; at most 248 faces per person. Errors: 400 BadArgument,
    InvalidURL, InvalidImage, InvalidImageSize; 403 QuotaExceeded; 404 LargePersonGroupNotFound,
    PersonNotFound; 409 LargePersonGroupTrainingNotFinished, ConcurrentOperationConflict.

    Args:
        large_person_group_id (str):
        person_id (str):
        user_data (str | Unset):
        target_face (str | Unset):
        detection_model (str | Unset):  Default: 'detection_01'.
        body (ImageUrl): An image given by URL.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | PersistedFace]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
        person_id=person_id,
        body=body,
        user_data=user_data,
        target_face=target_face,
        detection_model=detection_model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_person_group_id: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImageUrl | File | Unset = UNSET,
    user_data: str | Unset = UNSET,
    target_face: str | Unset = UNSET,
    detection_model: str | Unset = "detection_01",
) -> FaceErrorResponse | PersistedFace | None:
    """Add a face to a person of a LargePersonGroup.

     Stores the features of exactly one face; at most 248 faces per person. Errors: 400 BadArgument,
    InvalidURL, InvalidImage, InvalidImageSize; 403 QuotaExceeded; 404 LargePersonGroupNotFound,
    PersonNotFound; 409 LargePersonGroupTrainingNotFinished, ConcurrentOperationConflict.

    Args:
        large_person_group_id (str):
        person_id (str):
        user_data (str | Unset):
        target_face (str | Unset):
        detection_model (str | Unset):  Default: 'detection_01'.
        body (ImageUrl): An image given by URL.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | PersistedFace
    """

    return (
        await asyncio_detailed(
            large_person_group_id=large_person_group_id,
            person_id=person_id,
            client=client,
            body=body,
            user_data=user_data,
            target_face=target_face,
            detection_model=detection_model,
        )
    ).parsed
