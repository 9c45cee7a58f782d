from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.face_list_item import FaceListItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    return_recognition_model: bool | Unset = False,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["returnRecognitionModel"] = return_recognition_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/facelists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[FaceListItem]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FaceListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[FaceListItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | list[FaceListItem]]:
    """List Face Lists' faceListId, name, userData and recognitionModel.

    To get face information inside Face List use "Get Face List".

    Args:
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[FaceListItem]]
    """

    kwargs = _get_kwargs(
        return_recognition_model=return_recognition_model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | list[FaceListItem] | None:
    """List Face Lists' faceListId, name, userData and recognitionModel.

    To get face information inside Face List use "Get Face List".

    Args:
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[FaceListItem]
    """

    return sync_detailed(
        client=client,
        return_recognition_model=return_recognition_model,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | list[FaceListItem]]:
    """List Face Lists' faceListId, name, userData and recognitionModel.

    To get face information inside Face List use "Get Face List".

    Args:
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[FaceListItem]]
    """

    kwargs = _get_kwargs(
        return_recognition_model=return_recognition_model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | list[FaceListItem] | None:
    """List Face Lists' faceListId, name, userData and recognitionModel.

    To get face information inside Face List use "Get Face List".

    Args:
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[FaceListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            return_recognition_model=return_recognition_model,
        )
    ).parsed
