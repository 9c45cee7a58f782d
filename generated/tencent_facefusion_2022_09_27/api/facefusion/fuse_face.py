from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fuse_face_envelope import FuseFaceEnvelope
from ...models.fuse_face_request import FuseFaceRequest
from ...types import Response


def _get_kwargs(
    *,
    body: FuseFaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/FuseFace",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FuseFaceEnvelope | None:
    if response.status_code == 200:
        response_200 = FuseFaceEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuseFaceEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FuseFaceRequest,
) -> Response[FuseFaceEnvelope]:
    """Fuse one or more user faces into a console template (wire action FuseFace).

     Synchronous image fusion against a material (template) configured in the
    console, addressed by `ProjectId` (activity) and `ModelId` (material). Each
    `MergeInfos` entry puts one user face onto one template face.

    Wire form: `POST /` with `X-TC-Action: FuseFace`. Only TC3-HMAC-SHA256
    signatures are accepted. No idempotency key exists: repeating a call after a
    timeout may run, and bill, a second fusion.

    Besides the common codes listed on `TencentError.Code`, this action may answer
    with: `FailedOperation.NoFaceDetected` (no usable face in an image),
    `FailedOperation.FaceSizeTooSmall` (a face of 34×34 pixels or less),
    `FailedOperation.ImageDecodeFailed`, `FailedOperation.ImageDownloadError`,
    `FailedOperation.ImageResolutionTooSmall` (short side under 64 pixels),
    `FailedOperation.ImageSizeInvalid` (dimensions outside the accepted range),
    `FailedOperation.ImageResolutionExceed` (image too large),
    `FailedOperation.ImageSizeExceed` (base64 data above 5 MB),
    `FailedOperation.ImagePixelExceed` (material above 1080×1080),
    `FailedOperation.FuseMaterialNotAuth`, `FailedOperation.FuseMaterialNotAvailable`,
    `FailedOperation.FuseMaterialNotExist`, `FailedOperation.TemplateFaceIDNotExist`,
    `FailedOperation.ProjectNotAuth`, `FailedOperation.BalanceInsufficient`,
    `FailedOperation.ParameterValueError`, `FailedOperation.MediaDataError`,
    `FailedOperation.ModerationConfigError`, `FailedOperation.ModerationFailed`,
    `FailedOperation.ModerationResponseError`,
    `FailedOperation.ModerationResultConfigError`, `FailedOperation.InnerError`,
    `FailedOperation.RequestTimeout`, `FailedOperation.RpcFail`,
    `FailedOperation.ServerError`, `FailedOperation.UnKnowError`,
    `FailedOperation.Unknown`, `FailedOperation.FuseFreqCtrl` (business-level rate
    control), `InvalidParameterValue.ActivityIdNotFound`,
    `InvalidParameterValue.MaterialIdNotFound`,
    `InvalidParameterValue.FaceRectParameterValueError` (a rectangle narrower or
    lower than 30 pixels, or otherwise invalid),
    `InvalidParameterValue.ParameterValueError`, `InvalidParameterValue.UrlIllegal`,
    `ResourceUnavailable.Freeze`, `ResourceUnavailable.InArrears`,
    `ResourceUnavailable.IsOpening`, `ResourceUnavailable.NotExist`,
    `ResourceUnavailable.Recover`, `ResourceUnavailable.StopUsing`. Older codes
    may still appear; callers must handle unknown codes generically.

    Args:
        body (FuseFaceRequest): Parameters of the FuseFace action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FuseFaceEnvelope]
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
    body: FuseFaceRequest,
) -> FuseFaceEnvelope | None:
    """Fuse one or more user faces into a console template (wire action FuseFace).

     Synchronous image fusion against a material (template) configured in the
    console, addressed by `ProjectId` (activity) and `ModelId` (material). Each
    `MergeInfos` entry puts one user face onto one template face.

    Wire form: `POST /` with `X-TC-Action: FuseFace`. Only TC3-HMAC-SHA256
    signatures are accepted. No idempotency key exists: repeating a call after a
    timeout may run, and bill, a second fusion.

    Besides the common codes listed on `TencentError.Code`, this action may answer
    with: `FailedOperation.NoFaceDetected` (no usable face in an image),
    `FailedOperation.FaceSizeTooSmall` (a face of 34×34 pixels or less),
    `FailedOperation.ImageDecodeFailed`, `FailedOperation.ImageDownloadError`,
    `FailedOperation.ImageResolutionTooSmall` (short side under 64 pixels),
    `FailedOperation.ImageSizeInvalid` (dimensions outside the accepted range),
    `FailedOperation.ImageResolutionExceed` (image too large),
    `FailedOperation.ImageSizeExceed` (base64 data above 5 MB),
    `FailedOperation.ImagePixelExceed` (material above 1080×1080),
    `FailedOperation.FuseMaterialNotAuth`, `FailedOperation.FuseMaterialNotAvailable`,
    `FailedOperation.FuseMaterialNotExist`, `FailedOperation.TemplateFaceIDNotExist`,
    `FailedOperation.ProjectNotAuth`, `FailedOperation.BalanceInsufficient`,
    `FailedOperation.ParameterValueError`, `FailedOperation.MediaDataError`,
    `FailedOperation.ModerationConfigError`, `FailedOperation.ModerationFailed`,
    `FailedOperation.ModerationResponseError`,
    `FailedOperation.ModerationResultConfigError`, `FailedOperation.InnerError`,
    `FailedOperation.RequestTimeout`, `FailedOperation.RpcFail`,
    `FailedOperation.ServerError`, `FailedOperation.UnKnowError`,
    `FailedOperation.Unknown`, `FailedOperation.FuseFreqCtrl` (business-level rate
    control), `InvalidParameterValue.ActivityIdNotFound`,
    `InvalidParameterValue.MaterialIdNotFound`,
    `InvalidParameterValue.FaceRectParameterValueError` (a rectangle narrower or
    lower than 30 pixels, or otherwise invalid),
    `InvalidParameterValue.ParameterValueError`, `InvalidParameterValue.UrlIllegal`,
    `ResourceUnavailable.Freeze`, `ResourceUnavailable.InArrears`,
    `ResourceUnavailable.IsOpening`, `ResourceUnavailable.NotExist`,
    `ResourceUnavailable.Recover`, `ResourceUnavailable.StopUsing`. Older codes
    may still appear; callers must handle unknown codes generically.

    Args:
        body (FuseFaceRequest): Parameters of the FuseFace action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FuseFaceEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FuseFaceRequest,
) -> Response[FuseFaceEnvelope]:
    """Fuse one or more user faces into a console template (wire action FuseFace).

     Synchronous image fusion against a material (template) configured in the
    console, addressed by `ProjectId` (activity) and `ModelId` (material). Each
    `MergeInfos` entry puts one user face onto one template face.

    Wire form: `POST /` with `X-TC-Action: FuseFace`. Only TC3-HMAC-SHA256
    signatures are accepted. No idempotency key exists: repeating a call after a
    timeout may run, and bill, a second fusion.

    Besides the common codes listed on `TencentError.Code`, this action may answer
    with: `FailedOperation.NoFaceDetected` (no usable face in an image),
    `FailedOperation.FaceSizeTooSmall` (a face of 34×34 pixels or less),
    `FailedOperation.ImageDecodeFailed`, `FailedOperation.ImageDownloadError`,
    `FailedOperation.ImageResolutionTooSmall` (short side under 64 pixels),
    `FailedOperation.ImageSizeInvalid` (dimensions outside the accepted range),
    `FailedOperation.ImageResolutionExceed` (image too large),
    `FailedOperation.ImageSizeExceed` (base64 data above 5 MB),
    `FailedOperation.ImagePixelExceed` (material above 1080×1080),
    `FailedOperation.FuseMaterialNotAuth`, `FailedOperation.FuseMaterialNotAvailable`,
    `FailedOperation.FuseMaterialNotExist`, `FailedOperation.TemplateFaceIDNotExist`,
    `FailedOperation.ProjectNotAuth`, `FailedOperation.BalanceInsufficient`,
    `FailedOperation.ParameterValueError`, `FailedOperation.MediaDataError`,
    `FailedOperation.ModerationConfigError`, `FailedOperation.ModerationFailed`,
    `FailedOperation.ModerationResponseError`,
    `FailedOperation.ModerationResultConfigError`, `FailedOperation.InnerError`,
    `FailedOperation.RequestTimeout`, `FailedOperation.RpcFail`,
    `FailedOperation.ServerError`, `FailedOperation.UnKnowError`,
    `FailedOperation.Unknown`, `FailedOperation.FuseFreqCtrl` (business-level rate
    control), `InvalidParameterValue.ActivityIdNotFound`,
    `InvalidParameterValue.MaterialIdNotFound`,
    `InvalidParameterValue.FaceRectParameterValueError` (a rectangle narrower or
    lower than 30 pixels, or otherwise invalid),
    `InvalidParameterValue.ParameterValueError`, `InvalidParameterValue.UrlIllegal`,
    `ResourceUnavailable.Freeze`, `ResourceUnavailable.InArrears`,
    `ResourceUnavailable.IsOpening`, `ResourceUnavailable.NotExist`,
    `ResourceUnavailable.Recover`, `ResourceUnavailable.StopUsing`. Older codes
    may still appear; callers must handle unknown codes generically.

    Args:
        body (FuseFaceRequest): Parameters of the FuseFace action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FuseFaceEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FuseFaceRequest,
) -> FuseFaceEnvelope | None:
    """Fuse one or more user faces into a console template (wire action FuseFace).

     Synchronous image fusion against a material (template) configured in the
    console, addressed by `ProjectId` (activity) and `ModelId` (material). Each
    `MergeInfos` entry puts one user face onto one template face.

    Wire form: `POST /` with `X-TC-Action: FuseFace`. Only TC3-HMAC-SHA256
    signatures are accepted. No idempotency key exists: repeating a call after a
    timeout may run, and bill, a second fusion.

    Besides the common codes listed on `TencentError.Code`, this action may answer
    with: `FailedOperation.NoFaceDetected` (no usable face in an image),
    `FailedOperation.FaceSizeTooSmall` (a face of 34×34 pixels or less),
    `FailedOperation.ImageDecodeFailed`, `FailedOperation.ImageDownloadError`,
    `FailedOperation.ImageResolutionTooSmall` (short side under 64 pixels),
    `FailedOperation.ImageSizeInvalid` (dimensions outside the accepted range),
    `FailedOperation.ImageResolutionExceed` (image too large),
    `FailedOperation.ImageSizeExceed` (base64 data above 5 MB),
    `FailedOperation.ImagePixelExceed` (material above 1080×1080),
    `FailedOperation.FuseMaterialNotAuth`, `FailedOperation.FuseMaterialNotAvailable`,
    `FailedOperation.FuseMaterialNotExist`, `FailedOperation.TemplateFaceIDNotExist`,
    `FailedOperation.ProjectNotAuth`, `FailedOperation.BalanceInsufficient`,
    `FailedOperation.ParameterValueError`, `FailedOperation.MediaDataError`,
    `FailedOperation.ModerationConfigError`, `FailedOperation.ModerationFailed`,
    `FailedOperation.ModerationResponseError`,
    `FailedOperation.ModerationResultConfigError`, `FailedOperation.InnerError`,
    `FailedOperation.RequestTimeout`, `FailedOperation.RpcFail`,
    `FailedOperation.ServerError`, `FailedOperation.UnKnowError`,
    `FailedOperation.Unknown`, `FailedOperation.FuseFreqCtrl` (business-level rate
    control), `InvalidParameterValue.ActivityIdNotFound`,
    `InvalidParameterValue.MaterialIdNotFound`,
    `InvalidParameterValue.FaceRectParameterValueError` (a rectangle narrower or
    lower than 30 pixels, or otherwise invalid),
    `InvalidParameterValue.ParameterValueError`, `InvalidParameterValue.UrlIllegal`,
    `ResourceUnavailable.Freeze`, `ResourceUnavailable.InArrears`,
    `ResourceUnavailable.IsOpening`, `ResourceUnavailable.NotExist`,
    `ResourceUnavailable.Recover`, `ResourceUnavailable.StopUsing`. Older codes
    may still appear; callers must handle unknown codes generically.

    Args:
        body (FuseFaceRequest): Parameters of the FuseFace action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FuseFaceEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
