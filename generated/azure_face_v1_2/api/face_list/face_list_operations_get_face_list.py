from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.face_list import FaceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    face_list_id: str,
    *,
    return_recognition_model: bool | Unset = False,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["returnRecognitionModel"] = return_recognition_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/facelists/{face_list_id}".format(
            face_list_id=quote(str(face_list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | FaceList:
    if response.status_code == 200:
        response_200 = FaceList.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | FaceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | FaceList]:
    """Retrieve a Face List's faceListId, name, userData, recognitionModel and faces in the Face List.

    Args:
        face_list_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | FaceList]
    """

    kwargs = _get_kwargs(
        face_list_id=face_list_id,
        return_recognition_model=return_recognition_model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | FaceList | None:
    """Retrieve a Face List's faceListId, name, userData, recognitionModel and faces in the Face List.

    Args:
        face_list_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | FaceList
    """

    return sync_detailed(
        face_list_id=face_list_id,
        client=client,
        return_recognition_model=return_recognition_model,
    ).parsed


async def asyncio_detailed(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | FaceList]:
    """Retrieve a Face List's faceListId, name, userData, recognitionModel and faces in the Face List.

    Args:
        face_list_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | FaceList]
    """

    kwargs = _get_kwargs(
        face_list_id=face_list_id,
        return_recognition_model=return_recognition_model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | FaceList | None:
    """Retrieve a Face List's faceListId, name, userData, recognitionModel and faces in the Face List.

    Args:
        face_list_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | FaceList
    """

    return (
        await asyncio_detailed(
            face_list_id=face_list_id,
            client=client,
            return_recognition_model=return_recognition_model,
        )
    ).parsed
