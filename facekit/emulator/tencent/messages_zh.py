"""Chinese messages of the Tencent side, for ``X-TC-Language: zh-CN``.

:data:`DOCUMENTED` holds, for every error code the emulator answers, the description
Tencent Cloud documents for it: the common codes as the API 3.0 common error-code table
words them, the FaceFusion codes as the error list of Tencent's FaceFusion SDK does. An
error raised without a Chinese message of its own (:class:`~.params.TencentApiError`
``zh``) is answered with its code's description, so no message comes back in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

DOCUMENTED: Mapping[str, str] = MappingProxyType(
    {
        # common codes (API 3.0)
        "AuthFailure.InvalidAuthorization": "请求头部的 Authorization 不符合腾讯云标准。",
        "AuthFailure.SecretIdNotFound": "密钥不存在。",
        "AuthFailure.SignatureExpire": "签名过期。",
        "AuthFailure.SignatureFailure": "签名错误。",
        "FailedOperation": "操作失败。",
        "InternalError": "内部错误。",
        "InvalidAction": "接口不存在。",
        "InvalidParameter": "参数错误。",
        "InvalidParameterValue": "参数取值错误。",
        "InvalidRequest": "请求格式错误。",
        "MissingParameter": "缺少参数错误。",
        "NoSuchVersion": "接口版本不存在。",
        "RequestLimitExceeded": "请求的次数超过了频率限制。",
        "RequestSizeLimitExceeded": "请求包超过限制大小。",
        "UnknownParameter": "未知参数错误。",
        "UnsupportedProtocol": "HTTPS 请求方法错误，只支持 GET 和 POST 请求。",
        "UnsupportedRegion": "接口不支持所传地域。",
        # FaceFusion 2022-09-27
        "FailedOperation.FaceSizeTooSmall": "人脸因太小被过滤，建议人脸分辨率不小于34*34。",
        "FailedOperation.ImageDecodeFailed": "人脸检测-图片解码失败。",
        "FailedOperation.ImageDownloadError": "图片下载失败。",
        "FailedOperation.ImagePixelExceed": "素材尺寸超过1080*1080像素。",
        "FailedOperation.ImageResolutionTooSmall": "图片短边分辨率小于64。",
        "FailedOperation.ImageSizeExceed": "输入图片base64数据大小超过5M。",
        "FailedOperation.ImageSizeInvalid": "图片尺寸过大或者过小；不满足算法要求。",
        "FailedOperation.NoFaceDetected": "无法检测出人脸, 人脸框配准分低于阈值。",
        "FailedOperation.ParameterValueError": "参数字段或者值有误。",
        "FailedOperation.TemplateFaceIDNotExist": "素材人脸ID不存在。",
        "InvalidParameterValue.ActivityIdNotFound": "未查找到活动id。",
        "InvalidParameterValue.FaceRectParameterValueError": "人脸框参数有误或者人脸框太小。",
        "InvalidParameterValue.MaterialIdNotFound": "未查找到素材Id。",
        "InvalidParameterValue.ParameterValueError": "参数字段或者值有误。",
        "InvalidParameterValue.UrlIllegal": "URL格式不合法。",
    }
)


def chinese(code: str, written: str | None) -> str:
    """The Chinese message of an error: the one written for it, else its code's
    documented description (else the generic one of its category, ``Category.Detail``)."""
    if written:
        return written
    if code in DOCUMENTED:
        return DOCUMENTED[code]
    return DOCUMENTED.get(code.split(".", 1)[0], DOCUMENTED["FailedOperation"])
