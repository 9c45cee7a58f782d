from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.group_request import GroupRequest
from ...models.group_result import GroupResult
from ...types import Response


def _get_kwargs(
    *,
    body: GroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | GroupResult:
    if response.status_code == 200:
        response_200 = GroupResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | GroupResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest,
) -> Response[FaceErrorResponse | GroupResult]:
    """Split faceIds into groups of the same person.

     Clusters 2 to 1000 faceIds by similarity; faces without a partner end up in messyGroup. Errors: 400
    BadArgument (fewer than 2 or more than 1000 faceIds, incompatible recognitionModel), FaceNotFound.

    Args:
        body (GroupRequest): Faces to split into groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | GroupResult]
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
    body: GroupRequest,
) -> FaceErrorResponse | GroupResult | None:
    """Split faceIds into groups of the same person.

     Clusters 2 to 1000 faceIds by similarity; faces without a partner end up in messyGroup. Errors: 400
    BadArgument (fewer than 2 or more than 1000 faceIds, incompatible recognitionModel), FaceNotFound.

    Args:
        body (GroupRequest): Faces to split into groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | GroupResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest,
) -> Response[FaceErrorResponse | GroupResult]:
    """Split faceIds into groups of the same person.

     Clusters 2 to 1000 faceIds by similarity; faces without a partner end up in messyGroup. Errors: 400
    BadArgument (fewer than 2 or more than 1000 faceIds, incompatible recognitionModel), FaceNotFound.

    Args:
        body (GroupRequest): Faces to split into groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | GroupResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest,
) -> FaceErrorResponse | GroupResult | None:
    """Split faceIds into groups of the same person.

     Clusters 2 to 1000 faceIds by similarity; faces without a partner end up in messyGroup. Errors: 400
    BadArgument (fewer than 2 or more than 1000 faceIds, incompatible recognitionModel), FaceNotFound.

    Args:
        body (GroupRequest): Faces to split into groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | GroupResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
