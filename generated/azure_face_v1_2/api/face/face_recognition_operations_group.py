from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.face_recognition_operations_group_body import (
    FaceRecognitionOperationsGroupBody,
)
from ...models.grouping_result import GroupingResult
from ...types import Response


def _get_kwargs(
    *,
    body: FaceRecognitionOperationsGroupBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | GroupingResult:
    if response.status_code == 200:
        response_200 = GroupingResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | GroupingResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsGroupBody,
) -> Response[FaceErrorResponse | GroupingResult]:
    """Divide candidate faces into groups based on face similarity.

     >
    *
      * The output is one or more disjointed face groups and a messyGroup. A face group contains faces
    that have similar looking, often of the same person. Face groups are ranked by group size, i.e.
    number of faces. Notice that faces belonging to a same person might be split into several groups in
    the result.
      * MessyGroup is a special face group containing faces that cannot find any similar counterpart
    face from original faces. The messyGroup will not appear in the result if all faces found their
    counterparts.
      * Group API needs at least 2 candidate faces and 1000 at most. We suggest to try "Verify Face To
    Face" when you only have 2 candidate faces.
      * The 'recognitionModel' associated with the query faces' faceIds should be the same.

    Args:
        body (FaceRecognitionOperationsGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | GroupingResult]
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
    body: FaceRecognitionOperationsGroupBody,
) -> FaceErrorResponse | GroupingResult | None:
    """Divide candidate faces into groups based on face similarity.

     >
    *
      * The output is one or more disjointed face groups and a messyGroup. A face group contains faces
    that have similar looking, often of the same person. Face groups are ranked by group size, i.e.
    number of faces. Notice that faces belonging to a same person might be split into several groups in
    the result.
      * MessyGroup is a special face group containing faces that cannot find any similar counterpart
    face from original faces. The messyGroup will not appear in the result if all faces found their
    counterparts.
      * Group API needs at least 2 candidate faces and 1000 at most. We suggest to try "Verify Face To
    Face" when you only have 2 candidate faces.
      * The 'recognitionModel' associated with the query faces' faceIds should be the same.

    Args:
        body (FaceRecognitionOperationsGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | GroupingResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsGroupBody,
) -> Response[FaceErrorResponse | GroupingResult]:
    """Divide candidate faces into groups based on face similarity.

     >
    *
      * The output is one or more disjointed face groups and a messyGroup. A face group contains faces
    that have similar looking, often of the same person. Face groups are ranked by group size, i.e.
    number of faces. Notice that faces belonging to a same person might be split into several groups in
    the result.
      * MessyGroup is a special face group containing faces that cannot find any similar counterpart
    face from original faces. The messyGroup will not appear in the result if all faces found their
    counterparts.
      * Group API needs at least 2 candidate faces and 1000 at most. We suggest to try "Verify Face To
    Face" when you only have 2 candidate faces.
      * The 'recognitionModel' associated with the query faces' faceIds should be the same.

    Args:
        body (FaceRecognitionOperationsGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | GroupingResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FaceRecognitionOperationsGroupBody,
) -> FaceErrorResponse | GroupingResult | None:
    """Divide candidate faces into groups based on face similarity.

     >
    *
      * The output is one or more disjointed face groups and a messyGroup. A face group contains faces
    that have similar looking, often of the same person. Face groups are ranked by group size, i.e.
    number of faces. Notice that faces belonging to a same person might be split into several groups in
    the result.
      * MessyGroup is a special face group containing faces that cannot find any similar counterpart
    face from original faces. The messyGroup will not appear in the result if all faces found their
    counterparts.
      * Group API needs at least 2 candidate faces and 1000 at most. We suggest to try "Verify Face To
    Face" when you only have 2 candidate faces.
      * The 'recognitionModel' associated with the query faces' faceIds should be the same.

    Args:
        body (FaceRecognitionOperationsGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | GroupingResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
