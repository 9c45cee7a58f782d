from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.name_and_user_data_contract import NameAndUserDataContract
from ...types import Response


def _get_kwargs(
    face_list_id: str,
    *,
    body: NameAndUserDataContract,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/facelists/{face_list_id}".format(
            face_list_id=quote(str(face_list_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | Any:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NameAndUserDataContract,
) -> Response[APIError | Any]:
    """Update information of a face list.

    Args:
        face_list_id (str):
        body (NameAndUserDataContract): A combination of user defined name and user specified data
            for the person, largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        face_list_id=face_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NameAndUserDataContract,
) -> APIError | Any | None:
    """Update information of a face list.

    Args:
        face_list_id (str):
        body (NameAndUserDataContract): A combination of user defined name and user specified data
            for the person, largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return sync_detailed(
        face_list_id=face_list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NameAndUserDataContract,
) -> Response[APIError | Any]:
    """Update information of a face list.

    Args:
        face_list_id (str):
        body (NameAndUserDataContract): A combination of user defined name and user specified data
            for the person, largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        face_list_id=face_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NameAndUserDataContract,
) -> APIError | Any | None:
    """Update information of a face list.

    Args:
        face_list_id (str):
        body (NameAndUserDataContract): A combination of user defined name and user specified data
            for the person, largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return (
        await asyncio_detailed(
            face_list_id=face_list_id,
            client=client,
            body=body,
        )
    ).parsed
