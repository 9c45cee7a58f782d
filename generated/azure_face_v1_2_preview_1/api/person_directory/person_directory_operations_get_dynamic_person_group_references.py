from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.list_group_reference_result import ListGroupReferenceResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    person_id: str,
    *,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["start"] = start

    params["top"] = top

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/persons/{person_id}/dynamicPersonGroupReferences".format(
            person_id=quote(str(person_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | ListGroupReferenceResult:
    if response.status_code == 200:
        response_200 = ListGroupReferenceResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | ListGroupReferenceResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> Response[FaceErrorResponse | ListGroupReferenceResult]:
    """List all Dynamic Person Groups a person has been referenced by in Person Directory.

     Dynamic Person Groups are stored in alphabetical order of Dynamic Person Group ID created in Person
    Directory "Create Dynamic Person Group".
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
        person_id (str):
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | ListGroupReferenceResult]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        start=start,
        top=top,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> FaceErrorResponse | ListGroupReferenceResult | None:
    """List all Dynamic Person Groups a person has been referenced by in Person Directory.

     Dynamic Person Groups are stored in alphabetical order of Dynamic Person Group ID created in Person
    Directory "Create Dynamic Person Group".
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
        person_id (str):
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | ListGroupReferenceResult
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        start=start,
        top=top,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> Response[FaceErrorResponse | ListGroupReferenceResult]:
    """List all Dynamic Person Groups a person has been referenced by in Person Directory.

     Dynamic Person Groups are stored in alphabetical order of Dynamic Person Group ID created in Person
    Directory "Create Dynamic Person Group".
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
        person_id (str):
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | ListGroupReferenceResult]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        start=start,
        top=top,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> FaceErrorResponse | ListGroupReferenceResult | None:
    """List all Dynamic Person Groups a person has been referenced by in Person Directory.

     Dynamic Person Groups are stored in alphabetical order of Dynamic Person Group ID created in Person
    Directory "Create Dynamic Person Group".
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
        person_id (str):
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | ListGroupReferenceResult
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            start=start,
            top=top,
        )
    ).parsed
