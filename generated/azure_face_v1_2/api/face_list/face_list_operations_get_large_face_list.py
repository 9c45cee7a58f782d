from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.large_face_list import LargeFaceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    large_face_list_id: str,
    *,
    return_recognition_model: bool | Unset = False,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["returnRecognitionModel"] = return_recognition_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/largefacelists/{large_face_list_id}".format(
            large_face_list_id=quote(str(large_face_list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | LargeFaceList:
    if response.status_code == 200:
        response_200 = LargeFaceList.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | LargeFaceList]:
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
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | LargeFaceList]:
    """Retrieve a Large Face List's largeFaceListId, name, userData and recognitionModel.

    Args:
        large_face_list_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | LargeFaceList]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
        return_recognition_model=return_recognition_model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | LargeFaceList | None:
    """Retrieve a Large Face List's largeFaceListId, name, userData and recognitionModel.

    Args:
        large_face_list_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | LargeFaceList
    """

    return sync_detailed(
        large_face_list_id=large_face_list_id,
        client=client,
        return_recognition_model=return_recognition_model,
    ).parsed


async def asyncio_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | LargeFaceList]:
    """Retrieve a Large Face List's largeFaceListId, name, userData and recognitionModel.

    Args:
        large_face_list_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | LargeFaceList]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
        return_recognition_model=return_recognition_model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | LargeFaceList | None:
    """Retrieve a Large Face List's largeFaceListId, name, userData and recognitionModel.

    Args:
        large_face_list_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | LargeFaceList
    """

    return (
        await asyncio_detailed(
            large_face_list_id=large_face_list_id,
            client=client,
            return_recognition_model=return_recognition_model,
        )
    ).parsed
