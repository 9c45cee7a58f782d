from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
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
) -> APIError | list[IdentifyResult]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_identify_results_item_data in _response_200:
            componentsschemas_identify_results_item = IdentifyResult.from_dict(
                componentsschemas_identify_results_item_data
            )

            response_200.append(componentsschemas_identify_results_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[IdentifyResult]]:
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
) -> Response[APIError | list[IdentifyResult]]:
    """1-to-many identification to find the closest matches of the specific query person face from a person
    group or large person group.
    <br/> For each face in the faceIds array, Face Identify will compute similarities between the query
    face and all the faces in the person group (given by personGroupId) or large person group (given by
    largePersonGroupId), and return candidate person(s) for that face ranked by similarity confidence.
    The person group/large person group should be trained to make it ready for identification. See more
    in [PersonGroup - Train](https://docs.microsoft.com/rest/api/faceapi/persongroup/train) and
    [LargePersonGroup - Train](https://docs.microsoft.com/rest/api/faceapi/largepersongroup/train).
    <br/>

    Remarks:<br />
    * The algorithm allows more than one face to be identified independently at the same request, but no
    more than 10 faces.
    * Each person in the person group/large person group could have more than one face, but no more than
    248 faces.
    * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    * Number of candidates returned is restricted by maxNumOfCandidatesReturned and confidenceThreshold.
    If no person is identified, the returned candidates will be an empty array.
    * Try [Face - Find Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar) when you
    need to find similar faces from a face list/large face list instead of a person group/large person
    group.
    * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target person group or large person group.

    Args:
        body (IdentifyRequest): Request body for identify face operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[IdentifyResult]]
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
) -> APIError | list[IdentifyResult] | None:
    """1-to-many identification to find the closest matches of the specific query person face from a person
    group or large person group.
    <br/> For each face in the faceIds array, Face Identify will compute similarities between the query
    face and all the faces in the person group (given by personGroupId) or large person group (given by
    largePersonGroupId), and return candidate person(s) for that face ranked by similarity confidence.
    The person group/large person group should be trained to make it ready for identification. See more
    in [PersonGroup - Train](https://docs.microsoft.com/rest/api/faceapi/persongroup/train) and
    [LargePersonGroup - Train](https://docs.microsoft.com/rest/api/faceapi/largepersongroup/train).
    <br/>

    Remarks:<br />
    * The algorithm allows more than one face to be identified independently at the same request, but no
    more than 10 faces.
    * Each person in the person group/large person group could have more than one face, but no more than
    248 faces.
    * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    * Number of candidates returned is restricted by maxNumOfCandidatesReturned and confidenceThreshold.
    If no person is identified, the returned candidates will be an empty array.
    * Try [Face - Find Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar) when you
    need to find similar faces from a face list/large face list instead of a person group/large person
    group.
    * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target person group or large person group.

    Args:
        body (IdentifyRequest): Request body for identify face operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[IdentifyResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentifyRequest,
) -> Response[APIError | list[IdentifyResult]]:
    """1-to-many identification to find the closest matches of the specific query person face from a person
    group or large person group.
    <br/> For each face in the faceIds array, Face Identify will compute similarities between the query
    face and all the faces in the person group (given by personGroupId) or large person group (given by
    largePersonGroupId), and return candidate person(s) for that face ranked by similarity confidence.
    The person group/large person group should be trained to make it ready for identification. See more
    in [PersonGroup - Train](https://docs.microsoft.com/rest/api/faceapi/persongroup/train) and
    [LargePersonGroup - Train](https://docs.microsoft.com/rest/api/faceapi/largepersongroup/train).
    <br/>

    Remarks:<br />
    * The algorithm allows more than one face to be identified independently at the same request, but no
    more than 10 faces.
    * Each person in the person group/large person group could have more than one face, but no more than
    248 faces.
    * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    * Number of candidates returned is restricted by maxNumOfCandidatesReturned and confidenceThreshold.
    If no person is identified, the returned candidates will be an empty array.
    * Try [Face - Find Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar) when you
    need to find similar faces from a face list/large face list instead of a person group/large person
    group.
    * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target person group or large person group.

    Args:
        body (IdentifyRequest): Request body for identify face operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[IdentifyResult]]
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
) -> APIError | list[IdentifyResult] | None:
    """1-to-many identification to find the closest matches of the specific query person face from a person
    group or large person group.
    <br/> For each face in the faceIds array, Face Identify will compute similarities between the query
    face and all the faces in the person group (given by personGroupId) or large person group (given by
    largePersonGroupId), and return candidate person(s) for that face ranked by similarity confidence.
    The person group/large person group should be trained to make it ready for identification. See more
    in [PersonGroup - Train](https://docs.microsoft.com/rest/api/faceapi/persongroup/train) and
    [LargePersonGroup - Train](https://docs.microsoft.com/rest/api/faceapi/largepersongroup/train).
    <br/>

    Remarks:<br />
    * The algorithm allows more than one face to be identified independently at the same request, but no
    more than 10 faces.
    * Each person in the person group/large person group could have more than one face, but no more than
    248 faces.
    * Higher face image quality means better identification precision. Please consider high-quality
    faces: frontal, clear, and face size is 200x200 pixels (100 pixels between eyes) or bigger.
    * Number of candidates returned is restricted by maxNumOfCandidatesReturned and confidenceThreshold.
    If no person is identified, the returned candidates will be an empty array.
    * Try [Face - Find Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar) when you
    need to find similar faces from a face list/large face list instead of a person group/large person
    group.
    * The 'recognitionModel' associated with the query faces' faceIds should be the same as the
    'recognitionModel' used by the target person group or large person group.

    Args:
        body (IdentifyRequest): Request body for identify face operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[IdentifyResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
