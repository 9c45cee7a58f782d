from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detected_face import DetectedFace
from ...models.face_error_response import FaceErrorResponse
from ...models.image_url import ImageUrl
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: ImageUrl | File | Unset = UNSET,
    return_face_id: bool | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["returnFaceId"] = return_face_id

    params["returnFaceLandmarks"] = return_face_landmarks

    params["returnFaceAttributes"] = return_face_attributes

    params["recognitionModel"] = recognition_model

    params["returnRecognitionModel"] = return_recognition_model

    params["detectionModel"] = detection_model

    params["faceIdTimeToLive"] = face_id_time_to_live

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/detect",
        "params": params,
    }

    if isinstance(body, ImageUrl):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[DetectedFace]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DetectedFace.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[DetectedFace]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUrl | File | Unset = UNSET,
    return_face_id: bool | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> Response[FaceErrorResponse | list[DetectedFace]]:
    """Detect faces in an image.

     Finds up to 100 faces in a JPEG, PNG, GIF (first frame) or BMP image of 1 KB to 6 MB, sent as raw
    bytes or by URL, and returns them largest first (an empty array when none is found). Errors: 400
    BadArgument (bad attribute or model name, attributes or landmarks with detection_02), InvalidURL,
    InvalidImage, InvalidImageSize; 403 UnsupportedFeature or InvalidRequest when faceIds or limited
    attributes are requested without Limited-Access approval.

    Args:
        return_face_id (bool | Unset):
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (ImageUrl): An image given by URL.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[DetectedFace]]
    """

    kwargs = _get_kwargs(
        body=body,
        return_face_id=return_face_id,
        return_face_landmarks=return_face_landmarks,
        return_face_attributes=return_face_attributes,
        recognition_model=recognition_model,
        return_recognition_model=return_recognition_model,
        detection_model=detection_model,
        face_id_time_to_live=face_id_time_to_live,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUrl | File | Unset = UNSET,
    return_face_id: bool | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> FaceErrorResponse | list[DetectedFace] | None:
    """Detect faces in an image.

     Finds up to 100 faces in a JPEG, PNG, GIF (first frame) or BMP image of 1 KB to 6 MB, sent as raw
    bytes or by URL, and returns them largest first (an empty array when none is found). Errors: 400
    BadArgument (bad attribute or model name, attributes or landmarks with detection_02), InvalidURL,
    InvalidImage, InvalidImageSize; 403 UnsupportedFeature or InvalidRequest when faceIds or limited
    attributes are requested without Limited-Access approval.

    Args:
        return_face_id (bool | Unset):
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (ImageUrl): An image given by URL.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[DetectedFace]
    """

    return sync_detailed(
        client=client,
        body=body,
        return_face_id=return_face_id,
        return_face_landmarks=return_face_landmarks,
        return_face_attributes=return_face_attributes,
        recognition_model=recognition_model,
        return_recognition_model=return_recognition_model,
        detection_model=detection_model,
        face_id_time_to_live=face_id_time_to_live,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUrl | File | Unset = UNSET,
    return_face_id: bool | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> Response[FaceErrorResponse | list[DetectedFace]]:
    """Detect faces in an image.

     Finds up to 100 faces in a JPEG, PNG, GIF (first frame) or BMP image of 1 KB to 6 MB, sent as raw
    bytes or by URL, and returns them largest first (an empty array when none is found). Errors: 400
    BadArgument (bad attribute or model name, attributes or landmarks with detection_02), InvalidURL,
    InvalidImage, InvalidImageSize; 403 UnsupportedFeature or InvalidRequest when faceIds or limited
    attributes are requested without Limited-Access approval.

    Args:
        return_face_id (bool | Unset):
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (ImageUrl): An image given by URL.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[DetectedFace]]
    """

    kwargs = _get_kwargs(
        body=body,
        return_face_id=return_face_id,
        return_face_landmarks=return_face_landmarks,
        return_face_attributes=return_face_attributes,
        recognition_model=recognition_model,
        return_recognition_model=return_recognition_model,
        detection_model=detection_model,
        face_id_time_to_live=face_id_time_to_live,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUrl | File | Unset = UNSET,
    return_face_id: bool | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> FaceErrorResponse | list[DetectedFace] | None:
    """Detect faces in an image.

     Finds up to 100 faces in a JPEG, PNG, GIF (first frame) or BMP image of 1 KB to 6 MB, sent as raw
    bytes or by URL, and returns them largest first (an empty array when none is found). Errors: 400
    BadArgument (bad attribute or model name, attributes or landmarks with detection_02), InvalidURL,
    InvalidImage, InvalidImageSize; 403 UnsupportedFeature or InvalidRequest when faceIds or limited
    attributes are requested without Limited-Access approval.

    Args:
        return_face_id (bool | Unset):
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (ImageUrl): An image given by URL.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[DetectedFace]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            return_face_id=return_face_id,
            return_face_landmarks=return_face_landmarks,
            return_face_attributes=return_face_attributes,
            recognition_model=recognition_model,
            return_recognition_model=return_recognition_model,
            detection_model=detection_model,
            face_id_time_to_live=face_id_time_to_live,
        )
    ).parsed
