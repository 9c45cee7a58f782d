from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_collection_request import CreateCollectionRequest
from ...models.face_error_response import FaceErrorResponse
from ...types import Response


def _get_kwargs(
    large_face_list_id: str,
    *,
    body: CreateCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/largefacelists/{large_face_list_id}".format(
            large_face_list_id=quote(str(large_face_list_id), safe=""),
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
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Response[Any | FaceErrorResponse]:
    """Create an empty Large Face List with user-specified largeFaceListId, name, an optional userData and
    recognitionModel.

     Large Face List is a list of faces, up to 1,000,000 faces, and used by "Find Similar From Large Face
    List".

    After creation, user should use Add Large Face List Face to import the faces and Train Large Face
    List to make it ready for "Find Similar". No image will be stored. Only the extracted face
    feature(s) will be stored on server until Delete Large Face List is called.

    "Find Similar" is used for scenario like finding celebrity-like faces, similar face filtering, or as
    a light way face identification. But if the actual use is to identify person, please use Person
    Group / Large Person Group and "Identify".

    > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota: 64 Large Face Lists.
    >   * S0-tier subscription quota: 1,000,000 Large Face Lists.

    Args:
        large_face_list_id (str):
        body (CreateCollectionRequest): Model for creating face collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Any | FaceErrorResponse | None:
    """Create an empty Large Face List with user-specified largeFaceListId, name, an optional userData and
    recognitionModel.

     Large Face List is a list of faces, up to 1,000,000 faces, and used by "Find Similar From Large Face
    List".

    After creation, user should use Add Large Face List Face to import the faces and Train Large Face
    List to make it ready for "Find Similar". No image will be stored. Only the extracted face
    feature(s) will be stored on server until Delete Large Face List is called.

    "Find Similar" is used for scenario like finding celebrity-like faces, similar face filtering, or as
    a light way face identification. But if the actual use is to identify person, please use Person
    Group / Large Person Group and "Identify".

    > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota: 64 Large Face Lists.
    >   * S0-tier subscription quota: 1,000,000 Large Face Lists.

    Args:
        large_face_list_id (str):
        body (CreateCollectionRequest): Model for creating face collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        large_face_list_id=large_face_list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Response[Any | FaceErrorResponse]:
    """Create an empty Large Face List with user-specified largeFaceListId, name, an optional userData and
    recognitionModel.

     Large Face List is a list of faces, up to 1,000,000 faces, and used by "Find Similar From Large Face
    List".

    After creation, user should use Add Large Face List Face to import the faces and Train Large Face
    List to make it ready for "Find Similar". No image will be stored. Only the extracted face
    feature(s) will be stored on server until Delete Large Face List is called.

    "Find Similar" is used for scenario like finding celebrity-like faces, similar face filtering, or as
    a light way face identification. But if the actual use is to identify person, please use Person
    Group / Large Person Group and "Identify".

    > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota: 64 Large Face Lists.
    >   * S0-tier subscription quota: 1,000,000 Large Face Lists.

    Args:
        large_face_list_id (str):
        body (CreateCollectionRequest): Model for creating face collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Any | FaceErrorResponse | None:
    """Create an empty Large Face List with user-specified largeFaceListId, name, an optional userData and
    recognitionModel.

     Large Face List is a list of faces, up to 1,000,000 faces, and used by "Find Similar From Large Face
    List".

    After creation, user should use Add Large Face List Face to import the faces and Train Large Face
    List to make it ready for "Find Similar". No image will be stored. Only the extracted face
    feature(s) will be stored on server until Delete Large Face List is called.

    "Find Similar" is used for scenario like finding celebrity-like faces, similar face filtering, or as
    a light way face identification. But if the actual use is to identify person, please use Person
    Group / Large Person Group and "Identify".

    > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota: 64 Large Face Lists.
    >   * S0-tier subscription quota: 1,000,000 Large Face Lists.

    Args:
        large_face_list_id (str):
        body (CreateCollectionRequest): Model for creating face collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            large_face_list_id=large_face_list_id,
            client=client,
            body=body,
        )
    ).parsed
