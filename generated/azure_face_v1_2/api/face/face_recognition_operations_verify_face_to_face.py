from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.face_recognition_operations_verify_face_to_face_body import (
    FaceRecognitionOperationsVerifyFaceToFaceBody,
)
from ...models.verification_result import VerificationResult
from ...types import Response


def _get_kwargs(
    *,
    body: FaceRecognitionOperationsVerifyFaceToFaceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | VerificationResult:
    if response.status_code == 200:
        response_200 = VerificationResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | VerificationResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsVerifyFaceToFaceBody,
) -> Response[FaceErrorResponse | VerificationResult]:
    """Verify whether two faces belong to a same person.

     > [!NOTE]
    >
    > *
    >   * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    >   * For the scenarios that are sensitive to accuracy please make your own judgment.
    >   * The 'recognitionModel' associated with the both faces should be the same.

    Args:
        body (FaceRecognitionOperationsVerifyFaceToFaceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | VerificationResult]
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
    body: FaceRecognitionOperationsVerifyFaceToFaceBody,
) -> FaceErrorResponse | VerificationResult | None:
    """Verify whether two faces belong to a same person.

     > [!NOTE]
    >
    > *
    >   * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    >   * For the scenarios that are sensitive to accuracy please make your own judgment.
    >   * The 'recognitionModel' associated with the both faces should be the same.

    Args:
        body (FaceRecognitionOperationsVerifyFaceToFaceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | VerificationResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsVerifyFaceToFaceBody,
) -> Response[FaceErrorResponse | VerificationResult]:
    """Verify whether two faces belong to a same person.

     > [!NOTE]
    >
    > *
    >   * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    >   * For the scenarios that are sensitive to accuracy please make your own judgment.
    >   * The 'recognitionModel' associated with the both faces should be the same.

    Args:
        body (FaceRecognitionOperationsVerifyFaceToFaceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | VerificationResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsVerifyFaceToFaceBody,
) -> FaceErrorResponse | VerificationResult | None:
    """Verify whether two faces belong to a same person.

     > [!NOTE]
    >
    > *
    >   * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    >   * For the scenarios that are sensitive to accuracy please make your own judgment.
    >   * The 'recognitionModel' associated with the both faces should be the same.

    Args:
        body (FaceRecognitionOperationsVerifyFaceToFaceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | VerificationResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
