from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.person_group import PersonGroup
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
        "url": "/persongroups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | list[PersonGroup]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_person_groups_item_data in _response_200:
            componentsschemas_person_groups_item = PersonGroup.from_dict(
                componentsschemas_person_groups_item_data
            )

            response_200.append(componentsschemas_person_groups_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[PersonGroup]]:
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
) -> Response[APIError | list[PersonGroup]]:
    """List person groups’ personGroupId, name, userData and recognitionModel.<br />
    * Person groups are stored in alphabetical order of personGroupId.
    * "start" parameter (string, optional) is a user-provided personGroupId value that returned entries
    have larger ids by string comparison. "start" set to empty to indicate return from the first item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 person groups: "group1", ..., "group5".
    <br /> "start=&top=" will return all 5 groups.
    <br /> "start=&top=2" will return "group1", "group2".
    <br /> "start=group2&top=3" will return "group3", "group4", "group5".

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[PersonGroup]]
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
) -> APIError | list[PersonGroup] | None:
    """List person groups’ personGroupId, name, userData and recognitionModel.<br />
    * Person groups are stored in alphabetical order of personGroupId.
    * "start" parameter (string, optional) is a user-provided personGroupId value that returned entries
    have larger ids by string comparison. "start" set to empty to indicate return from the first item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 person groups: "group1", ..., "group5".
    <br /> "start=&top=" will return all 5 groups.
    <br /> "start=&top=2" will return "group1", "group2".
    <br /> "start=group2&top=3" will return "group3", "group4", "group5".

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[PersonGroup]
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
) -> Response[APIError | list[PersonGroup]]:
    """List person groups’ personGroupId, name, userData and recognitionModel.<br />
    * Person groups are stored in alphabetical order of personGroupId.
    * "start" parameter (string, optional) is a user-provided personGroupId value that returned entries
    have larger ids by string comparison. "start" set to empty to indicate return from the first item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 person groups: "group1", ..., "group5".
    <br /> "start=&top=" will return all 5 groups.
    <br /> "start=&top=2" will return "group1", "group2".
    <br /> "start=group2&top=3" will return "group3", "group4", "group5".

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[PersonGroup]]
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
) -> APIError | list[PersonGroup] | None:
    """List person groups’ personGroupId, name, userData and recognitionModel.<br />
    * Person groups are stored in alphabetical order of personGroupId.
    * "start" parameter (string, optional) is a user-provided personGroupId value that returned entries
    have larger ids by string comparison. "start" set to empty to indicate return from the first item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 person groups: "group1", ..., "group5".
    <br /> "start=&top=" will return all 5 groups.
    <br /> "start=&top=2" will return "group1", "group2".
    <br /> "start=group2&top=3" will return "group3", "group4", "group5".

    Args:
        start (str | Unset):
        top (int | Unset):  Default: 1000.
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[PersonGroup]
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            top=top,
            return_recognition_model=return_recognition_model,
        )
    ).parsed
