from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_liveness_with_verify_session_content import (
    CreateLivenessWithVerifySessionContent,
)
from ...models.face_error_response import FaceErrorResponse
from ...models.liveness_with_verify_session import LivenessWithVerifySession
from ...types import Response


def _get_kwargs(
    *,
    body: CreateLivenessWithVerifySessionContent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/detectLivenessWithVerify-sessions",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | LivenessWithVerifySession:
    if response.status_code == 200:
        response_200 = LivenessWithVerifySession.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | LivenessWithVerifySession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLivenessWithVerifySessionContent,
) -> Response[FaceErrorResponse | LivenessWithVerifySession]:
    """Create a liveness-with-verify session.

     Like createLivenessSession, and also compares the live face with the reference image sent in the
    verifyImage part of the multipart/form-data body (the part must carry a filename). Only in v1.2
    (final route shape). Errors: 400 InvalidRequestBody, InvalidTokenLifetime,
    InvalidLivenessOperationMode, InvalidDeviceCorrelationId, and the image errors InvalidImage /
    InvalidImageSize for verifyImage.

    Args:
        body (CreateLivenessWithVerifySessionContent): multipart/form-data body that creates a
            liveness-with-verify session: the fields of CreateLivenessSessionContent as form parts,
            plus the reference image to verify against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | LivenessWithVerifySession]
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
    body: CreateLivenessWithVerifySessionContent,
) -> FaceErrorResponse | LivenessWithVerifySession | None:
    """Create a liveness-with-verify session.

     Like createLivenessSession, and also compares the live face with the reference image sent in the
    verifyImage part of the multipart/form-data body (the part must carry a filename). Only in v1.2
    (final route shape). Errors: 400 InvalidRequestBody, InvalidTokenLifetime,
    InvalidLivenessOperationMode, InvalidDeviceCorrelationId, and the image errors InvalidImage /
    InvalidImageSize for verifyImage.

    Args:
        body (CreateLivenessWithVerifySessionContent): multipart/form-data body that creates a
            liveness-with-verify session: the fields of CreateLivenessSessionContent as form parts,
            plus the reference image to verify against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | LivenessWithVerifySession
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLivenessWithVerifySessionContent,
) -> Response[FaceErrorResponse | LivenessWithVerifySession]:
    """Create a liveness-with-verify session.

     Like createLivenessSession, and also compares the live face with the reference image sent in the
    verifyImage part of the multipart/form-data body (the part must carry a filename). Only in v1.2
    (final route shape). Errors: 400 InvalidRequestBody, InvalidTokenLifetime,
    InvalidLivenessOperationMode, InvalidDeviceCorrelationId, and the image errors InvalidImage /
    InvalidImageSize for verifyImage.

    Args:
        body (CreateLivenessWithVerifySessionContent): multipart/form-data body that creates a
            liveness-with-verify session: the fields of CreateLivenessSessionContent as form parts,
            plus the reference image to verify against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | LivenessWithVerifySession]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLivenessWithVerifySessionContent,
) -> FaceErrorResponse | LivenessWithVerifySession | None:
    """Create a liveness-with-verify session.

     Like createLivenessSession, and also compares the live face with the reference image sent in the
    verifyImage part of the multipart/form-data body (the part must carry a filename). Only in v1.2
    (final route shape). Errors: 400 InvalidRequestBody, InvalidTokenLifetime,
    InvalidLivenessOperationMode, InvalidDeviceCorrelationId, and the image errors InvalidImage /
    InvalidImageSize for verifyImage.

    Args:
        body (CreateLivenessWithVerifySessionContent): multipart/form-data body that creates a
            liveness-with-verify session: the fields of CreateLivenessSessionContent as form parts,
            plus the reference image to verify against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | LivenessWithVerifySession
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
