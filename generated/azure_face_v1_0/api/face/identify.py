from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.identify_request import IdentifyRequest
from ...models.identify_result import IdentifyResult
from ...types import Response


def _get_kwargs(
    *,
    body: IdentifyRequest,
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
) -> FaceErrorResponse | list[IdentifyResult]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IdentifyResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[IdentifyResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentifyRequest,
) -> Response[FaceErrorResponse | list[IdentifyResult]]:
    """Identify faces against a trained person group.

     Looks up 1 to 10 faceIds among the persons of a trained PersonGroup or LargePersonGroup. Errors: 400
    BadArgument, FaceNotFound, PersonGroupNotFound / LargePersonGroupNotFound (400 here, not 404),
    PersonGroupNotTrained / LargePersonGroupNotTrained, PersonGroupIdAndLargePersonGroupIdBothNotNull /
    PersonGroupIdAndLargePersonGroupIdBothNull; 403 UnsupportedFeature without Limited-Access approval;
    409 PersonGroupTrainingNotFinished / LargePersonGroupTrainingNotFinished.

    Args:
        body (IdentifyRequest): An identify query. Exactly one of personGroupId and
            largePersonGroupId must be given (400 PersonGroupIdAndLargePersonGroupIdBothNotNull /
            ...BothNull).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[IdentifyResult]]
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
    body: IdentifyRequest,
) -> FaceErrorResponse | list[IdentifyResult] | None:
    """Identify faces against a trained person group.

     Looks up 1 to 10 faceIds among the persons of a trained PersonGroup or LargePersonGroup. Errors: 400
    BadArgument, FaceNotFound, PersonGroupNotFound / LargePersonGroupNotFound (400 here, not 404),
    PersonGroupNotTrained / LargePersonGroupNotTrained, PersonGroupIdAndLargePersonGroupIdBothNotNull /
    PersonGroupIdAndLargePersonGroupIdBothNull; 403 UnsupportedFeature without Limited-Access approval;
    409 PersonGroupTrainingNotFinished / LargePersonGroupTrainingNotFinished.

    Args:
        body (IdentifyRequest): An identify query. Exactly one of personGroupId and
            largePersonGroupId must be given (400 PersonGroupIdAndLargePersonGroupIdBothNotNull /
            ...BothNull).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[IdentifyResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentifyRequest,
) -> Response[FaceErrorResponse | list[IdentifyResult]]:
    """Identify faces against a trained person group.

     Looks up 1 to 10 faceIds among the persons of a trained PersonGroup or LargePersonGroup. Errors: 400
    BadArgument, FaceNotFound, PersonGroupNotFound / LargePersonGroupNotFound (400 here, not 404),
    PersonGroupNotTrained / LargePersonGroupNotTrained, PersonGroupIdAndLargePersonGroupIdBothNotNull /
    PersonGroupIdAndLargePersonGroupIdBothNull; 403 UnsupportedFeature without Limited-Access approval;
    409 PersonGroupTrainingNotFinished / LargePersonGroupTrainingNotFinished.

    Args:
        body (IdentifyRequest): An identify query. Exactly one of personGroupId and
            largePersonGroupId must be given (400 PersonGroupIdAndLargePersonGroupIdBothNotNull /
            ...BothNull).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[IdentifyResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IdentifyRequest,
) -> FaceErrorResponse | list[IdentifyResult] | None:
    """Identify faces against a trained person group.

     Looks up 1 to 10 faceIds among the persons of a trained PersonGroup or LargePersonGroup. Errors: 400
    BadArgument, FaceNotFound, PersonGroupNotFound / LargePersonGroupNotFound (400 here, not 404),
    PersonGroupNotTrained / LargePersonGroupNotTrained, PersonGroupIdAndLargePersonGroupIdBothNotNull /
    PersonGroupIdAndLargePersonGroupIdBothNull; 403 UnsupportedFeature without Limited-Access approval;
    409 PersonGroupTrainingNotFinished / LargePersonGroupTrainingNotFinished.

    Args:
        body (IdentifyRequest): An identify query. Exactly one of personGroupId and
            largePersonGroupId must be given (400 PersonGroupIdAndLargePersonGroupIdBothNotNull /
            ...BothNull).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[IdentifyResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
