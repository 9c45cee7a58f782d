from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.verify_face_to_face_request import VerifyFaceToFaceRequest
from ...models.verify_face_to_person_request import VerifyFaceToPersonRequest
from ...models.verify_result import VerifyResult
from ...types import Response


def _get_kwargs(
    *,
    body: VerifyFaceToFaceRequest | VerifyFaceToPersonRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/verify",
    }

    if isinstance(body, VerifyFaceToFaceRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | VerifyResult:
    if response.status_code == 200:
        response_200 = VerifyResult.from_dict(response.json())

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | VerifyResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyFaceToFaceRequest | VerifyFaceToPersonRequest,
) -> Response[APIError | VerifyResult]:
    """Verify whether two faces belong to a same person or whether one face belongs to a person.
    <br/>
    Remarks:<br />
    * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    * For the scenarios that are sensitive to accuracy please make your own judgment.
    * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target face, person group or large person group.

    Args:
        body (VerifyFaceToFaceRequest | VerifyFaceToPersonRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | VerifyResult]
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
    body: VerifyFaceToFaceRequest | VerifyFaceToPersonRequest,
) -> APIError | VerifyResult | None:
    """Verify whether two faces belong to a same person or whether one face belongs to a person.
    <br/>
    Remarks:<br />
    * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    * For the scenarios that are sensitive to accuracy please make your own judgment.
    * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target face, person group or large person group.

    Args:
        body (VerifyFaceToFaceRequest | VerifyFaceToPersonRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | VerifyResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyFaceToFaceRequest | VerifyFaceToPersonRequest,
) -> Response[APIError | VerifyResult]:
    """Verify whether two faces belong to a same person or whether one face belongs to a person.
    <br/>
    Remarks:<br />
    * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    * For the scenarios that are sensitive to accuracy please make your own judgment.
    * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target face, person group or large person group.

    Args:
        body (VerifyFaceToFaceRequest | VerifyFaceToPersonRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | VerifyResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyFaceToFaceRequest | VerifyFaceToPersonRequest,
) -> APIError | VerifyResult | None:
    """Verify whether two faces belong to a same person or whether one face belongs to a person.
    <br/>
    Remarks:<br />
    * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    * For the scenarios that are sensitive to accuracy please make your own judgment.
    * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target face, person group or large person group.

    Args:
        body (VerifyFaceToFaceRequest | VerifyFaceToPersonRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | VerifyResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
