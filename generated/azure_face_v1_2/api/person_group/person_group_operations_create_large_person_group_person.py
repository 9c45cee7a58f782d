from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_person_result import CreatePersonResult
from ...models.face_error_response import FaceErrorResponse
from ...models.user_defined_fields import UserDefinedFields
from ...types import Response


def _get_kwargs(
    large_person_group_id: str,
    *,
    body: UserDefinedFields,
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
) -> CreatePersonResult | FaceErrorResponse:
    if response.status_code == 200:
        response_200 = CreatePersonResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePersonResult | FaceErrorResponse]:
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
    body: UserDefinedFields,
) -> Response[CreatePersonResult | FaceErrorResponse]:
    """Create a new person in a specified Large Person Group. To add face to this person, please call "Add
    Large Person Group Person Face".

     > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota:
    >     * 1,000 persons in all Large Person Groups.
    >   * S0-tier subscription quota:
    >     * 1,000,000 persons per Large Person Group.
    >     * 1,000,000 Large Person Groups.
    >     * 1,000,000,000 persons in all Large Person Groups.

    Args:
        large_person_group_id (str):
        body (UserDefinedFields): User defined fields for object creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonResult | FaceErrorResponse]
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
    body: UserDefinedFields,
) -> CreatePersonResult | FaceErrorResponse | None:
    """Create a new person in a specified Large Person Group. To add face to this person, please call "Add
    Large Person Group Person Face".

     > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota:
    >     * 1,000 persons in all Large Person Groups.
    >   * S0-tier subscription quota:
    >     * 1,000,000 persons per Large Person Group.
    >     * 1,000,000 Large Person Groups.
    >     * 1,000,000,000 persons in all Large Person Groups.

    Args:
        large_person_group_id (str):
        body (UserDefinedFields): User defined fields for object creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonResult | FaceErrorResponse
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
    body: UserDefinedFields,
) -> Response[CreatePersonResult | FaceErrorResponse]:
    """Create a new person in a specified Large Person Group. To add face to this person, please call "Add
    Large Person Group Person Face".

     > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota:
    >     * 1,000 persons in all Large Person Groups.
    >   * S0-tier subscription quota:
    >     * 1,000,000 persons per Large Person Group.
    >     * 1,000,000 Large Person Groups.
    >     * 1,000,000,000 persons in all Large Person Groups.

    Args:
        large_person_group_id (str):
        body (UserDefinedFields): User defined fields for object creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonResult | FaceErrorResponse]
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
    body: UserDefinedFields,
) -> CreatePersonResult | FaceErrorResponse | None:
    """Create a new person in a specified Large Person Group. To add face to this person, please call "Add
    Large Person Group Person Face".

     > [!NOTE]
    >
    > *
    >   * Free-tier subscription quota:
    >     * 1,000 persons in all Large Person Groups.
    >   * S0-tier subscription quota:
    >     * 1,000,000 persons per Large Person Group.
    >     * 1,000,000 Large Person Groups.
    >     * 1,000,000,000 persons in all Large Person Groups.

    Args:
        large_person_group_id (str):
        body (UserDefinedFields): User defined fields for object creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonResult | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            large_person_group_id=large_person_group_id,
            client=client,
            body=body,
        )
    ).parsed
