from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.find_similar_request import FindSimilarRequest
from ...models.similar_face import SimilarFace
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
) -> APIError | list[SimilarFace]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_similar_faces_item_data in _response_200:
            componentsschemas_similar_faces_item = SimilarFace.from_dict(
                componentsschemas_similar_faces_item_data
            )

            response_200.append(componentsschemas_similar_faces_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[SimilarFace]]:
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
) -> Response[APIError | list[SimilarFace]]:
    """Given query face's faceId, to search the similar-looking faces from a faceId array, a face list or a
    large face list. faceId array contains the faces created by [Face - Detect With
    Url](https://docs.microsoft.com/rest/api/faceapi/face/detectwithurl) or [Face - Detect With
    Stream](https://docs.microsoft.com/rest/api/faceapi/face/detectwithstream), which will expire at the
    time specified by faceIdTimeToLive after creation. A "faceListId" is created by [FaceList -
    Create](https://docs.microsoft.com/rest/api/faceapi/facelist/create) containing persistedFaceIds
    that will not expire. And a "largeFaceListId" is created by [LargeFaceList -
    Create](https://docs.microsoft.com/rest/api/faceapi/largefacelist/create) containing
    persistedFaceIds that will also not expire. Depending on the input the returned similar faces list
    contains faceIds or persistedFaceIds ranked by similarity.
    <br/>Find similar has two working modes, "matchPerson" and "matchFace". "matchPerson" is the default
    mode that it tries to find faces of the same person as possible by using internal same-person
    thresholds. It is useful to find a known person's other photos. Note that an empty list will be
    returned if no faces pass the internal thresholds. "matchFace" mode ignores same-person thresholds
    and returns ranked similar faces anyway, even the similarity is low. It can be used in the cases
    like searching celebrity-looking faces.
    <br/>The 'recognitionModel' associated with the query face's faceId should be the same as the
    'recognitionModel' used by the target faceId array, face list or large face list.

    Args:
        body (FindSimilarRequest): Request body for find similar operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[SimilarFace]]
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
) -> APIError | list[SimilarFace] | None:
    """Given query face's faceId, to search the similar-looking faces from a faceId array, a face list or a
    large face list. faceId array contains the faces created by [Face - Detect With
    Url](https://docs.microsoft.com/rest/api/faceapi/face/detectwithurl) or [Face - Detect With
    Stream](https://docs.microsoft.com/rest/api/faceapi/face/detectwithstream), which will expire at the
    time specified by faceIdTimeToLive after creation. A "faceListId" is created by [FaceList -
    Create](https://docs.microsoft.com/rest/api/faceapi/facelist/create) containing persistedFaceIds
    that will not expire. And a "largeFaceListId" is created by [LargeFaceList -
    Create](https://docs.microsoft.com/rest/api/faceapi/largefacelist/create) containing
    persistedFaceIds that will also not expire. Depending on the input the returned similar faces list
    contains faceIds or persistedFaceIds ranked by similarity.
    <br/>Find similar has two working modes, "matchPerson" and "matchFace". "matchPerson" is the default
    mode that it tries to find faces of the same person as possible by using internal same-person
    thresholds. It is useful to find a known person's other photos. Note that an empty list will be
    returned if no faces pass the internal thresholds. "matchFace" mode ignores same-person thresholds
    and returns ranked similar faces anyway, even the similarity is low. It can be used in the cases
    like searching celebrity-looking faces.
    <br/>The 'recognitionModel' associated with the query face's faceId should be the same as the
    'recognitionModel' used by the target faceId array, face list or large face list.

    Args:
        body (FindSimilarRequest): Request body for find similar operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[SimilarFace]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FindSimilarRequest,
) -> Response[APIError | list[SimilarFace]]:
    """Given query face's faceId, to search the similar-looking faces from a faceId array, a face list or a
    large face list. faceId array contains the faces created by [Face - Detect With
    Url](https://docs.microsoft.com/rest/api/faceapi/face/detectwithurl) or [Face - Detect With
    Stream](https://docs.microsoft.com/rest/api/faceapi/face/detectwithstream), which will expire at the
    time specified by faceIdTimeToLive after creation. A "faceListId" is created by [FaceList -
    Create](https://docs.microsoft.com/rest/api/faceapi/facelist/create) containing persistedFaceIds
    that will not expire. And a "largeFaceListId" is created by [LargeFaceList -
    Create](https://docs.microsoft.com/rest/api/faceapi/largefacelist/create) containing
    persistedFaceIds that will also not expire. Depending on the input the returned similar faces list
    contains faceIds or persistedFaceIds ranked by similarity.
    <br/>Find similar has two working modes, "matchPerson" and "matchFace". "matchPerson" is the default
    mode that it tries to find faces of the same person as possible by using internal same-person
    thresholds. It is useful to find a known person's other photos. Note that an empty list will be
    returned if no faces pass the internal thresholds. "matchFace" mode ignores same-person thresholds
    and returns ranked similar faces anyway, even the similarity is low. It can be used in the cases
    like searching celebrity-looking faces.
    <br/>The 'recognitionModel' associated with the query face's faceId should be the same as the
    'recognitionModel' used by the target faceId array, face list or large face list.

    Args:
        body (FindSimilarRequest): Request body for find similar operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[SimilarFace]]
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
) -> APIError | list[SimilarFace] | None:
    """Given query face's faceId, to search the similar-looking faces from a faceId array, a face list or a
    large face list. faceId array contains the faces created by [Face - Detect With
    Url](https://docs.microsoft.com/rest/api/faceapi/face/detectwithurl) or [Face - Detect With
    Stream](https://docs.microsoft.com/rest/api/faceapi/face/detectwithstream), which will expire at the
    time specified by faceIdTimeToLive after creation. A "faceListId" is created by [FaceList -
    Create](https://docs.microsoft.com/rest/api/faceapi/facelist/create) containing persistedFaceIds
    that will not expire. And a "largeFaceListId" is created by [LargeFaceList -
    Create](https://docs.microsoft.com/rest/api/faceapi/largefacelist/create) containing
    persistedFaceIds that will also not expire. Depending on the input the returned similar faces list
    contains faceIds or persistedFaceIds ranked by similarity.
    <br/>Find similar has two working modes, "matchPerson" and "matchFace". "matchPerson" is the default
    mode that it tries to find faces of the same person as possible by using internal same-person
    thresholds. It is useful to find a known person's other photos. Note that an empty list will be
    returned if no faces pass the internal thresholds. "matchFace" mode ignores same-person thresholds
    and returns ranked similar faces anyway, even the similarity is low. It can be used in the cases
    like searching celebrity-looking faces.
    <br/>The 'recognitionModel' associated with the query face's faceId should be the same as the
    'recognitionModel' used by the target faceId array, face list or large face list.

    Args:
        body (FindSimilarRequest): Request body for find similar operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[SimilarFace]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
