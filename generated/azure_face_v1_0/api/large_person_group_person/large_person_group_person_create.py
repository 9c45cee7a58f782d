from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.name_and_user_data_contract import NameAndUserDataContract
from ...models.person import Person
from ...types import Response


def _get_kwargs(
    large_person_group_id: str,
    *,
    body: NameAndUserDataContract,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/largepersongroups/{large_person_group_id}/persons".format(
            large_person_group_id=quote(str(large_person_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | Person:
    if response.status_code == 200:
        response_200 = Person.from_dict(response.json())

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | Person]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NameAndUserDataContract,
) -> Response[APIError | Person]:
    """Create a new person in a specified large person group.

    Args:
        large_person_group_id (str):
        body (NameAndUserDataContract): A combination of user defined name and user specified data
            for the person, largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Person]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NameAndUserDataContract,
) -> APIError | Person | None:
    """Create a new person in a specified large person group.

    Args:
        large_person_group_id (str):
        body (NameAndUserDataContract): A combination of user defined name and user specified data
            for the person, largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Person
    """

    return sync_detailed(
        large_person_group_id=large_person_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NameAndUserDataContract,
) -> Response[APIError | Person]:
    """Create a new person in a specified large person group.

    Args:
        large_person_group_id (str):
        body (NameAndUserDataContract): A combination of user defined name and user specified data
            for the person, largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Person]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NameAndUserDataContract,
) -> APIError | Person | None:
    """Create a new person in a specified large person group.

    Args:
        large_person_group_id (str):
        body (NameAndUserDataContract): A combination of user defined name and user specified data
            for the person, largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Person
    """

    return (
        await asyncio_detailed(
            large_person_group_id=large_person_group_id,
            client=client,
            body=body,
        )
    ).parsed
