from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.detected_face import DetectedFace
from ...models.image_url import ImageUrl
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: ImageUrl | File | Unset = UNSET,
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
) -> APIError | list[DetectedFace]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_detected_faces_item_data in _response_200:
            componentsschemas_detected_faces_item = DetectedFace.from_dict(
                componentsschemas_detected_faces_item_data
            )

            response_200.append(componentsschemas_detected_faces_item)

        return response_200

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | list[DetectedFace]]:
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
    return_face_id: bool | Unset = True,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> Response[APIError | list[DetectedFace]]:
    """Detect human faces in an image, return face rectangles, and optionally with faceIds, landmarks, and
    attributes.<br />
    * No image will be stored. Only the extracted face feature will be stored on server. The faceId is
    an identifier of the face feature and will be used in [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify), [Face -
    Verify](https://docs.microsoft.com/rest/api/faceapi/face/verifyfacetoface), and [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar). The stored face feature(s)
    will expire and be deleted at the time specified by faceIdTimeToLive after the original detection
    call.
    * Optional parameters include faceId, landmarks, and attributes. Attributes include age, gender,
    headPose, smile, facialHair, glasses, emotion, hair, makeup, occlusion, accessories, blur, exposure,
    noise, and mask. Some of the results returned for specific attributes may not be highly accurate.
    * JPEG, PNG, GIF (the first frame), and BMP format are supported. The allowed image file size is
    from 1KB to 6MB.
    * Up to 100 faces can be returned for an image. Faces are ranked by face rectangle size from large
    to small.
    * For optimal results when querying [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify), [Face -
    Verify](https://docs.microsoft.com/rest/api/faceapi/face/verifyfacetoface), and [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar) ('returnFaceId' is true),
    please use faces that are: frontal, clear, and with a minimum size of 200x200 pixels (100 pixels
    between eyes).
    * The minimum detectable face size is 36x36 pixels in an image no larger than 1920x1080 pixels.
    Images with dimensions higher than 1920x1080 pixels will need a proportionally larger minimum face
    size.
    * Different 'detectionModel' values can be provided. To use and compare different detection models,
    please refer to [How to specify a detection model](https://docs.microsoft.com/azure/cognitive-
    services/face/face-api-how-to-topics/specify-detection-model).

    * Different 'recognitionModel' values are provided. If follow-up operations like Verify, Identify,
    Find Similar are needed, please specify the recognition model with 'recognitionModel' parameter. The
    default value for 'recognitionModel' is 'recognition_01', if latest model needed, please explicitly
    specify the model you need in this parameter. Once specified, the detected faceIds will be
    associated with the specified recognition model. More details, please refer to [Specify a
    recognition model](https://docs.microsoft.com/azure/cognitive-services/face/face-api-how-to-
    topics/specify-recognition-model).

    Args:
        return_face_id (bool | Unset):  Default: True.
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (ImageUrl):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[DetectedFace]]
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
    return_face_id: bool | Unset = True,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> APIError | list[DetectedFace] | None:
    """Detect human faces in an image, return face rectangles, and optionally with faceIds, landmarks, and
    attributes.<br />
    * No image will be stored. Only the extracted face feature will be stored on server. The faceId is
    an identifier of the face feature and will be used in [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify), [Face -
    Verify](https://docs.microsoft.com/rest/api/faceapi/face/verifyfacetoface), and [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar). The stored face feature(s)
    will expire and be deleted at the time specified by faceIdTimeToLive after the original detection
    call.
    * Optional parameters include faceId, landmarks, and attributes. Attributes include age, gender,
    headPose, smile, facialHair, glasses, emotion, hair, makeup, occlusion, accessories, blur, exposure,
    noise, and mask. Some of the results returned for specific attributes may not be highly accurate.
    * JPEG, PNG, GIF (the first frame), and BMP format are supported. The allowed image file size is
    from 1KB to 6MB.
    * Up to 100 faces can be returned for an image. Faces are ranked by face rectangle size from large
    to small.
    * For optimal results when querying [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify), [Face -
    Verify](https://docs.microsoft.com/rest/api/faceapi/face/verifyfacetoface), and [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar) ('returnFaceId' is true),
    please use faces that are: frontal, clear, and with a minimum size of 200x200 pixels (100 pixels
    between eyes).
    * The minimum detectable face size is 36x36 pixels in an image no larger than 1920x1080 pixels.
    Images with dimensions higher than 1920x1080 pixels will need a proportionally larger minimum face
    size.
    * Different 'detectionModel' values can be provided. To use and compare different detection models,
    please refer to [How to specify a detection model](https://docs.microsoft.com/azure/cognitive-
    services/face/face-api-how-to-topics/specify-detection-model).

    * Different 'recognitionModel' values are provided. If follow-up operations like Verify, Identify,
    Find Similar are needed, please specify the recognition model with 'recognitionModel' parameter. The
    default value for 'recognitionModel' is 'recognition_01', if latest model needed, please explicitly
    specify the model you need in this parameter. Once specified, the detected faceIds will be
    associated with the specified recognition model. More details, please refer to [Specify a
    recognition model](https://docs.microsoft.com/azure/cognitive-services/face/face-api-how-to-
    topics/specify-recognition-model).

    Args:
        return_face_id (bool | Unset):  Default: True.
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (ImageUrl):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[DetectedFace]
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
    return_face_id: bool | Unset = True,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> Response[APIError | list[DetectedFace]]:
    """Detect human faces in an image, return face rectangles, and optionally with faceIds, landmarks, and
    attributes.<br />
    * No image will be stored. Only the extracted face feature will be stored on server. The faceId is
    an identifier of the face feature and will be used in [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify), [Face -
    Verify](https://docs.microsoft.com/rest/api/faceapi/face/verifyfacetoface), and [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar). The stored face feature(s)
    will expire and be deleted at the time specified by faceIdTimeToLive after the original detection
    call.
    * Optional parameters include faceId, landmarks, and attributes. Attributes include age, gender,
    headPose, smile, facialHair, glasses, emotion, hair, makeup, occlusion, accessories, blur, exposure,
    noise, and mask. Some of the results returned for specific attributes may not be highly accurate.
    * JPEG, PNG, GIF (the first frame), and BMP format are supported. The allowed image file size is
    from 1KB to 6MB.
    * Up to 100 faces can be returned for an image. Faces are ranked by face rectangle size from large
    to small.
    * For optimal results when querying [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify), [Face -
    Verify](https://docs.microsoft.com/rest/api/faceapi/face/verifyfacetoface), and [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar) ('returnFaceId' is true),
    please use faces that are: frontal, clear, and with a minimum size of 200x200 pixels (100 pixels
    between eyes).
    * The minimum detectable face size is 36x36 pixels in an image no larger than 1920x1080 pixels.
    Images with dimensions higher than 1920x1080 pixels will need a proportionally larger minimum face
    size.
    * Different 'detectionModel' values can be provided. To use and compare different detection models,
    please refer to [How to specify a detection model](https://docs.microsoft.com/azure/cognitive-
    services/face/face-api-how-to-topics/specify-detection-model).

    * Different 'recognitionModel' values are provided. If follow-up operations like Verify, Identify,
    Find Similar are needed, please specify the recognition model with 'recognitionModel' parameter. The
    default value for 'recognitionModel' is 'recognition_01', if latest model needed, please explicitly
    specify the model you need in this parameter. Once specified, the detected faceIds will be
    associated with the specified recognition model. More details, please refer to [Specify a
    recognition model](https://docs.microsoft.com/azure/cognitive-services/face/face-api-how-to-
    topics/specify-recognition-model).

    Args:
        return_face_id (bool | Unset):  Default: True.
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (ImageUrl):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | list[DetectedFace]]
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
    return_face_id: bool | Unset = True,
    return_face_landmarks: bool | Unset = False,
    return_face_attributes: str | Unset = UNSET,
    recognition_model: str | Unset = "recognition_01",
    return_recognition_model: bool | Unset = False,
    detection_model: str | Unset = "detection_01",
    face_id_time_to_live: int | Unset = 86400,
) -> APIError | list[DetectedFace] | None:
    """Detect human faces in an image, return face rectangles, and optionally with faceIds, landmarks, and
    attributes.<br />
    * No image will be stored. Only the extracted face feature will be stored on server. The faceId is
    an identifier of the face feature and will be used in [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify), [Face -
    Verify](https://docs.microsoft.com/rest/api/faceapi/face/verifyfacetoface), and [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar). The stored face feature(s)
    will expire and be deleted at the time specified by faceIdTimeToLive after the original detection
    call.
    * Optional parameters include faceId, landmarks, and attributes. Attributes include age, gender,
    headPose, smile, facialHair, glasses, emotion, hair, makeup, occlusion, accessories, blur, exposure,
    noise, and mask. Some of the results returned for specific attributes may not be highly accurate.
    * JPEG, PNG, GIF (the first frame), and BMP format are supported. The allowed image file size is
    from 1KB to 6MB.
    * Up to 100 faces can be returned for an image. Faces are ranked by face rectangle size from large
    to small.
    * For optimal results when querying [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify), [Face -
    Verify](https://docs.microsoft.com/rest/api/faceapi/face/verifyfacetoface), and [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar) ('returnFaceId' is true),
    please use faces that are: frontal, clear, and with a minimum size of 200x200 pixels (100 pixels
    between eyes).
    * The minimum detectable face size is 36x36 pixels in an image no larger than 1920x1080 pixels.
    Images with dimensions higher than 1920x1080 pixels will need a proportionally larger minimum face
    size.
    * Different 'detectionModel' values can be provided. To use and compare different detection models,
    please refer to [How to specify a detection model](https://docs.microsoft.com/azure/cognitive-
    services/face/face-api-how-to-topics/specify-detection-model).

    * Different 'recognitionModel' values are provided. If follow-up operations like Verify, Identify,
    Find Similar are needed, please specify the recognition model with 'recognitionModel' parameter. The
    default value for 'recognitionModel' is 'recognition_01', if latest model needed, please explicitly
    specify the model you need in this parameter. Once specified, the detected faceIds will be
    associated with the specified recognition model. More details, please refer to [Specify a
    recognition model](https://docs.microsoft.com/azure/cognitive-services/face/face-api-how-to-
    topics/specify-recognition-model).

    Args:
        return_face_id (bool | Unset):  Default: True.
        return_face_landmarks (bool | Unset):  Default: False.
        return_face_attributes (str | Unset):
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_recognition_model (bool | Unset):  Default: False.
        detection_model (str | Unset):  Default: 'detection_01'.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (ImageUrl):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | list[DetectedFace]
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
