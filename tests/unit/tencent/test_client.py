"""FusionClient / AsyncFusionClient against a fake service on httpx's MockTransport:
the wire form, signing, errors, retries, results, local checks and secrecy."""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import logging
import random
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    ConfigurationError,
    InvalidImageError,
    NotFoundError,
    OutcomeUnknownError,
    QuotaExceededError,
    ServerError,
    ServiceError,
    ThrottledError,
)
from facekit.ratelimit import RateLimiter
from facekit.retry import RetryPolicy
from facekit.tencent import (
    AsyncFusionClient,
    FaceBox,
    FusionClient,
    Logo,
    MergeFace,
)
from facekit.tencent.signer import verify_tc3
from tests.unit.tencent.conftest import (
    NOW,
    SECRET_ID,
    SECRET_KEY,
    FakeService,
    envelope,
    error,
    jpeg,
    png,
)

MATERIAL = {
    "MaterialId": "mt_1",
    "MaterialStatus": 21,
    "CreateTime": "2024-01-02 03:04:05",
    "UpdateTime": "2024-01-02 03:04:05",
    "MaterialFaceList": [{"FaceId": "mt_1_1", "FaceInfo": {"X": 1, "Y": 2, "Width": 40, "Height": 50}}],
    "MaterialName": "one",
    "AuditResult": None,
}
LISTED = envelope(MaterialInfos=[MATERIAL], Count=1)
FUSED_B64 = envelope(FusedImage=base64.b64encode(jpeg()).decode())


def _verified(request: httpx.Request, now: float = NOW) -> str:
    return verify_tc3(request.headers, request.content,
                      lookup_secret=lambda sid: SECRET_KEY if sid == SECRET_ID else None, now=now)


# -- wire form ------------------------------------------------------------------------


def test_actions_go_to_post_root_with_the_action_header_and_a_valid_signature(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"DescribeMaterialList": [LISTED]})
    with make_client(service) as client:
        page = client.describe_material_list("at_1", limit=5, offset=2)
    (request,) = service.requests
    assert request.method == "POST" and request.url.path == "/"
    assert request.headers["x-tc-action"] == "DescribeMaterialList"
    assert request.headers["x-tc-version"] == "2022-09-27"
    assert request.headers["x-tc-region"] == "ap-guangzhou"
    assert request.headers["x-tc-timestamp"] == str(int(NOW))
    assert request.headers["content-type"] == "application/json"
    assert request.headers["host"] == "facefusion.tencentcloudapi.com"
    assert _verified(request) == SECRET_ID
    assert json.loads(request.content) == {"ActivityId": "at_1", "Limit": 5, "Offset": 2}
    assert page.count == 1 and page.request_id == "req-0001"
    (material,) = page.materials
    assert material.material_id == "mt_1" and material.name == "one" and material.status == 21
    assert material.faces[0].face_id == "mt_1_1"
    assert material.faces[0].box == FaceBox(1, 2, 40, 50)


def test_fuse_face_body_carries_every_option(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"FuseFace": [FUSED_B64]})
    user, logo = jpeg(), png(90, 80)
    faces = [
        MergeFace(image=user, template_face_id="mt_1_2", input_face_rect=FaceBox(1, 2, 30, 31)),
        MergeFace(url="https://example.com/u.jpg", template_face_rect=FaceBox(5, 6, 40, 41)),
    ]
    with make_client(service) as client:
        client.fuse_face("at_1", "mt_1", faces=faces, rsp_img_type="base64", fuse_face_degree=70,
                         fuse_profile_degree=30, logo_param=Logo(FaceBox(0, 0, 50, 20), image=logo),
                         metadata=("k", "v"))
    body = service.body()
    assert body["ProjectId"] == "at_1" and body["ModelId"] == "mt_1" and body["RspImgType"] == "base64"
    assert body["FuseFaceDegree"] == 70 and body["FuseProfileDegree"] == 30
    first, second = body["MergeInfos"]
    assert base64.b64decode(first["Image"]) == user
    assert first["TemplateFaceID"] == "mt_1_2"
    assert first["InputImageFaceRect"] == {"X": 1, "Y": 2, "Width": 30, "Height": 31}
    assert second == {"Url": "https://example.com/u.jpg", "TemplateFaceRect": {"X": 5, "Y": 6, "Width": 40, "Height": 41}}
    assert base64.b64decode(body["LogoParam"]["LogoImage"]) == logo
    assert body["LogoParam"]["LogoRect"] == {"X": 0, "Y": 0, "Width": 50, "Height": 20}
    assert body["FuseParam"] == {"ImageCodecParam": {"MetaData": [{"MetaKey": "k", "MetaValue": "v"}]}}
    assert "LogoAdd" not in body


