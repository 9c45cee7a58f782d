from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_collection_request import CreateCollectionRequest
from ...models.face_error_response import FaceErrorResponse
from ...types import Response


def _get_kwargs(
    large_person_group_id: str,
    *,
    body: CreateCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/largepersongroups/{large_person_group_id}".format(
            large_person_group_id=quote(str(large_person_group_id), safe=""),
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Response[Any | FaceErrorResponse]:
    """Create a new Large Person Group with user-specified largePersonGroupId, name, an optional userData
    and recognitionModel.

     A Large Person Group is a container holding the uploaded person data, including the face recognition
    features. It can hold up to 1,000,000 entities.

    After creation, use "Create Large Person Group Person" to add person into the group, and call "Train
    Large Person Group" to get this group ready for "Identify From Large Person Group".

    No image will be stored. Only the person's extracted face feature(s) and userData will be stored on
    server until "Delete Large Person Group Person" or "Delete Large Person Group" is called.

    'recognitionModel' should be specified to associate with this Large Person Group. The default value
    for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify
    the model you need in this parameter. New faces that are added to an existing Large Person Group
    will use the recognition model that's already associated with the collection. Existing face
    feature(s) in a Large Person Group can't be updated to features extracted by another version of
    recognition model.

    > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota: 1,000 Large Person Groups.
    >   * S0-tier subscription quota: 1,000,000 Large Person Groups.

    Args:
        large_person_group_id (str):
        body (CreateCollectionRequest): Model for creating face collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Any | FaceErrorResponse | None:
    """Create a new Large Person Group with user-specified largePersonGroupId, name, an optional userData
    and recognitionModel.

     A Large Person Group is a container holding the uploaded person data, including the face recognition
    features. It can hold up to 1,000,000 entities.

    After creation, use "Create Large Person Group Person" to add person into the group, and call "Train
    Large Person Group" to get this group ready for "Identify From Large Person Group".

    No image will be stored. Only the person's extracted face feature(s) and userData will be stored on
    server until "Delete Large Person Group Person" or "Delete Large Person Group" is called.

    'recognitionModel' should be specified to associate with this Large Person Group. The default value
    for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify
    the model you need in this parameter. New faces that are added to an existing Large Person Group
    will use the recognition model that's already associated with the collection. Existing face
    feature(s) in a Large Person Group can't be updated to features extracted by another version of
    recognition model.

    > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota: 1,000 Large Person Groups.
    >   * S0-tier subscription quota: 1,000,000 Large Person Groups.

    Args:
        large_person_group_id (str):
        body (CreateCollectionRequest): Model for creating face collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        large_person_group_id=large_person_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Response[Any | FaceErrorResponse]:
    """Create a new Large Person Group with user-specified largePersonGroupId, name, an optional userData
    and recognitionModel.

     A Large Person Group is a container holding the uploaded person data, including the face recognition
    features. It can hold up to 1,000,000 entities.

    After creation, use "Create Large Person Group Person" to add person into the group, and call "Train
    Large Person Group" to get this group ready for "Identify From Large Person Group".

    No image will be stored. Only the person's extracted face feature(s) and userData will be stored on
    server until "Delete Large Person Group Person" or "Delete Large Person Group" is called.

    'recognitionModel' should be specified to associate with this Large Person Group. The default value
    for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify
    the model you need in this parameter. New faces that are added to an existing Large Person Group
    will use the recognition model that's already associated with the collection. Existing face
    feature(s) in a Large Person Group can't be updated to features extracted by another version of
    recognition model.

    > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota: 1,000 Large Person Groups.
    >   * S0-tier subscription quota: 1,000,000 Large Person Groups.

    Args:
        large_person_group_id (str):
        body (CreateCollectionRequest): Model for creating face collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Any | FaceErrorResponse | None:
    """Create a new Large Person Group with user-specified largePersonGroupId, name, an optional userData
    and recognitionModel.

     A Large Person Group is a container holding the uploaded person data, including the face recognition
    features. It can hold up to 1,000,000 entities.

    After creation, use "Create Large Person Group Person" to add person into the group, and call "Train
    Large Person Group" to get this group ready for "Identify From Large Person Group".

    No image will be stored. Only the person's extracted face feature(s) and userData will be stored on
    server until "Delete Large Person Group Person" or "Delete Large Person Group" is called.

    'recognitionModel' should be specified to associate with this Large Person Group. The default value
    for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify
    the model you need in this parameter. New faces that are added to an existing Large Person Group
    will use the recognition model that's already associated with the collection. Existing face
    feature(s) in a Large Person Group can't be updated to features extracted by another version of
    recognition model.

    > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota: 1,000 Large Person Groups.
    >   * S0-tier subscription quota: 1,000,000 Large Person Groups.

    Args:
        large_person_group_id (str):
        body (CreateCollectionRequest): Model for creating face collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            large_person_group_id=large_person_group_id,
            client=client,
            body=body,
        )
    ).parsed
