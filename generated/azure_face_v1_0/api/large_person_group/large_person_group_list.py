from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.large_person_group import LargePersonGroup
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
        "url": "/largepersongroups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | list[LargePersonGroup]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_large_person_groups_item_data in _response_200:
            componentsschemas_large_person_groups_item = LargePersonGroup.from_dict(
                componentsschemas_large_person_groups_item_data
            )

            response_200.append(componentsschemas_large_person_groups_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[LargePersonGroup]]:
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
) -> Response[APIError | list[LargePersonGroup]]:
    """List all existing large person groups’ largePersonGroupId, name, userData and recognitionModel.<br
    />
    * Large person groups are stored in alphabetical order of largePersonGroupId.
    * "start" parameter (string, optional) is a user-provided largePersonGroupId value that returned
    entries have larger ids by string comparison. "start" set to empty to indicate return from the first
    item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 large person groups: "group1", ..., "group5".
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
        Response[APIError | list[LargePersonGroup]]
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
) -> APIError | list[LargePersonGroup] | None:
    """List all existing large person groups’ largePersonGroupId, name, userData and recognitionModel.<br
    />
    * Large person groups are stored in alphabetical order of largePersonGroupId.
    * "start" parameter (string, optional) is a user-provided largePersonGroupId value that returned
    entries have larger ids by string comparison. "start" set to empty to indicate return from the first
    item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 large person groups: "group1", ..., "group5".
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
        APIError | list[LargePersonGroup]
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
) -> Response[APIError | list[LargePersonGroup]]:
    """List all existing large person groups’ largePersonGroupId, name, userData and recognitionModel.<br
    />
    * Large person groups are stored in alphabetical order of largePersonGroupId.
    * "start" parameter (string, optional) is a user-provided largePersonGroupId value that returned
    entries have larger ids by string comparison. "start" set to empty to indicate return from the first
    item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 large person groups: "group1", ..., "group5".
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
        Response[APIError | list[LargePersonGroup]]
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
) -> APIError | list[LargePersonGroup] | None:
    """List all existing large person groups’ largePersonGroupId, name, userData and recognitionModel.<br
    />
    * Large person groups are stored in alphabetical order of largePersonGroupId.
    * "start" parameter (string, optional) is a user-provided largePersonGroupId value that returned
    entries have larger ids by string comparison. "start" set to empty to indicate return from the first
    item.
    * "top" parameter (int, optional) specifies the number of entries to return. A maximal of 1000
    entries can be returned in one call. To fetch more, you can specify "start" with the last returned
    entry’s Id of the current call.
    <br />
    For example, total 5 large person groups: "group1", ..., "group5".
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
        APIError | list[LargePersonGroup]
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            top=top,
            return_recognition_model=return_recognition_model,
        )
    ).parsed
