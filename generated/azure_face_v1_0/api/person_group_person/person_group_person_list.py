from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.person import Person
from ...types import UNSET, Response, Unset


def _get_kwargs(
    person_group_id: str,
    *,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["start"] = start

    params["top"] = top

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/persongroups/{person_group_id}/persons".format(
            person_group_id=quote(str(person_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | list[Person]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_persons_item_data in _response_200:
            componentsschemas_persons_item = Person.from_dict(
                componentsschemas_persons_item_data
            )

            response_200.append(componentsschemas_persons_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[Person]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Response[APIError | list[Person]]:
    """List all persons in a person group, and retrieve person information (including personId, name,
    userData and persistedFaceIds of registered faces of the person).

    Args:
        person_group_id (str):
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[Person]]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        start=start,
        top=top,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> APIError | list[Person] | None:
    """List all persons in a person group, and retrieve person information (including personId, name,
    userData and persistedFaceIds of registered faces of the person).

    Args:
        person_group_id (str):
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[Person]
    """

    return sync_detailed(
        person_group_id=person_group_id,
        client=client,
        start=start,
        top=top,
    ).parsed


async def asyncio_detailed(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Response[APIError | list[Person]]:
    """List all persons in a person group, and retrieve person information (including personId, name,
    userData and persistedFaceIds of registered faces of the person).

    Args:
        person_group_id (str):
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[Person]]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        start=start,
        top=top,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = UNSET,
) -> APIError | list[Person] | None:
    """List all persons in a person group, and retrieve person information (including personId, name,
    userData and persistedFaceIds of registered faces of the person).

    Args:
        person_group_id (str):
        start (str | Unset):
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[Person]
    """

    return (
        await asyncio_detailed(
            person_group_id=person_group_id,
            client=client,
            start=start,
            top=top,
        )
    ).parsed
