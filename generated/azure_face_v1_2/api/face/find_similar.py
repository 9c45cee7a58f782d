from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.find_similar_request import FindSimilarRequest
from ...models.find_similar_result import FindSimilarResult
from ...types import Response


def _get_kwargs(
    *,
    body: FindSimilarRequest,
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
    body: FindSimilarRequest,
) -> Response[FaceErrorResponse | list[FindSimilarResult]]:
    """Find faces similar to a query face.

     Searches a faceId array, a FaceList or a trained LargeFaceList for faces that look like the query
    face. Upstream models the three sources as separate overloads; here one body holds all three and
    exactly one must be set. Errors: 400 BadArgument (not exactly one candidate source, limits out of
    range, invalid mode, incompatible recognitionModel), FaceNotFound, FaceListNotFound,
    LargeFaceListNotFound, LargeFaceListNotTrained, FaceListNotReady (empty list); 409
    LargeFaceListTrainingNotFinished.

    Args:
        body (FindSimilarRequest): A find-similar query. Exactly one of faceIds, faceListId and
            largeFaceListId must be given (400 BadArgument otherwise).

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
    body: FindSimilarRequest,
) -> FaceErrorResponse | list[FindSimilarResult] | None:
    """Find faces similar to a query face.

     Searches a faceId array, a FaceList or a trained LargeFaceList for faces that look like the query
    face. Upstream models the three sources as separate overloads; here one body holds all three and
    exactly one must be set. Errors: 400 BadArgument (not exactly one candidate source, limits out of
    range, invalid mode, incompatible recognitionModel), FaceNotFound, FaceListNotFound,
    LargeFaceListNotFound, LargeFaceListNotTrained, FaceListNotReady (empty list); 409
    LargeFaceListTrainingNotFinished.

    Args:
        body (FindSimilarRequest): A find-similar query. Exactly one of faceIds, faceListId and
            largeFaceListId must be given (400 BadArgument otherwise).

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
    body: FindSimilarRequest,
) -> Response[FaceErrorResponse | list[FindSimilarResult]]:
    """Find faces similar to a query face.

     Searches a faceId array, a FaceList or a trained LargeFaceList for faces that look like the query
    face. Upstream models the three sources as separate overloads; here one body holds all three and
    exactly one must be set. Errors: 400 BadArgument (not exactly one candidate source, limits out of
    range, invalid mode, incompatible recognitionModel), FaceNotFound, FaceListNotFound,
    LargeFaceListNotFound, LargeFaceListNotTrained, FaceListNotReady (empty list); 409
    LargeFaceListTrainingNotFinished.

    Args:
        body (FindSimilarRequest): A find-similar query. Exactly one of faceIds, faceListId and
            largeFaceListId must be given (400 BadArgument otherwise).

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
    body: FindSimilarRequest,
) -> FaceErrorResponse | list[FindSimilarResult] | None:
    """Find faces similar to a query face.

     Searches a faceId array, a FaceList or a trained LargeFaceList for faces that look like the query
    face. Upstream models the three sources as separate overloads; here one body holds all three and
    exactly one must be set. Errors: 400 BadArgument (not exactly one candidate source, limits out of
    range, invalid mode, incompatible recognitionModel), FaceNotFound, FaceListNotFound,
    LargeFaceListNotFound, LargeFaceListNotTrained, FaceListNotReady (empty list); 409
    LargeFaceListTrainingNotFinished.

    Args:
        body (FindSimilarRequest): A find-similar query. Exactly one of faceIds, faceListId and
            largeFaceListId must be given (400 BadArgument otherwise).

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
