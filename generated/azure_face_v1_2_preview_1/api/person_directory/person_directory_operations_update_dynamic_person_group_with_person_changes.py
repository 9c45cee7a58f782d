from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.person_directory_operations_update_dynamic_person_group_with_person_changes_body import (
    PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody,
)
from ...types import Response


def _get_kwargs(
    dynamic_person_group_id: str,
    *,
    body: PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/dynamicpersongroups/{dynamic_person_group_id}".format(
            dynamic_person_group_id=quote(str(dynamic_person_group_id), safe=""),
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

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
    dynamic_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody,
) -> Response[Any | FaceErrorResponse]:
    """Update the name or userData of an existing Dynamic Person Group, and manage its members by adding or
    removing persons.

     The properties keep unchanged if they are not in request body.

    Args:
        dynamic_person_group_id (str):
        body (PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        dynamic_person_group_id=dynamic_person_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dynamic_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody,
) -> Any | FaceErrorResponse | None:
    """Update the name or userData of an existing Dynamic Person Group, and manage its members by adding or
    removing persons.

     The properties keep unchanged if they are not in request body.

    Args:
        dynamic_person_group_id (str):
        body (PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        dynamic_person_group_id=dynamic_person_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dynamic_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody,
) -> Response[Any | FaceErrorResponse]:
    """Update the name or userData of an existing Dynamic Person Group, and manage its members by adding or
    removing persons.

     The properties keep unchanged if they are not in request body.

    Args:
        dynamic_person_group_id (str):
        body (PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        dynamic_person_group_id=dynamic_person_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dynamic_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody,
) -> Any | FaceErrorResponse | None:
    """Update the name or userData of an existing Dynamic Person Group, and manage its members by adding or
    removing persons.

     The properties keep unchanged if they are not in request body.

    Args:
        dynamic_person_group_id (str):
        body (PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            dynamic_person_group_id=dynamic_person_group_id,
            client=client,
            body=body,
        )
    ).parsed
