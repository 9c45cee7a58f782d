from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_liveness_session_content import CreateLivenessSessionContent
from ...models.create_liveness_session_result import CreateLivenessSessionResult
from ...models.face_error_response import FaceErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateLivenessSessionContent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/detectLiveness/singleModal/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateLivenessSessionResult | FaceErrorResponse:
    if response.status_code == 200:
        response_200 = CreateLivenessSessionResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateLivenessSessionResult | FaceErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLivenessSessionContent,
) -> Response[CreateLivenessSessionResult | FaceErrorResponse]:
    """Create a new detect liveness session.

     A session is best for client device scenarios where developers want to authorize a client device to
    perform only a liveness detection without granting full access to their resource. Created sessions
    have a limited life span and only authorize clients to perform the desired action before access is
    expired.

    Permissions includes...
    >
    *
      * Ability to call /detectLiveness/singleModal for up to 3 retries.
      * A token lifetime of 10 minutes.

    > [!NOTE]
    > Client access can be revoked by deleting the session using the Delete Liveness Session operation.
    To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client
    has made to your resource, use the List Liveness Session Audit Entries.

    Args:
        body (CreateLivenessSessionContent): Request model for creating liveness session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLivenessSessionResult | FaceErrorResponse]
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
    body: CreateLivenessSessionContent,
) -> CreateLivenessSessionResult | FaceErrorResponse | None:
    """Create a new detect liveness session.

     A session is best for client device scenarios where developers want to authorize a client device to
    perform only a liveness detection without granting full access to their resource. Created sessions
    have a limited life span and only authorize clients to perform the desired action before access is
    expired.

    Permissions includes...
    >
    *
      * Ability to call /detectLiveness/singleModal for up to 3 retries.
      * A token lifetime of 10 minutes.

    > [!NOTE]
    > Client access can be revoked by deleting the session using the Delete Liveness Session operation.
    To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client
    has made to your resource, use the List Liveness Session Audit Entries.

    Args:
        body (CreateLivenessSessionContent): Request model for creating liveness session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLivenessSessionResult | FaceErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLivenessSessionContent,
) -> Response[CreateLivenessSessionResult | FaceErrorResponse]:
    """Create a new detect liveness session.

     A session is best for client device scenarios where developers want to authorize a client device to
    perform only a liveness detection without granting full access to their resource. Created sessions
    have a limited life span and only authorize clients to perform the desired action before access is
    expired.

    Permissions includes...
    >
    *
      * Ability to call /detectLiveness/singleModal for up to 3 retries.
      * A token lifetime of 10 minutes.

    > [!NOTE]
    > Client access can be revoked by deleting the session using the Delete Liveness Session operation.
    To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client
    has made to your resource, use the List Liveness Session Audit Entries.

    Args:
        body (CreateLivenessSessionContent): Request model for creating liveness session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLivenessSessionResult | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLivenessSessionContent,
) -> CreateLivenessSessionResult | FaceErrorResponse | None:
    """Create a new detect liveness session.

     A session is best for client device scenarios where developers want to authorize a client device to
    perform only a liveness detection without granting full access to their resource. Created sessions
    have a limited life span and only authorize clients to perform the desired action before access is
    expired.

    Permissions includes...
    >
    *
      * Ability to call /detectLiveness/singleModal for up to 3 retries.
      * A token lifetime of 10 minutes.

    > [!NOTE]
    > Client access can be revoked by deleting the session using the Delete Liveness Session operation.
    To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client
    has made to your resource, use the List Liveness Session Audit Entries.

    Args:
        body (CreateLivenessSessionContent): Request model for creating liveness session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLivenessSessionResult | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
