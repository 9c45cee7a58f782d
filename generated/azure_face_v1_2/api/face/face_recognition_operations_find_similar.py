from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.face_recognition_operations_find_similar_body import (
    FaceRecognitionOperationsFindSimilarBody,
)
from ...models.find_similar_result import FindSimilarResult
from ...types import Response


def _get_kwargs(
    *,
    body: FaceRecognitionOperationsFindSimilarBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/findsimilars",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[FindSimilarResult]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FindSimilarResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[FindSimilarResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsFindSimilarBody,
) -> Response[FaceErrorResponse | list[FindSimilarResult]]:
    """Given query face's faceId, to search the similar-looking faces from a faceId array. A faceId array
    contains the faces created by Detect.

     Depending on the input the returned similar faces list contains faceIds or persistedFaceIds ranked
    by similarity.

    Find similar has two working modes, "matchPerson" and "matchFace". "matchPerson" is the default mode
    that it tries to find faces of the same person as possible by using internal same-person thresholds.
    It is useful to find a known person's other photos. Note that an empty list will be returned if no
    faces pass the internal thresholds. "matchFace" mode ignores same-person thresholds and returns
    ranked similar faces anyway, even the similarity is low. It can be used in the cases like searching
    celebrity-looking faces.

    The 'recognitionModel' associated with the query faceId should be the same as the 'recognitionModel'
    used by the target faceId array.

    Args:
        body (FaceRecognitionOperationsFindSimilarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[FindSimilarResult]]
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
    body: FaceRecognitionOperationsFindSimilarBody,
) -> FaceErrorResponse | list[FindSimilarResult] | None:
    """Given query face's faceId, to search the similar-looking faces from a faceId array. A faceId array
    contains the faces created by Detect.

     Depending on the input the returned similar faces list contains faceIds or persistedFaceIds ranked
    by similarity.

    Find similar has two working modes, "matchPerson" and "matchFace". "matchPerson" is the default mode
    that it tries to find faces of the same person as possible by using internal same-person thresholds.
    It is useful to find a known person's other photos. Note that an empty list will be returned if no
    faces pass the internal thresholds. "matchFace" mode ignores same-person thresholds and returns
    ranked similar faces anyway, even the similarity is low. It can be used in the cases like searching
    celebrity-looking faces.

    The 'recognitionModel' associated with the query faceId should be the same as the 'recognitionModel'
    used by the target faceId array.

    Args:
        body (FaceRecognitionOperationsFindSimilarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[FindSimilarResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsFindSimilarBody,
) -> Response[FaceErrorResponse | list[FindSimilarResult]]:
    """Given query face's faceId, to search the similar-looking faces from a faceId array. A faceId array
    contains the faces created by Detect.

     Depending on the input the returned similar faces list contains faceIds or persistedFaceIds ranked
    by similarity.

    Find similar has two working modes, "matchPerson" and "matchFace". "matchPerson" is the default mode
    that it tries to find faces of the same person as possible by using internal same-person thresholds.
    It is useful to find a known person's other photos. Note that an empty list will be returned if no
    faces pass the internal thresholds. "matchFace" mode ignores same-person thresholds and returns
    ranked similar faces anyway, even the similarity is low. It can be used in the cases like searching
    celebrity-looking faces.

    The 'recognitionModel' associated with the query faceId should be the same as the 'recognitionModel'
    used by the target faceId array.

    Args:
        body (FaceRecognitionOperationsFindSimilarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[FindSimilarResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsFindSimilarBody,
) -> FaceErrorResponse | list[FindSimilarResult] | None:
    """Given query face's faceId, to search the similar-looking faces from a faceId array. A faceId array
    contains the faces created by Detect.

     Depending on the input the returned similar faces list contains faceIds or persistedFaceIds ranked
    by similarity.

    Find similar has two working modes, "matchPerson" and "matchFace". "matchPerson" is the default mode
    that it tries to find faces of the same person as possible by using internal same-person thresholds.
    It is useful to find a known person's other photos. Note that an empty list will be returned if no
    faces pass the internal thresholds. "matchFace" mode ignores same-person thresholds and returns
    ranked similar faces anyway, even the similarity is low. It can be used in the cases like searching
    celebrity-looking faces.

    The 'recognitionModel' associated with the query faceId should be the same as the 'recognitionModel'
    used by the target faceId array.

    Args:
        body (FaceRecognitionOperationsFindSimilarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[FindSimilarResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
