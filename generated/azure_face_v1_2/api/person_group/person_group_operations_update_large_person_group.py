from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.user_defined_fields_for_update import UserDefinedFieldsForUpdate
from ...types import Response


def _get_kwargs(
    large_person_group_id: str,
    *,
    body: UserDefinedFieldsForUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/largepersongroups/{large_person_group_id}".format(
            large_person_group_id=quote(str(large_person_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FaceErrorResponse:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FaceErrorResponse]:
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
    body: UserDefinedFieldsForUpdate,
) -> Response[Any | FaceErrorResponse]:
    """Update an existing Large Person Group's name and userData. The properties keep unchanged if they are
    not in request body.

    Args:
        large_person_group_id (str):
        body (UserDefinedFieldsForUpdate): User defined fields for object update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
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
    body: UserDefinedFieldsForUpdate,
) -> Any | FaceErrorResponse | None:
    """Update an existing Large Person Group's name and userData. The properties keep unchanged if they are
    not in request body.

    Args:
        large_person_group_id (str):
        body (UserDefinedFieldsForUpdate): User defined fields for object update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
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
    body: UserDefinedFieldsForUpdate,
) -> Response[Any | FaceErrorResponse]:
    """Update an existing Large Person Group's name and userData. The properties keep unchanged if they are
    not in request body.

    Args:
        large_person_group_id (str):
        body (UserDefinedFieldsForUpdate): User defined fields for object update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
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
    body: UserDefinedFieldsForUpdate,
) -> Any | FaceErrorResponse | None:
    """Update an existing Large Person Group's name and userData. The properties keep unchanged if they are
    not in request body.

    Args:
        large_person_group_id (str):
        body (UserDefinedFieldsForUpdate): User defined fields for object update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            large_person_group_id=large_person_group_id,
            client=client,
            body=body,
        )
    ).parsed
