from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.large_face_list import LargeFaceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
    return_recognition_model: bool | Unset = False,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["start"] = start

    params["top"] = top

    params["returnRecognitionModel"] = return_recognition_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/largefacelists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[LargeFaceList]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LargeFaceList.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[LargeFaceList]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | list[LargeFaceList]]:
    """List Large Face Lists' information of largeFaceListId, name, userData and recognitionModel.

     To get face information inside largeFaceList use "Get Large Face List Face".

    Large Face Lists are stored in alphabetical order of largeFaceListId.
    >
    *
      * "start" parameter (string, optional) specifies an ID value from which returned entries will have
    larger IDs based on string comparison. Setting "start" to an empty value indicates that entries
    should be returned starting from the first item.
      * "top" parameter (int, optional) determines the maximum number of entries to be returned, with a
    limit of up to 1000 entries per call. To retrieve additional entries beyond this limit, specify
    "start" with the personId of the last entry returned in the current call.

    > [!TIP]
    >
    > * For example, there are total 5 items with their IDs: "itemId1", ..., "itemId5".
    >   * "start=&top=" will return all 5 items.
    >   * "start=&top=2" will return "itemId1", "itemId2".
    >   * "start=itemId2&top=3" will return "itemId3", "itemId4", "itemId5".

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[LargeFaceList]]
    """

    kwargs = _get_kwargs(
        start=start,
        top=top,
        return_recognition_model=return_recognition_model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | list[LargeFaceList] | None:
    """List Large Face Lists' information of largeFaceListId, name, userData and recognitionModel.

     To get face information inside largeFaceList use "Get Large Face List Face".

    Large Face Lists are stored in alphabetical order of largeFaceListId.
    >
    *
      * "start" parameter (string, optional) specifies an ID value from which returned entries will have
    larger IDs based on string comparison. Setting "start" to an empty value indicates that entries
    should be returned starting from the first item.
      * "top" parameter (int, optional) determines the maximum number of entries to be returned, with a
    limit of up to 1000 entries per call. To retrieve additional entries beyond this limit, specify
    "start" with the personId of the last entry returned in the current call.

    > [!TIP]
    >
    > * For example, there are total 5 items with their IDs: "itemId1", ..., "itemId5".
    >   * "start=&top=" will return all 5 items.
    >   * "start=&top=2" will return "itemId1", "itemId2".
    >   * "start=itemId2&top=3" will return "itemId3", "itemId4", "itemId5".

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[LargeFaceList]
    """

    return sync_detailed(
        client=client,
        start=start,
        top=top,
        return_recognition_model=return_recognition_model,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | list[LargeFaceList]]:
    """List Large Face Lists' information of largeFaceListId, name, userData and recognitionModel.

     To get face information inside largeFaceList use "Get Large Face List Face".

    Large Face Lists are stored in alphabetical order of largeFaceListId.
    >
    *
      * "start" parameter (string, optional) specifies an ID value from which returned entries will have
    larger IDs based on string comparison. Setting "start" to an empty value indicates that entries
    should be returned starting from the first item.
      * "top" parameter (int, optional) determines the maximum number of entries to be returned, with a
    limit of up to 1000 entries per call. To retrieve additional entries beyond this limit, specify
    "start" with the personId of the last entry returned in the current call.

    > [!TIP]
    >
    > * For example, there are total 5 items with their IDs: "itemId1", ..., "itemId5".
    >   * "start=&top=" will return all 5 items.
    >   * "start=&top=2" will return "itemId1", "itemId2".
    >   * "start=itemId2&top=3" will return "itemId3", "itemId4", "itemId5".

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[LargeFaceList]]
    """

    kwargs = _get_kwargs(
        start=start,
        top=top,
        return_recognition_model=return_recognition_model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | list[LargeFaceList] | None:
    """List Large Face Lists' information of largeFaceListId, name, userData and recognitionModel.

     To get face information inside largeFaceList use "Get Large Face List Face".

    Large Face Lists are stored in alphabetical order of largeFaceListId.
    >
    *
      * "start" parameter (string, optional) specifies an ID value from which returned entries will have
    larger IDs based on string comparison. Setting "start" to an empty value indicates that entries
    should be returned starting from the first item.
      * "top" parameter (int, optional) determines the maximum number of entries to be returned, with a
    limit of up to 1000 entries per call. To retrieve additional entries beyond this limit, specify
    "start" with the personId of the last entry returned in the current call.

    > [!TIP]
    >
    > * For example, there are total 5 items with their IDs: "itemId1", ..., "itemId5".
    >   * "start=&top=" will return all 5 items.
    >   * "start=&top=2" will return "itemId1", "itemId2".
    >   * "start=itemId2&top=3" will return "itemId3", "itemId4", "itemId5".

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[LargeFaceList]
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            top=top,
            return_recognition_model=return_recognition_model,
        )
    ).parsed