def test_logo_can_be_switched_off_and_unset_fields_are_omitted(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"FuseFace": [FUSED_B64]})
    with make_client(service) as client:
        client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64", logo_add=False)
    assert set(service.body()) == {"ProjectId", "ModelId", "RspImgType", "MergeInfos", "LogoAdd"}
    assert service.body()["LogoAdd"] == 0


def test_session_token_and_language_are_sent(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"DescribeMaterialList": [LISTED]})
    with make_client(service, token="sts-token-value", language="en-US") as client:
        client.describe_material_list("at_1")
    request = service.requests[0]
    assert request.headers["x-tc-token"] == "sts-token-value"
    assert request.headers["x-tc-language"] == "en-US"


def test_each_attempt_is_signed_again_with_a_fresh_timestamp(make_client: Callable[..., FusionClient], sleeps: list[float]) -> None:
    ticks = iter(range(int(NOW), int(NOW) + 100, 7))
    now = [NOW]

    def clock() -> float:
        now[0] = float(next(ticks))
        return now[0]

    service = FakeService({"DescribeMaterialList": [error("RequestLimitExceeded"), LISTED]},
                          clock=lambda: now[0])
    with make_client(service, clock=clock) as client:
        client.describe_material_list("at_1")
    first, second = service.requests
    assert first.headers["x-tc-timestamp"] != second.headers["x-tc-timestamp"]
    assert first.headers["authorization"] != second.headers["authorization"]
    assert first.content == second.content
    assert len(sleeps) == 1 and client.retries == 1


# -- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("AuthFailure.SignatureFailure", AccessDeniedError),
        ("AuthFailure.SecretIdNotFound", AccessDeniedError),
        ("UnauthorizedOperation", AccessDeniedError),
        ("ResourceUnavailable.StopUsing", AccessDeniedError),
        ("ResourceUnavailable.InArrears", QuotaExceededError),
        ("FailedOperation.BalanceInsufficient", QuotaExceededError),
        ("ResourceInsufficient", QuotaExceededError),
        ("InvalidParameterValue.ActivityIdNotFound", NotFoundError),
        ("FailedOperation.FuseMaterialNotExist", NotFoundError),
        ("ResourceNotFound", NotFoundError),
        ("FailedOperation.NoFaceDetected", InvalidImageError),
        ("FailedOperation.FaceSizeTooSmall", InvalidImageError),
        ("InvalidParameterValue.FaceRectParameterValueError", InvalidImageError),
        ("MissingParameter", BadInputError),
        ("UnknownParameter", BadInputError),
        ("InvalidParameter", BadInputError),
        ("InvalidAction", BadInputError),
        ("FailedOperation.SomethingNew", ServiceError),
    ],
)
def test_error_envelopes_become_facekit_exceptions(make_client: Callable[..., FusionClient], code: str, cls: type[ServiceError]) -> None:
    service = FakeService({"DescribeMaterialList": [error(code, "the reason", "rid-42")]})
    with make_client(service) as client, pytest.raises(cls) as info:
        client.describe_material_list("at_1")
    assert type(info.value) is cls
    assert info.value.code == code and info.value.message == "the reason"
    assert info.value.request_id == "rid-42" and info.value.status == 200
    assert len(service.requests) == 1  # none of these is retried


def test_throttling_is_retried_with_backoff_then_succeeds(make_client: Callable[..., FusionClient], sleeps: list[float]) -> None:
    service = FakeService({"FuseFace": [error("RequestLimitExceeded"), error("RequestLimitExceeded.UinLimitExceeded"), FUSED_B64]})
    with make_client(service) as client:
        result = client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64")
    assert result.image == jpeg()
    assert len(service.requests) == 3 and len(sleeps) == 2


