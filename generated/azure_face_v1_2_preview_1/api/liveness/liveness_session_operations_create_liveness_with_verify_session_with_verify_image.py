from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_liveness_with_verify_session_result import (
    CreateLivenessWithVerifySessionResult,
)
from ...models.face_error_response import FaceErrorResponse
from ...models.liveness_session_operations_create_liveness_with_verify_session_with_verify_image_body import (
    LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody,
)
from ...types import Response


def _get_kwargs(
    *,
    body: LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/detectLivenessWithVerify/singleModal/sessions",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateLivenessWithVerifySessionResult | FaceErrorResponse:
    if response.status_code == 200:
        response_200 = CreateLivenessWithVerifySessionResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateLivenessWithVerifySessionResult | FaceErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody,
) -> Response[CreateLivenessWithVerifySessionResult | FaceErrorResponse]:
    """Create a new liveness session with verify. Provide the verify image during session creation.

     A session is best for client device scenarios where developers want to authorize a client device to
    perform only a liveness detection without granting full access to their resource. Created sessions
    have a limited life span and only authorize clients to perform the desired action before access is
    expired.

    Permissions includes...
    >
    *
      * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
      * A token lifetime of 10 minutes.

    > [!NOTE]
    >
    > *
    >   * Client access can be revoked by deleting the session using the Delete Liveness With Verify
    Session operation.
    >   * To retrieve a result, use the Get Liveness With Verify Session.
    >   * To audit the individual requests that a client has made to your resource, use the List
    Liveness With Verify Session Audit Entries.

    Recommended Option: VerifyImage is provided during session creation.

    Args:
        body (LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLivenessWithVerifySessionResult | FaceErrorResponse]
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
    body: LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody,
) -> CreateLivenessWithVerifySessionResult | FaceErrorResponse | None:
    """Create a new liveness session with verify. Provide the verify image during session creation.

     A session is best for client device scenarios where developers want to authorize a client device to
    perform only a liveness detection without granting full access to their resource. Created sessions
    have a limited life span and only authorize clients to perform the desired action before access is
    expired.

    Permissions includes...
    >
    *
      * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
      * A token lifetime of 10 minutes.

    > [!NOTE]
    >
    > *
    >   * Client access can be revoked by deleting the session using the Delete Liveness With Verify
    Session operation.
    >   * To retrieve a result, use the Get Liveness With Verify Session.
    >   * To audit the individual requests that a client has made to your resource, use the List
    Liveness With Verify Session Audit Entries.

    Recommended Option: VerifyImage is provided during session creation.

    Args:
        body (LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLivenessWithVerifySessionResult | FaceErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody,
) -> Response[CreateLivenessWithVerifySessionResult | FaceErrorResponse]:
    """Create a new liveness session with verify. Provide the verify image during session creation.

     A session is best for client device scenarios where developers want to authorize a client device to
    perform only a liveness detection without granting full access to their resource. Created sessions
    have a limited life span and only authorize clients to perform the desired action before access is
    expired.

    Permissions includes...
    >
    *
      * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
      * A token lifetime of 10 minutes.

    > [!NOTE]
    >
    > *
    >   * Client access can be revoked by deleting the session using the Delete Liveness With Verify
    Session operation.
    >   * To retrieve a result, use the Get Liveness With Verify Session.
    >   * To audit the individual requests that a client has made to your resource, use the List
    Liveness With Verify Session Audit Entries.

    Recommended Option: VerifyImage is provided during session creation.

    Args:
        body (LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLivenessWithVerifySessionResult | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody,
) -> CreateLivenessWithVerifySessionResult | FaceErrorResponse | None:
    """Create a new liveness session with verify. Provide the verify image during session creation.

     A session is best for client device scenarios where developers want to authorize a client device to
    perform only a liveness detection without granting full access to their resource. Created sessions
    have a limited life span and only authorize clients to perform the desired action before access is
    expired.

    Permissions includes...
    >
    *
      * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
      * A token lifetime of 10 minutes.

    > [!NOTE]
    >
    > *
    >   * Client access can be revoked by deleting the session using the Delete Liveness With Verify
    Session operation.
    >   * To retrieve a result, use the Get Liveness With Verify Session.
    >   * To audit the individual requests that a client has made to your resource, use the List
    Liveness With Verify Session Audit Entries.

    Recommended Option: VerifyImage is provided during session creation.

    Args:
        body (LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLivenessWithVerifySessionResult | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
