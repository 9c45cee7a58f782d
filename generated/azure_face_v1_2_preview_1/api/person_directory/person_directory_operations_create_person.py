from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_person_result import CreatePersonResult
from ...models.face_error_response import FaceErrorResponse
from ...models.user_defined_fields import UserDefinedFields
from ...types import Response


def _get_kwargs(
    *,
    body: UserDefinedFields,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/persons",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePersonResult | FaceErrorResponse:
    if response.status_code == 202:
        response_202 = CreatePersonResult.from_dict(response.json())

        return response_202

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
    *,
    client: AuthenticatedClient | Client,
    body: UserDefinedFields,
) -> Response[CreatePersonResult | FaceErrorResponse]:
    """Creates a new person in a Person Directory. To add face to this person, please call Person Directory
    "Add Person Face".

    Args:
        body (UserDefinedFields): User defined fields for object creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonResult | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UserDefinedFields,
) -> CreatePersonResult | FaceErrorResponse | None:
    """Creates a new person in a Person Directory. To add face to this person, please call Person Directory
    "Add Person Face".

    Args:
        body (UserDefinedFields): User defined fields for object creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonResult | FaceErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserDefinedFields,
) -> Response[CreatePersonResult | FaceErrorResponse]:
    """Creates a new person in a Person Directory. To add face to this person, please call Person Directory
    "Add Person Face".

    Args:
        body (UserDefinedFields): User defined fields for object creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonResult | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserDefinedFields,
) -> CreatePersonResult | FaceErrorResponse | None:
    """Creates a new person in a Person Directory. To add face to this person, please call Person Directory
    "Add Person Face".

    Args:
        body (UserDefinedFields): User defined fields for object creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonResult | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