def test_throttling_that_persists_raises_after_max_attempts(make_client: Callable[..., FusionClient], sleeps: list[float]) -> None:
    service = FakeService({"FuseFace": [error("RequestLimitExceeded")]})
    with make_client(service) as client, pytest.raises(ThrottledError):
        client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64")
    assert len(service.requests) == 4 and len(sleeps) == 3


@pytest.mark.parametrize("code", ["InternalError", "FailedOperation.RpcFail", "FailedOperation.InnerError", "ServiceUnavailable"])
def test_backend_failures_are_retried(make_client: Callable[..., FusionClient], code: str) -> None:
    service = FakeService({"FuseFace": [error(code), FUSED_B64]})
    with make_client(service) as client:
        client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64")
    assert len(service.requests) == 2


def test_image_download_error_is_retried_only_once(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"FuseFace": [error("FailedOperation.ImageDownloadError")]})
    with make_client(service) as client, pytest.raises(InvalidImageError):
        client.fuse_face("at_1", "mt_1", urls="https://example.com/u.jpg", rsp_img_type="base64")
    assert len(service.requests) == 2


class _Ceiling(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return b


def test_per_address_limit_waits_longer_than_ordinary_throttling(make_client: Callable[..., FusionClient], sleeps: list[float]) -> None:
    policy = RetryPolicy(max_attempts=2, base_delay=1.0, rng=_Ceiling())
    service = FakeService({"DescribeMaterialList": [error("RequestLimitExceeded"), LISTED, error("RequestLimitExceeded.IPLimitExceeded"), LISTED]})
    with make_client(service, retry=policy) as client:
        client.describe_material_list("at_1")
        client.describe_material_list("at_1")
    assert sleeps == [1.0, 4.0]


def test_gateway_failure_without_json_is_a_retried_server_error(make_client: Callable[..., FusionClient]) -> None:
    page = httpx.Response(502, content=b"<html>bad gateway</html>", headers={"content-type": "text/html"})
    service = FakeService({"DescribeMaterialList": [page]})
    with make_client(service) as client, pytest.raises(ServerError) as info:
        client.describe_material_list("at_1")
    assert info.value.status == 502 and "bad gateway" in info.value.message
    assert len(service.requests) == 4


def test_a_200_that_is_not_an_envelope_is_a_server_error(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"DescribeMaterialList": [httpx.Response(200, content=b"not json")]})
    with make_client(service, retry=RetryPolicy(max_attempts=1)) as client, pytest.raises(ServerError):
        client.describe_material_list("at_1")


def test_network_failures_are_retried(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"DescribeMaterialList": [httpx.ReadTimeout("slow"), LISTED]})
    with make_client(service) as client:
        assert client.describe_material_list("at_1").count == 1
    assert len(service.requests) == 2


def test_adding_a_material_is_not_repeated_when_its_outcome_is_unknown(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"admin": [error("InternalError")]})
    with make_client(service) as client, pytest.raises(OutcomeUnknownError):
        client.add_material("at_1", jpeg())
    assert len(service.requests) == 1
    service = FakeService({"admin": [httpx.ReadTimeout("lost")]})
    with make_client(service) as client, pytest.raises(OutcomeUnknownError):
        client.add_material("at_1", jpeg())
    assert len(service.requests) == 1


def test_adding_a_material_posts_a_signed_admin_call(make_client: Callable[..., FusionClient]) -> None:
    template = jpeg(200, 150)
    service = FakeService({"admin": [error("RequestLimitExceeded"), envelope(Material=MATERIAL)]})
    with make_client(service) as client:
        material = client.add_material("at_1", template, name="one")
    assert material.material_id == "mt_1"
    request = service.requests[-1]
    assert request.url.path == "/_facekit/materials" and "x-tc-action" not in request.headers
    assert _verified(request) == SECRET_ID
    body = json.loads(request.content)
    assert body["ActivityId"] == "at_1" and body["MaterialName"] == "one"
    assert base64.b64decode(body["Image"]) == template
    assert len(service.requests) == 2  # throttled: certainly not carried out, so repeated


# -- results --------------------------------------------------------------------------


