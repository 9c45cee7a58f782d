from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_detection_operations_detect_from_url_body import (
    FaceDetectionOperationsDetectFromUrlBody,
)
from ...models.face_detection_result import FaceDetectionResult
from ...models.face_error_response import FaceErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FaceDetectionOperationsDetectFromUrlBody,
    detection_model: str | Unset = "detection_01",
    recognition_model: str | Unset = "recognition_01",
    return_face_id: bool | Unset = True,
    return_face_attributes: str | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_recognition_model: bool | Unset = False,
    face_id_time_to_live: int | Unset = 86400,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["detectionModel"] = detection_model

    params["recognitionModel"] = recognition_model

    params["returnFaceId"] = return_face_id

    params["returnFaceAttributes"] = return_face_attributes

    params["returnFaceLandmarks"] = return_face_landmarks

    params["returnRecognitionModel"] = return_recognition_model

    params["faceIdTimeToLive"] = face_id_time_to_live

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/detect",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: FaceDetectionOperationsDetectFromUrlBody,
    detection_model: str | Unset = "detection_01",
    recognition_model: str | Unset = "recognition_01",
    return_face_id: bool | Unset = True,
    return_face_attributes: str | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_recognition_model: bool | Unset = False,
    face_id_time_to_live: int | Unset = 86400,
) -> Response[FaceErrorResponse | list[FaceDetectionResult]]:
    """Detect human faces in an image, return face rectangles, and optionally with faceIds, landmarks, and
    attributes.

     > [!IMPORTANT]
    > Microsoft has retired or limited facial recognition capabilities that can be used to try to infer
    emotional states and identity attributes which, if misused, can subject people to stereotyping,
    discrimination or unfair denial of services. The retired capabilities are emotion and gender. The
    limited capabilities are age, smile, facial hair, hair and makeup. Email [Azure Face
    API](mailto:azureface@microsoft.com) if you have a responsible use case that would benefit from the
    use of any of the limited capabilities. Read more about this decision
    [here](https://azure.microsoft.com/blog/responsible-ai-investments-and-safeguards-for-facial-
    recognition/).

    *
      * No image will be stored. Only the extracted face feature(s) will be stored on server. The faceId
    is an identifier of the face feature and will be used in "Identify", "Verify", and "Find Similar".
    The stored face features will expire and be deleted at the time specified by faceIdTimeToLive after
    the original detection call.
      * Optional parameters include faceId, landmarks, and attributes. Attributes include headPose,
    glasses, occlusion, accessories, blur, exposure, noise, mask, and qualityForRecognition. Some of the
    results returned for specific attributes may not be highly accurate.
      * JPEG, PNG, GIF (the first frame), and BMP format are supported. The allowed image file size is
    from 1KB to 6MB.
      * The minimum detectable face size is 36x36 pixels in an image no larger than 1920x1080 pixels.
    Images with dimensions higher than 1920x1080 pixels will need a proportionally larger minimum face
    size.
      * Up to 100 faces can be returned for an image. Faces are ranked by face rectangle size from large
    to small.
      * For optimal results when querying "Identify", "Verify", and "Find Similar" ('returnFaceId' is
    true), please use faces that are: frontal, clear, and with a minimum size of 200x200 pixels (100
    pixels between eyes).
      * Different 'detectionModel' values can be provided. The availability of landmarks and supported
    attributes depends on the detection model specified. To use and compare different detection models,
    please refer to [here](https://learn.microsoft.com/azure/ai-services/computer-vision/how-to/specify-
    detection-model).
      * Different 'recognitionModel' values are provided. If follow-up operations like "Verify",
    "Identify", "Find Similar" are needed, please specify the recognition model with 'recognitionModel'
    parameter. The default value for 'recognitionModel' is 'recognition_01', if latest model needed,
    please explicitly specify the model you need in this parameter. Once specified, the detected faceIds
    will be associated with the specified recognition model. More details, please refer to
    [here](https://learn.microsoft.com/azure/ai-services/computer-vision/how-to/specify-recognition-
    model).

    Args:
        detection_model (str | Unset):  Default: 'detection_01'.
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_face_id (bool | Unset):  Default: True.
        return_face_attributes (str | Unset):
        return_face_landmarks (bool | Unset):  Default: False.
        return_recognition_model (bool | Unset):  Default: False.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (FaceDetectionOperationsDetectFromUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[FaceDetectionResult]]
    """

    kwargs = _get_kwargs(
        body=body,
        detection_model=detection_model,
        recognition_model=recognition_model,
        return_face_id=return_face_id,
        return_face_attributes=return_face_attributes,
        return_face_landmarks=return_face_landmarks,
        return_recognition_model=return_recognition_model,
        face_id_time_to_live=face_id_time_to_live,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FaceDetectionOperationsDetectFromUrlBody,
    detection_model: str | Unset = "detection_01",
    recognition_model: str | Unset = "recognition_01",
    return_face_id: bool | Unset = True,
    return_face_attributes: str | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_recognition_model: bool | Unset = False,
    face_id_time_to_live: int | Unset = 86400,
) -> FaceErrorResponse | list[FaceDetectionResult] | None:
    """Detect human faces in an image, return face rectangles, and optionally with faceIds, landmarks, and
    attributes.

     > [!IMPORTANT]
    > Microsoft has retired or limited facial recognition capabilities that can be used to try to infer
    emotional states and identity attributes which, if misused, can subject people to stereotyping,
    discrimination or unfair denial of services. The retired capabilities are emotion and gender. The
    limited capabilities are age, smile, facial hair, hair and makeup. Email [Azure Face
    API](mailto:azureface@microsoft.com) if you have a responsible use case that would benefit from the
    use of any of the limited capabilities. Read more about this decision
    [here](https://azure.microsoft.com/blog/responsible-ai-investments-and-safeguards-for-facial-
    recognition/).

    *
      * No image will be stored. Only the extracted face feature(s) will be stored on server. The faceId
    is an identifier of the face feature and will be used in "Identify", "Verify", and "Find Similar".
    The stored face features will expire and be deleted at the time specified by faceIdTimeToLive after
    the original detection call.
      * Optional parameters include faceId, landmarks, and attributes. Attributes include headPose,
    glasses, occlusion, accessories, blur, exposure, noise, mask, and qualityForRecognition. Some of the
    results returned for specific attributes may not be highly accurate.
      * JPEG, PNG, GIF (the first frame), and BMP format are supported. The allowed image file size is
    from 1KB to 6MB.
      * The minimum detectable face size is 36x36 pixels in an image no larger than 1920x1080 pixels.
    Images with dimensions higher than 1920x1080 pixels will need a proportionally larger minimum face
    size.
      * Up to 100 faces can be returned for an image. Faces are ranked by face rectangle size from large
    to small.
      * For optimal results when querying "Identify", "Verify", and "Find Similar" ('returnFaceId' is
    true), please use faces that are: frontal, clear, and with a minimum size of 200x200 pixels (100
    pixels between eyes).
      * Different 'detectionModel' values can be provided. The availability of landmarks and supported
    attributes depends on the detection model specified. To use and compare different detection models,
    please refer to [here](https://learn.microsoft.com/azure/ai-services/computer-vision/how-to/specify-
    detection-model).
      * Different 'recognitionModel' values are provided. If follow-up operations like "Verify",
    "Identify", "Find Similar" are needed, please specify the recognition model with 'recognitionModel'
    parameter. The default value for 'recognitionModel' is 'recognition_01', if latest model needed,
    please explicitly specify the model you need in this parameter. Once specified, the detected faceIds
    will be associated with the specified recognition model. More details, please refer to
    [here](https://learn.microsoft.com/azure/ai-services/computer-vision/how-to/specify-recognition-
    model).

    Args:
        detection_model (str | Unset):  Default: 'detection_01'.
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_face_id (bool | Unset):  Default: True.
        return_face_attributes (str | Unset):
        return_face_landmarks (bool | Unset):  Default: False.
        return_recognition_model (bool | Unset):  Default: False.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (FaceDetectionOperationsDetectFromUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[FaceDetectionResult]
    """

    return sync_detailed(
        client=client,
        body=body,
        detection_model=detection_model,
        recognition_model=recognition_model,
        return_face_id=return_face_id,
        return_face_attributes=return_face_attributes,
        return_face_landmarks=return_face_landmarks,
        return_recognition_model=return_recognition_model,
        face_id_time_to_live=face_id_time_to_live,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaceDetectionOperationsDetectFromUrlBody,
    detection_model: str | Unset = "detection_01",
    recognition_model: str | Unset = "recognition_01",
    return_face_id: bool | Unset = True,
    return_face_attributes: str | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_recognition_model: bool | Unset = False,
    face_id_time_to_live: int | Unset = 86400,
) -> Response[FaceErrorResponse | list[FaceDetectionResult]]:
    """Detect human faces in an image, return face rectangles, and optionally with faceIds, landmarks, and
    attributes.

     > [!IMPORTANT]
    > Microsoft has retired or limited facial recognition capabilities that can be used to try to infer
    emotional states and identity attributes which, if misused, can subject people to stereotyping,
    discrimination or unfair denial of services. The retired capabilities are emotion and gender. The
    limited capabilities are age, smile, facial hair, hair and makeup. Email [Azure Face
    API](mailto:azureface@microsoft.com) if you have a responsible use case that would benefit from the
    use of any of the limited capabilities. Read more about this decision
    [here](https://azure.microsoft.com/blog/responsible-ai-investments-and-safeguards-for-facial-
    recognition/).

    *
      * No image will be stored. Only the extracted face feature(s) will be stored on server. The faceId
    is an identifier of the face feature and will be used in "Identify", "Verify", and "Find Similar".
    The stored face features will expire and be deleted at the time specified by faceIdTimeToLive after
    the original detection call.
      * Optional parameters include faceId, landmarks, and attributes. Attributes include headPose,
    glasses, occlusion, accessories, blur, exposure, noise, mask, and qualityForRecognition. Some of the
    results returned for specific attributes may not be highly accurate.
      * JPEG, PNG, GIF (the first frame), and BMP format are supported. The allowed image file size is
    from 1KB to 6MB.
      * The minimum detectable face size is 36x36 pixels in an image no larger than 1920x1080 pixels.
    Images with dimensions higher than 1920x1080 pixels will need a proportionally larger minimum face
    size.
      * Up to 100 faces can be returned for an image. Faces are ranked by face rectangle size from large
    to small.
      * For optimal results when querying "Identify", "Verify", and "Find Similar" ('returnFaceId' is
    true), please use faces that are: frontal, clear, and with a minimum size of 200x200 pixels (100
    pixels between eyes).
      * Different 'detectionModel' values can be provided. The availability of landmarks and supported
    attributes depends on the detection model specified. To use and compare different detection models,
    please refer to [here](https://learn.microsoft.com/azure/ai-services/computer-vision/how-to/specify-
    detection-model).
      * Different 'recognitionModel' values are provided. If follow-up operations like "Verify",
    "Identify", "Find Similar" are needed, please specify the recognition model with 'recognitionModel'
    parameter. The default value for 'recognitionModel' is 'recognition_01', if latest model needed,
    please explicitly specify the model you need in this parameter. Once specified, the detected faceIds
    will be associated with the specified recognition model. More details, please refer to
    [here](https://learn.microsoft.com/azure/ai-services/computer-vision/how-to/specify-recognition-
    model).

    Args:
        detection_model (str | Unset):  Default: 'detection_01'.
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_face_id (bool | Unset):  Default: True.
        return_face_attributes (str | Unset):
        return_face_landmarks (bool | Unset):  Default: False.
        return_recognition_model (bool | Unset):  Default: False.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (FaceDetectionOperationsDetectFromUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[FaceDetectionResult]]
    """

    kwargs = _get_kwargs(
        body=body,
        detection_model=detection_model,
        recognition_model=recognition_model,
        return_face_id=return_face_id,
        return_face_attributes=return_face_attributes,
        return_face_landmarks=return_face_landmarks,
        return_recognition_model=return_recognition_model,
        face_id_time_to_live=face_id_time_to_live,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FaceDetectionOperationsDetectFromUrlBody,
    detection_model: str | Unset = "detection_01",
    recognition_model: str | Unset = "recognition_01",
    return_face_id: bool | Unset = True,
    return_face_attributes: str | Unset = UNSET,
    return_face_landmarks: bool | Unset = False,
    return_recognition_model: bool | Unset = False,
    face_id_time_to_live: int | Unset = 86400,
) -> FaceErrorResponse | list[FaceDetectionResult] | None:
    """Detect human faces in an image, return face rectangles, and optionally with faceIds, landmarks, and
    attributes.

     > [!IMPORTANT]
    > Microsoft has retired or limited facial recognition capabilities that can be used to try to infer
    emotional states and identity attributes which, if misused, can subject people to stereotyping,
    discrimination or unfair denial of services. The retired capabilities are emotion and gender. The
    limited capabilities are age, smile, facial hair, hair and makeup. Email [Azure Face
    API](mailto:azureface@microsoft.com) if you have a responsible use case that would benefit from the
    use of any of the limited capabilities. Read more about this decision
    [here](https://azure.microsoft.com/blog/responsible-ai-investments-and-safeguards-for-facial-
    recognition/).

    *
      * No image will be stored. Only the extracted face feature(s) will be stored on server. The faceId
    is an identifier of the face feature and will be used in "Identify", "Verify", and "Find Similar".
    The stored face features will expire and be deleted at the time specified by faceIdTimeToLive after
    the original detection call.
      * Optional parameters include faceId, landmarks, and attributes. Attributes include headPose,
    glasses, occlusion, accessories, blur, exposure, noise, mask, and qualityForRecognition. Some of the
    results returned for specific attributes may not be highly accurate.
      * JPEG, PNG, GIF (the first frame), and BMP format are supported. The allowed image file size is
    from 1KB to 6MB.
      * The minimum detectable face size is 36x36 pixels in an image no larger than 1920x1080 pixels.
    Images with dimensions higher than 1920x1080 pixels will need a proportionally larger minimum face
    size.
      * Up to 100 faces can be returned for an image. Faces are ranked by face rectangle size from large
    to small.
      * For optimal results when querying "Identify", "Verify", and "Find Similar" ('returnFaceId' is
    true), please use faces that are: frontal, clear, and with a minimum size of 200x200 pixels (100
    pixels between eyes).
      * Different 'detectionModel' values can be provided. The availability of landmarks and supported
    attributes depends on the detection model specified. To use and compare different detection models,
    please refer to [here](https://learn.microsoft.com/azure/ai-services/computer-vision/how-to/specify-
    detection-model).
      * Different 'recognitionModel' values are provided. If follow-up operations like "Verify",
    "Identify", "Find Similar" are needed, please specify the recognition model with 'recognitionModel'
    parameter. The default value for 'recognitionModel' is 'recognition_01', if latest model needed,
    please explicitly specify the model you need in this parameter. Once specified, the detected faceIds
    will be associated with the specified recognition model. More details, please refer to
    [here](https://learn.microsoft.com/azure/ai-services/computer-vision/how-to/specify-recognition-
    model).

    Args:
        detection_model (str | Unset):  Default: 'detection_01'.
        recognition_model (str | Unset):  Default: 'recognition_01'.
        return_face_id (bool | Unset):  Default: True.
        return_face_attributes (str | Unset):
        return_face_landmarks (bool | Unset):  Default: False.
        return_recognition_model (bool | Unset):  Default: False.
        face_id_time_to_live (int | Unset):  Default: 86400.
        body (FaceDetectionOperationsDetectFromUrlBody):

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
            detection_model=detection_model,
            recognition_model=recognition_model,
            return_face_id=return_face_id,
            return_face_attributes=return_face_attributes,
            return_face_landmarks=return_face_landmarks,
            return_recognition_model=return_recognition_model,
            face_id_time_to_live=face_id_time_to_live,
        )
    ).parsed
