from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.training_status import TrainingStatus
from ...types import Response


def _get_kwargs(
    large_face_list_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/largefacelists/{large_face_list_id}/training".format(
            large_face_list_id=quote(str(large_face_list_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | TrainingStatus:
    if response.status_code == 200:
        response_200 = TrainingStatus.from_dict(response.json())

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | TrainingStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[APIError | TrainingStatus]:
    """Retrieve the training status of a large face list (completed or ongoing).

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | TrainingStatus]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> APIError | TrainingStatus | None:
    """Retrieve the training status of a large face list (completed or ongoing).

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | TrainingStatus
    """

    return sync_detailed(
        large_face_list_id=large_face_list_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[APIError | TrainingStatus]:
    """Retrieve the training status of a large face list (completed or ongoing).

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | TrainingStatus]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> APIError | TrainingStatus | None:
    """Retrieve the training status of a large face list (completed or ongoing).

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | TrainingStatus
    """

    return (
        await asyncio_detailed(
            large_face_list_id=large_face_list_id,
            client=client,
        )
    ).parsed