def test_url_results_are_downloaded_without_any_tencent_header(make_client: Callable[..., FusionClient]) -> None:
    image = jpeg(150, 130)
    url = "https://result-bucket.cos.ap-guangzhou.myqcloud.com/out/123.jpg?sign=abc"
    service = FakeService({
        "FuseFace": [envelope(FusedImage=url, RequestId="rid-url")],
        "GET": [httpx.Response(200, content=image, headers={"content-type": "image/jpeg"})],
    })
    with make_client(service) as client:
        result = client.fuse_face("at_1", "mt_1", jpeg())
    assert result.image == image and result.url == url and result.request_id == "rid-url"
    download = service.requests[-1]
    assert str(download.url) == url
    assert not [h for h in download.headers if h.lower() == "authorization" or h.lower().startswith("x-tc-")]


def test_failed_download_is_an_error_not_an_empty_result(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({
        "FuseFace": [envelope(FusedImage="https://cos.example.com/gone.jpg")],
        "GET": [httpx.Response(404, content=b"NoSuchKey")],
    })
    with make_client(service) as client, pytest.raises(NotFoundError):
        client.fuse_face("at_1", "mt_1", jpeg())


def test_base64_results_are_decoded(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"FuseFace": [FUSED_B64]})
    with make_client(service) as client:
        result = client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64")
    assert result.image == jpeg() and result.url is None and result.size == len(jpeg())
    assert "image=" not in repr(result)


@pytest.mark.parametrize("value", ["sha256:0f3c9a", base64.b64encode(b"plain text, not a picture").decode()])
def test_a_result_that_is_not_an_image_is_a_clear_server_error(make_client: Callable[..., FusionClient], value: str) -> None:
    service = FakeService({"FuseFace": [envelope(FusedImage=value)]})
    with make_client(service) as client, pytest.raises(ServerError, match="fused image"):
        client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64")


def test_missing_fused_image_is_a_server_error(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"FuseFaceUltra": [envelope()]})
    with make_client(service) as client, pytest.raises(ServerError, match="FusedImage"):
        client.fuse_face_ultra(jpeg(), model_image=jpeg(300, 200), rsp_img_type="base64")


def test_fuse_face_ultra_sends_the_template_and_options(make_client: Callable[..., FusionClient]) -> None:
    template = jpeg(5000, 70)  # allowed up to 8000 pixels here, not for FuseFace
    service = FakeService({"FuseFaceUltra": [FUSED_B64]})
    with make_client(service) as client:
        client.fuse_face_ultra(jpeg(), model_image=template, rsp_img_type="base64", swap_model_type=4,
                               params={"WarpRadio": 0.8, "MpRadio": 0})
    body = service.body()
    assert base64.b64decode(body["ModelImage"]) == template
    assert body["SwapModelType"] == 4
    assert body["FusionUltraParam"] == {"WarpRadio": 0.8, "MpRadio": 0.0}
    assert service.requests[0].headers["x-tc-action"] == "FuseFaceUltra"


def test_iter_materials_pages_with_offset_and_limit(make_client: Callable[..., FusionClient]) -> None:
    materials = [dict(MATERIAL, MaterialId=f"mt_{n}") for n in range(45)]

    def page(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        start, size = body["Offset"], body["Limit"]
        return envelope(MaterialInfos=materials[start:start + size], Count=len(materials))

    service = FakeService({"DescribeMaterialList": [page]})
    with make_client(service) as client:
        found = [m.material_id for m in client.iter_materials("at_1")]
    assert found == [f"mt_{n}" for n in range(45)]
    assert [json.loads(r.content)["Offset"] for r in service.requests] == [0, 20, 40]


# -- local checks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("image", "code", "words"),
    [
        (jpeg(60, 200), "FailedOperation.ImageResolutionTooSmall", "larger than 64"),
        (png(4096, 70), "FailedOperation.ImageSizeInvalid", "smaller than 4096"),
        (b"GIF89a" + b"\x00" * 200, "FailedOperation.ImageDecodeFailed", "MergeInfos[0].Image"),
        (b"\xff\xd8\xff" + bytes(4 * 1024 * 1024), "FailedOperation.ImageSizeExceed", "5.0 MB"),
    ],
)
def test_images_outside_the_limits_are_refused_before_any_call(make_client: Callable[..., FusionClient], image: bytes, code: str, words: str) -> None:
    service = FakeService({"FuseFace": [FUSED_B64]})
    with make_client(service) as client, pytest.raises(InvalidImageError) as info:
        client.fuse_face("at_1", "mt_1", image)
    assert info.value.code == code and words in info.value.message
    assert service.requests == []


