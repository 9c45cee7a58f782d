from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.verification_result import VerificationResult
from ...models.verify_request import VerifyRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VerifyRequest,
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
    body: VerifyRequest,
) -> Response[FaceErrorResponse | VerificationResult]:
    """Verify two faces, or a face and a person, belong to the same person.

     Face-to-face when faceId1 and faceId2 are sent; face-to-person when faceId and personId are sent
    with personGroupId or largePersonGroupId, or with neither for a PersonDirectory person. The service
    tells the forms apart by the members present. Errors: 400 BadArgument (invalid ids, incompatible
    recognitionModel), PersonNotFound, PersonGroupNotFound, LargePersonGroupNotFound; 404 FaceNotFound,
    PersonNotFound, PersistedFaceNotFound (the person has no faces); 403 UnsupportedFeature without
    Limited-Access approval.

    Args:
        body (VerifyRequest): A verify query covering every form, all members optional: faceId1
            and faceId2 for face-to-face; faceId and personId plus personGroupId or largePersonGroupId
            for a group person; faceId and personId alone for a PersonDirectory person. facekit checks
            the combination before sending; the service answers 400 BadArgument otherwise.

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
    body: VerifyRequest,
) -> FaceErrorResponse | VerificationResult | None:
    """Verify two faces, or a face and a person, belong to the same person.

     Face-to-face when faceId1 and faceId2 are sent; face-to-person when faceId and personId are sent
    with personGroupId or largePersonGroupId, or with neither for a PersonDirectory person. The service
    tells the forms apart by the members present. Errors: 400 BadArgument (invalid ids, incompatible
    recognitionModel), PersonNotFound, PersonGroupNotFound, LargePersonGroupNotFound; 404 FaceNotFound,
    PersonNotFound, PersistedFaceNotFound (the person has no faces); 403 UnsupportedFeature without
    Limited-Access approval.

    Args:
        body (VerifyRequest): A verify query covering every form, all members optional: faceId1
            and faceId2 for face-to-face; faceId and personId plus personGroupId or largePersonGroupId
            for a group person; faceId and personId alone for a PersonDirectory person. facekit checks
            the combination before sending; the service answers 400 BadArgument otherwise.

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
    body: VerifyRequest,
) -> Response[FaceErrorResponse | VerificationResult]:
    """Verify two faces, or a face and a person, belong to the same person.

     Face-to-face when faceId1 and faceId2 are sent; face-to-person when faceId and personId are sent
    with personGroupId or largePersonGroupId, or with neither for a PersonDirectory person. The service
    tells the forms apart by the members present. Errors: 400 BadArgument (invalid ids, incompatible
    recognitionModel), PersonNotFound, PersonGroupNotFound, LargePersonGroupNotFound; 404 FaceNotFound,
    PersonNotFound, PersistedFaceNotFound (the person has no faces); 403 UnsupportedFeature without
    Limited-Access approval.

    Args:
        body (VerifyRequest): A verify query covering every form, all members optional: faceId1
            and faceId2 for face-to-face; faceId and personId plus personGroupId or largePersonGroupId
            for a group person; faceId and personId alone for a PersonDirectory person. facekit checks
            the combination before sending; the service answers 400 BadArgument otherwise.

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
    body: VerifyRequest,
) -> FaceErrorResponse | VerificationResult | None:
    """Verify two faces, or a face and a person, belong to the same person.

     Face-to-face when faceId1 and faceId2 are sent; face-to-person when faceId and personId are sent
    with personGroupId or largePersonGroupId, or with neither for a PersonDirectory person. The service
    tells the forms apart by the members present. Errors: 400 BadArgument (invalid ids, incompatible
    recognitionModel), PersonNotFound, PersonGroupNotFound, LargePersonGroupNotFound; 404 FaceNotFound,
    PersonNotFound, PersistedFaceNotFound (the person has no faces); 403 UnsupportedFeature without
    Limited-Access approval.

    Args:
        body (VerifyRequest): A verify query covering every form, all members optional: faceId1
            and faceId2 for face-to-face; faceId and personId plus personGroupId or largePersonGroupId
            for a group person; faceId and personId alone for a PersonDirectory person. facekit checks
            the combination before sending; the service answers 400 BadArgument otherwise.

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
