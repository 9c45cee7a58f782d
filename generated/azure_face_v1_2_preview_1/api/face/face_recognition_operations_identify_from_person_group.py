from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.face_recognition_operations_identify_from_person_group_body import (
    FaceRecognitionOperationsIdentifyFromPersonGroupBody,
)
from ...models.identification_result import IdentificationResult
from ...types import Response


def _get_kwargs(
    *,
    body: FaceRecognitionOperationsIdentifyFromPersonGroupBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/identify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[IdentificationResult]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IdentificationResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[IdentificationResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsIdentifyFromPersonGroupBody,
) -> Response[FaceErrorResponse | list[IdentificationResult]]:
    """1-to-many identification to find the closest matches of the specific query person face from a Person
    Group.

     For each face in the faceIds array, Face Identify will compute similarities between the query face
    and all the faces in the Person Group (given by personGroupId), and return candidate person(s) for
    that face ranked by similarity confidence. The Person Group should be trained to make it ready for
    identification. See more in "Train Person Group".
    > [!NOTE]
    >
    > *
    >   * The algorithm allows more than one face to be identified independently at the same request,
    but no more than 10 faces.
    >   * Each person could have more than one face, but no more than 248 faces.
    >   * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    >   * Number of candidates returned is restricted by maxNumOfCandidatesReturned and
    confidenceThreshold. If no person is identified, the returned candidates will be an empty array.
    >   * Try "Find Similar" when you need to find similar faces from a Face List/Large Face List
    instead of a Person Group.
    >   * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target Person Group.

    Args:
        body (FaceRecognitionOperationsIdentifyFromPersonGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[IdentificationResult]]
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
    body: FaceRecognitionOperationsIdentifyFromPersonGroupBody,
) -> FaceErrorResponse | list[IdentificationResult] | None:
    """1-to-many identification to find the closest matches of the specific query person face from a Person
    Group.

     For each face in the faceIds array, Face Identify will compute similarities between the query face
    and all the faces in the Person Group (given by personGroupId), and return candidate person(s) for
    that face ranked by similarity confidence. The Person Group should be trained to make it ready for
    identification. See more in "Train Person Group".
    > [!NOTE]
    >
    > *
    >   * The algorithm allows more than one face to be identified independently at the same request,
    but no more than 10 faces.
    >   * Each person could have more than one face, but no more than 248 faces.
    >   * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    >   * Number of candidates returned is restricted by maxNumOfCandidatesReturned and
    confidenceThreshold. If no person is identified, the returned candidates will be an empty array.
    >   * Try "Find Similar" when you need to find similar faces from a Face List/Large Face List
    instead of a Person Group.
    >   * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target Person Group.

    Args:
        body (FaceRecognitionOperationsIdentifyFromPersonGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[IdentificationResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsIdentifyFromPersonGroupBody,
) -> Response[FaceErrorResponse | list[IdentificationResult]]:
    """1-to-many identification to find the closest matches of the specific query person face from a Person
    Group.

     For each face in the faceIds array, Face Identify will compute similarities between the query face
    and all the faces in the Person Group (given by personGroupId), and return candidate person(s) for
    that face ranked by similarity confidence. The Person Group should be trained to make it ready for
    identification. See more in "Train Person Group".
    > [!NOTE]
    >
    > *
    >   * The algorithm allows more than one face to be identified independently at the same request,
    but no more than 10 faces.
    >   * Each person could have more than one face, but no more than 248 faces.
    >   * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    >   * Number of candidates returned is restricted by maxNumOfCandidatesReturned and
    confidenceThreshold. If no person is identified, the returned candidates will be an empty array.
    >   * Try "Find Similar" when you need to find similar faces from a Face List/Large Face List
    instead of a Person Group.
    >   * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target Person Group.

    Args:
        body (FaceRecognitionOperationsIdentifyFromPersonGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[IdentificationResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsIdentifyFromPersonGroupBody,
) -> FaceErrorResponse | list[IdentificationResult] | None:
    """1-to-many identification to find the closest matches of the specific query person face from a Person
    Group.

     For each face in the faceIds array, Face Identify will compute similarities between the query face
    and all the faces in the Person Group (given by personGroupId), and return candidate person(s) for
    that face ranked by similarity confidence. The Person Group should be trained to make it ready for
    identification. See more in "Train Person Group".
    > [!NOTE]
    >
    > *
    >   * The algorithm allows more than one face to be identified independently at the same request,
    but no more than 10 faces.
    >   * Each person could have more than one face, but no more than 248 faces.
    >   * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    >   * Number of candidates returned is restricted by maxNumOfCandidatesReturned and
    confidenceThreshold. If no person is identified, the returned candidates will be an empty array.
    >   * Try "Find Similar" when you need to find similar faces from a Face List/Large Face List
    instead of a Person Group.
    >   * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target Person Group.

    Args:
        body (FaceRecognitionOperationsIdentifyFromPersonGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[IdentificationResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
