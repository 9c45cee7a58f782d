from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.large_face_list import LargeFaceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    return_recognition_model: bool | Unset = False,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["returnRecognitionModel"] = return_recognition_model

    params["start"] = start

    params["top"] = top

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/largefacelists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | list[LargeFaceList]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_large_face_lists_item_data in _response_200:
            componentsschemas_large_face_lists_item = LargeFaceList.from_dict(
                componentsschemas_large_face_lists_item_data
            )

            response_200.append(componentsschemas_large_face_lists_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[LargeFaceList]]:
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
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Response[APIError | list[LargeFaceList]]:
    """List large face lists’ information of largeFaceListId, name, userData and recognitionModel. <br />
    To get face information inside largeFaceList use [LargeFaceList Face -
    Get](https://docs.microsoft.com/rest/api/faceapi/largefacelist/getface)<br />
    * Large face lists are stored in alphabetical order of largeFaceListId.
    * "start" parameter (string, optional) is a user-provided largeFaceListId value that returned
    entries have larger ids by string comparison. "start" set to empty to indicate return from the first
    item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 large person lists: "list1", ..., "list5".
    <br /> "start=&top=" will return all 5 lists.
    <br /> "start=&top=2" will return "list1", "list2".
    <br /> "start=list2&top=3" will return "list3", "list4", "list5".

    Args:
        return_recognition_model (bool | Unset):  Default: False.
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[LargeFaceList]]
    """

    kwargs = _get_kwargs(
        return_recognition_model=return_recognition_model,
        start=start,
        top=top,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> APIError | list[LargeFaceList] | None:
    """List large face lists’ information of largeFaceListId, name, userData and recognitionModel. <br />
    To get face information inside largeFaceList use [LargeFaceList Face -
    Get](https://docs.microsoft.com/rest/api/faceapi/largefacelist/getface)<br />
    * Large face lists are stored in alphabetical order of largeFaceListId.
    * "start" parameter (string, optional) is a user-provided largeFaceListId value that returned
    entries have larger ids by string comparison. "start" set to empty to indicate return from the first
    item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 large person lists: "list1", ..., "list5".
    <br /> "start=&top=" will return all 5 lists.
    <br /> "start=&top=2" will return "list1", "list2".
    <br /> "start=list2&top=3" will return "list3", "list4", "list5".

    Args:
        return_recognition_model (bool | Unset):  Default: False.
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[LargeFaceList]
    """

    return sync_detailed(
        client=client,
        return_recognition_model=return_recognition_model,
        start=start,
        top=top,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Response[APIError | list[LargeFaceList]]:
    """List large face lists’ information of largeFaceListId, name, userData and recognitionModel. <br />
    To get face information inside largeFaceList use [LargeFaceList Face -
    Get](https://docs.microsoft.com/rest/api/faceapi/largefacelist/getface)<br />
    * Large face lists are stored in alphabetical order of largeFaceListId.
    * "start" parameter (string, optional) is a user-provided largeFaceListId value that returned
    entries have larger ids by string comparison. "start" set to empty to indicate return from the first
    item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 large person lists: "list1", ..., "list5".
    <br /> "start=&top=" will return all 5 lists.
    <br /> "start=&top=2" will return "list1", "list2".
    <br /> "start=list2&top=3" will return "list3", "list4", "list5".

    Args:
        return_recognition_model (bool | Unset):  Default: False.
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[LargeFaceList]]
    """

    kwargs = _get_kwargs(
        return_recognition_model=return_recognition_model,
        start=start,
        top=top,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> APIError | list[LargeFaceList] | None:
    """List large face lists’ information of largeFaceListId, name, userData and recognitionModel. <br />
    To get face information inside largeFaceList use [LargeFaceList Face -
    Get](https://docs.microsoft.com/rest/api/faceapi/largefacelist/getface)<br />
    * Large face lists are stored in alphabetical order of largeFaceListId.
    * "start" parameter (string, optional) is a user-provided largeFaceListId value that returned
    entries have larger ids by string comparison. "start" set to empty to indicate return from the first
    item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 large person lists: "list1", ..., "list5".
    <br /> "start=&top=" will return all 5 lists.
    <br /> "start=&top=2" will return "list1", "list2".
    <br /> "start=list2&top=3" will return "list3", "list4", "list5".

    Args:
        return_recognition_model (bool | Unset):  Default: False.
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[LargeFaceList]
    """

    return (
        await asyncio_detailed(
            client=client,
            return_recognition_model=return_recognition_model,
            start=start,
            top=top,
        )
    ).parsed
