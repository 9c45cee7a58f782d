from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.take_snapshot_request import TakeSnapshotRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TakeSnapshotRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/snapshots",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FaceErrorResponse:
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
    *,
    client: AuthenticatedClient | Client,
    body: TakeSnapshotRequest,
) -> Response[Any | FaceErrorResponse]:
    """Take a snapshot of a container (retired).

     Starts copying a FaceList, LargeFaceList, PersonGroup or LargePersonGroup into a snapshot that the
    listed subscriptions may apply within 48 hours. Poll the operation named in Operation-Location. The
    service has retired this API and now answers 403 UnsupportedFeature; other errors: 400 BadArgument;
    404 for an unknown object; 409 when the object is training.

    Args:
        body (TakeSnapshotRequest): Body of takeSnapshot.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
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
    body: TakeSnapshotRequest,
) -> Any | FaceErrorResponse | None:
    """Take a snapshot of a container (retired).

     Starts copying a FaceList, LargeFaceList, PersonGroup or LargePersonGroup into a snapshot that the
    listed subscriptions may apply within 48 hours. Poll the operation named in Operation-Location. The
    service has retired this API and now answers 403 UnsupportedFeature; other errors: 400 BadArgument;
    404 for an unknown object; 409 when the object is training.

    Args:
        body (TakeSnapshotRequest): Body of takeSnapshot.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TakeSnapshotRequest,
) -> Response[Any | FaceErrorResponse]:
    """Take a snapshot of a container (retired).

     Starts copying a FaceList, LargeFaceList, PersonGroup or LargePersonGroup into a snapshot that the
    listed subscriptions may apply within 48 hours. Poll the operation named in Operation-Location. The
    service has retired this API and now answers 403 UnsupportedFeature; other errors: 400 BadArgument;
    404 for an unknown object; 409 when the object is training.

    Args:
        body (TakeSnapshotRequest): Body of takeSnapshot.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TakeSnapshotRequest,
) -> Any | FaceErrorResponse | None:
    """Take a snapshot of a container (retired).

     Starts copying a FaceList, LargeFaceList, PersonGroup or LargePersonGroup into a snapshot that the
    listed subscriptions may apply within 48 hours. Poll the operation named in Operation-Location. The
    service has retired this API and now answers 403 UnsupportedFeature; other errors: 400 BadArgument;
    404 for an unknown object; 409 when the object is training.

    Args:
        body (TakeSnapshotRequest): Body of takeSnapshot.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
