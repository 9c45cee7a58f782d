from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detect_request import DetectRequest
from ...models.face_detection_result import FaceDetectionResult
from ...models.face_error_response import FaceErrorResponse
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: DetectRequest | File | Unset = UNSET,
    return_face_id: bool | Unset = True,
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

    if isinstance(body, DetectRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[FaceDetectionResult]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FaceDetectionResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[FaceDetectionResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DetectRequest | File | Unset = UNSET,
    return_face_id: bool | Unset = True,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> Response[FaceErrorResponse | list[FaceDetectionResult]]:
    """Detect faces in an image.

     Finds up to 100 faces in a JPEG, PNG, GIF (first frame) or BMP image of 1 KB to 6 MB and returns
    them largest first (an empty array when none is found). The image is sent as raw bytes, by URL
    (`{"url": ...}`), or - from v1.2-preview.1 on - as the id of an image captured in a liveness session
    (`{"sessionImageId": ...}`). Errors: 400 BadArgument (bad attribute or model name, attributes or
    landmarks with detection_02), InvalidURL, InvalidImage, InvalidImageSize; 403 UnsupportedFeature or
    InvalidRequest when faceIds or limited attributes are requested without Limited-Access approval.

    Args:
        return_face_id (bool | Unset):  Default: True.
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (DetectRequest): JSON form of detect's input. Set exactly one member: url, or
            sessionImageId (v1.2-preview.1 and v1.2 only). Both are optional here because upstream
            declares them as two overloads of the same content type; facekit picks.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[FaceDetectionResult]]
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
    body: DetectRequest | File | Unset = UNSET,
    return_face_id: bool | Unset = True,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> FaceErrorResponse | list[FaceDetectionResult] | None:
    """Detect faces in an image.

     Finds up to 100 faces in a JPEG, PNG, GIF (first frame) or BMP image of 1 KB to 6 MB and returns
    them largest first (an empty array when none is found). The image is sent as raw bytes, by URL
    (`{"url": ...}`), or - from v1.2-preview.1 on - as the id of an image captured in a liveness session
    (`{"sessionImageId": ...}`). Errors: 400 BadArgument (bad attribute or model name, attributes or
    landmarks with detection_02), InvalidURL, InvalidImage, InvalidImageSize; 403 UnsupportedFeature or
    InvalidRequest when faceIds or limited attributes are requested without Limited-Access approval.

    Args:
        return_face_id (bool | Unset):  Default: True.
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (DetectRequest): JSON form of detect's input. Set exactly one member: url, or
            sessionImageId (v1.2-preview.1 and v1.2 only). Both are optional here because upstream
            declares them as two overloads of the same content type; facekit picks.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[FaceDetectionResult]
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
    body: DetectRequest | File | Unset = UNSET,
    return_face_id: bool | Unset = True,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> Response[FaceErrorResponse | list[FaceDetectionResult]]:
    """Detect faces in an image.

     Finds up to 100 faces in a JPEG, PNG, GIF (first frame) or BMP image of 1 KB to 6 MB and returns
    them largest first (an empty array when none is found). The image is sent as raw bytes, by URL
    (`{"url": ...}`), or - from v1.2-preview.1 on - as the id of an image captured in a liveness session
    (`{"sessionImageId": ...}`). Errors: 400 BadArgument (bad attribute or model name, attributes or
    landmarks with detection_02), InvalidURL, InvalidImage, InvalidImageSize; 403 UnsupportedFeature or
    InvalidRequest when faceIds or limited attributes are requested without Limited-Access approval.

    Args:
        return_face_id (bool | Unset):  Default: True.
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (DetectRequest): JSON form of detect's input. Set exactly one member: url, or
            sessionImageId (v1.2-preview.1 and v1.2 only). Both are optional here because upstream
            declares them as two overloads of the same content type; facekit picks.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[FaceDetectionResult]]
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
    body: DetectRequest | File | Unset = UNSET,
    return_face_id: bool | Unset = True,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> FaceErrorResponse | list[FaceDetectionResult] | None:
    """Detect faces in an image.

     Finds up to 100 faces in a JPEG, PNG, GIF (first frame) or BMP image of 1 KB to 6 MB and returns
    them largest first (an empty array when none is found). The image is sent as raw bytes, by URL
    (`{"url": ...}`), or - from v1.2-preview.1 on - as the id of an image captured in a liveness session
    (`{"sessionImageId": ...}`). Errors: 400 BadArgument (bad attribute or model name, attributes or
    landmarks with detection_02), InvalidURL, InvalidImage, InvalidImageSize; 403 UnsupportedFeature or
    InvalidRequest when faceIds or limited attributes are requested without Limited-Access approval.

    Args:
        return_face_id (bool | Unset):  Default: True.
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (DetectRequest): JSON form of detect's input. Set exactly one member: url, or
            sessionImageId (v1.2-preview.1 and v1.2 only). Both are optional here because upstream
            declares them as two overloads of the same content type; facekit picks.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[FaceDetectionResult]
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