def test_gif_is_refused_naming_the_accepted_formats(make_client: Callable[..., FusionClient]) -> None:
    import io

    from PIL import Image
    buffer = io.BytesIO()
    Image.new("RGB", (100, 100)).save(buffer, format="GIF")
    with make_client(FakeService({"FuseFace": [FUSED_B64]})) as client, pytest.raises(InvalidImageError, match="JPEG and PNG"):
        client.fuse_face("at_1", "mt_1", buffer.getvalue())


def test_images_can_be_paths(make_client: Callable[..., FusionClient], tmp_path: Path) -> None:
    photo = tmp_path / "p.jpg"
    photo.write_bytes(jpeg())
    service = FakeService({"FuseFace": [FUSED_B64]})
    with make_client(service) as client:
        client.fuse_face("at_1", "mt_1", [photo, photo], rsp_img_type="base64")
    assert [base64.b64decode(m["Image"]) for m in service.body()["MergeInfos"]] == [jpeg(), jpeg()]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.fuse_face("at_1", "mt_1", [jpeg()] * 7),
        lambda c: c.fuse_face("at_1", "mt_1", jpeg(), urls="https://example.com/a.jpg"),
        lambda c: c.fuse_face("at_1", "mt_1"),
        lambda c: c.fuse_face("at_1", "mt_1", jpeg(), fuse_face_degree=101),
        lambda c: c.fuse_face("at_1", "mt_1", jpeg(), fuse_profile_degree=-1),
        lambda c: c.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="file"),
        lambda c: c.fuse_face("at_1", "mt_1", faces=[MergeFace(image=jpeg(), template_face_rect=FaceBox(0, 0, 29, 40))]),
        lambda c: c.fuse_face("at_1", "mt_1", jpeg(), logo_param=Logo(FaceBox(0, 0, 2161, 10), image=jpeg())),
        lambda c: c.fuse_face("at_1", "mt_1", jpeg(), metadata=("k" * 33, "v")),
        lambda c: c.fuse_face("at_1", "mt_1", urls="ftp://example.com/a.jpg"),
        lambda c: c.fuse_face_ultra(jpeg(), rsp_img_type="base64"),
        lambda c: c.fuse_face_ultra(jpeg(), model_image=jpeg(), params={"Warp": 0.5}),
        lambda c: c.fuse_face_ultra(jpeg(), model_image=jpeg(), params={"WarpRadio": 1.5}),
        lambda c: c.fuse_face_ultra(jpeg(), model_image=jpeg(), swap_model_type=7),
        lambda c: c.describe_material_list("at_1", limit=21),
        lambda c: c.describe_material_list("at_1", offset=-1),
    ],
)
def test_argument_mistakes_are_refused_locally(make_client: Callable[..., FusionClient], call: Callable[[FusionClient], object]) -> None:
    service = FakeService({"FuseFace": [FUSED_B64]})
    with make_client(service) as client, pytest.raises(BadInputError):
        call(client)
    assert service.requests == []


# -- configuration and secrecy --------------------------------------------------------


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("TENCENTCLOUD_SESSION_TOKEN", "")
    service = FakeService({"DescribeMaterialList": [LISTED]})
    with FusionClient(transport=httpx.MockTransport(service), clock=lambda: NOW, list_rate=None) as client:
        client.describe_material_list("at_1")
    assert _verified(service.requests[0]) == SECRET_ID
    assert "x-tc-token" not in service.requests[0].headers


@pytest.mark.parametrize("env", [{}, {"TENCENTCLOUD_SECRET_ID": SECRET_ID}, {"TENCENTCLOUD_SECRET_ID": SECRET_ID, "TENCENTCLOUD_SECRET_KEY": "  "}])
def test_missing_credentials_are_a_configuration_error(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    for name in ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match="SecretKey"):
        FusionClient()


