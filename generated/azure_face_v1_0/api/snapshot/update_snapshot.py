from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.update_snapshot_request import UpdateSnapshotRequest
from ...types import Response


def _get_kwargs(
    snapshot_id: str,
    *,
    body: UpdateSnapshotRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/snapshots/{snapshot_id}".format(
            snapshot_id=quote(str(snapshot_id), safe=""),
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
    snapshot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSnapshotRequest,
) -> Response[Any | FaceErrorResponse]:
    """Update a snapshot's applyScope or userData (retired).

     Members left out keep their value. Errors: 400 BadArgument; 404 unknown snapshot; 403
    UnsupportedFeature.

    Args:
        snapshot_id (str):
        body (UpdateSnapshotRequest): Body of updateSnapshot; members left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    snapshot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSnapshotRequest,
) -> Any | FaceErrorResponse | None:
    """Update a snapshot's applyScope or userData (retired).

     Members left out keep their value. Errors: 400 BadArgument; 404 unknown snapshot; 403
    UnsupportedFeature.

    Args:
        snapshot_id (str):
        body (UpdateSnapshotRequest): Body of updateSnapshot; members left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        snapshot_id=snapshot_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    snapshot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSnapshotRequest,
) -> Response[Any | FaceErrorResponse]:
    """Update a snapshot's applyScope or userData (retired).

     Members left out keep their value. Errors: 400 BadArgument; 404 unknown snapshot; 403
    UnsupportedFeature.

    Args:
        snapshot_id (str):
        body (UpdateSnapshotRequest): Body of updateSnapshot; members left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    snapshot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSnapshotRequest,
) -> Any | FaceErrorResponse | None:
    """Update a snapshot's applyScope or userData (retired).

     Members left out keep their value. Errors: 400 BadArgument; 404 unknown snapshot; 403
    UnsupportedFeature.

    Args:
        snapshot_id (str):
        body (UpdateSnapshotRequest): Body of updateSnapshot; members left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            snapshot_id=snapshot_id,
            client=client,
            body=body,
        )
    ).parsed