@pytest.mark.parametrize(
    ("endpoint", "expected"),
    [
        (None, "https://facefusion.tencentcloudapi.com"),
        ("facefusion.ap-shanghai.tencentcloudapi.com", "https://facefusion.ap-shanghai.tencentcloudapi.com"),
        ("http://127.0.0.1:5000/", "http://127.0.0.1:5000"),
    ],
)
def test_endpoints_are_normalised(endpoint: str | None, expected: str) -> None:
    assert FusionClient(SECRET_ID, SECRET_KEY, endpoint=endpoint).endpoint == expected


def test_an_endpoint_with_a_path_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="path"):
        FusionClient(SECRET_ID, SECRET_KEY, endpoint="https://example.com/api")


def test_emulator_endpoint_is_signed_with_its_host_and_port(make_client: Callable[..., FusionClient]) -> None:
    service = FakeService({"DescribeMaterialList": [LISTED]})
    with make_client(service, endpoint="http://127.0.0.1:5123") as client:
        client.describe_material_list("at_1")
    assert service.requests[0].headers["host"] == "127.0.0.1:5123"
    assert _verified(service.requests[0]) == SECRET_ID


def test_secrets_never_appear_in_reprs_errors_or_logs(make_client: Callable[..., FusionClient], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    service = FakeService({"FuseFace": [error("InternalError"), error("AuthFailure.SignatureFailure", "bad signature")]})
    with make_client(service, token="sts-secret-token") as client, pytest.raises(AccessDeniedError) as info:
        client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64")
    shown = " ".join([repr(client), str(info.value), repr(info.value), caplog.text])
    for secret in (SECRET_KEY, "sts-secret-token"):
        assert secret not in shown
    assert SECRET_ID not in repr(client)
    assert "retrying FuseFace" in caplog.text


def test_rate_limiter_is_consulted_before_each_call(make_client: Callable[..., FusionClient], sleeps: list[float]) -> None:
    clock = [0.0]
    limiter = RateLimiter(2.0, clock=lambda: clock[0])
    service = FakeService({"FuseFace": [FUSED_B64], "DescribeMaterialList": [LISTED]})
    with make_client(service, rate=limiter) as client:
        for _ in range(3):
            client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64")
        client.describe_material_list("at_1")  # its own limiter (None here): no wait
    assert sleeps == [0.5, 1.0]


def test_throttling_answers_slow_the_shared_limiter_down(make_client: Callable[..., FusionClient]) -> None:
    limiter = RateLimiter(10.0)
    service = FakeService({"FuseFace": [error("RequestLimitExceeded"), FUSED_B64]})
    with make_client(service, rate=limiter) as client:
        client.fuse_face("at_1", "mt_1", jpeg(), rsp_img_type="base64")
    assert limiter.current_rate < 10.0


# -- async surface --------------------------------------------------------------------


def test_async_client_offers_the_same_methods() -> None:
    def public(cls: type) -> dict[str, list[str]]:
        return {
            name: list(inspect.signature(member).parameters)
            for name, member in vars(cls).items()
            if callable(member) and not name.startswith("_")
        }

    assert public(AsyncFusionClient) == public(FusionClient)


def test_async_client_fuses_downloads_and_pages(make_async_client: Callable[..., AsyncFusionClient], sleeps: list[float]) -> None:
    image = jpeg(140, 90)
    service = FakeService({
        "FuseFace": [error("RequestLimitExceeded"), envelope(FusedImage="https://cos.example.com/r.jpg")],
        "GET": [httpx.Response(200, content=image)],
        "DescribeMaterialList": [LISTED],
    })

    async def scenario() -> tuple[bytes, list[str]]:
        async with make_async_client(service) as client:
            result = await client.fuse_face("at_1", "mt_1", jpeg())
            ids = [m.material_id async for m in client.iter_materials("at_1")]
            return result.image, ids

    fused, ids = asyncio.run(scenario())
    assert fused == image and ids == ["mt_1"]
    assert len(sleeps) == 1
    assert all(_verified(r) == SECRET_ID for r in service.requests if r.method == "POST")
