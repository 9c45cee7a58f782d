"""The emulator's Tencent FaceFusion routes, served on a loopback port: signatures,
the error envelope, parameter checks, materials, fusion results and their expiry."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from httpx import Client as HttpClient
from PIL import Image

from facekit.emulator.tencent.config import DAY, TencentConfig
from facekit.emulator.tencent.params import ACTIONS, Field
from facekit.emulator.tencent.routes import TencentEmulator, create_tencent_app
from facekit.tencent.signer import TC3Auth
from tests.unit.tencent.conftest import serve

SECRET_ID = "AKID-route-tests"
SECRET_KEY = "route-tests-secret-key"
OTHER_ID = "AKID-other-account"
OTHER_KEY = "other-account-secret-key"
NOW = 1_700_000_000.0
# The routes are served on the loopback interface in this process; nothing leaves it.
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1$"])
SPEC = Path(__file__).resolve().parents[3] / "openapi" / "tencent-facefusion-2022-09-27.yaml"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_app(clock: Clock, data_dir: Path | None = None, **options: Any) -> Any:
    config = TencentConfig(
        credentials=[(SECRET_ID, SECRET_KEY), (OTHER_ID, OTHER_KEY)],
        data_dir=data_dir,
        clock=clock,
        **options,
    )
    return create_tencent_app(config)


@pytest.fixture
def app(clock: Clock) -> Iterator[Any]:
    application = make_app(clock)
    yield application
    application.close()


@contextmanager
def connect(app: Any) -> Iterator[HttpClient]:
    with serve(app) as endpoint, HttpClient(base_url=endpoint, timeout=60) as client:
        yield client


@pytest.fixture
def http(app: Any) -> Iterator[HttpClient]:
    with connect(app) as client:
        yield client


def auth(clock: Clock, secret_id: str = SECRET_ID, secret_key: str = SECRET_KEY, skew: float = 0.0) -> TC3Auth:
    return TC3Auth(secret_id, secret_key, region="ap-guangzhou", clock=lambda: clock.now + skew)


def call(http: HttpClient, clock: Clock, action: str, body: Any, *, signer: TC3Auth | None = None,
         headers: dict[str, str] | None = None, raw: bytes | None = None) -> dict[str, Any]:
    content = raw if raw is not None else json.dumps(body).encode()
    sent = {"Content-Type": "application/json", "X-TC-Action": action, **(headers or {})}
    response = http.post("/", content=content, headers=sent, auth=signer or auth(clock))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    document = response.json()
    assert set(document) == {"Response"} and document["Response"]["RequestId"]
    result: dict[str, Any] = document["Response"]
    return result


def code_of(answer: dict[str, Any]) -> str | None:
    error = answer.get("Error")
    return None if error is None else str(error["Code"])


def add_material(http: HttpClient, clock: Clock, image: bytes, activity: str = "at_1", *,
                 signer: TC3Auth | None = None, name: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"ActivityId": activity, "Image": base64.b64encode(image).decode()}
    if name:
        body["MaterialName"] = name
    response = http.post("/_facekit/materials", content=json.dumps(body).encode(),
                         headers={"Content-Type": "application/json"}, auth=signer or auth(clock))
    assert response.status_code == 200
    result: dict[str, Any] = response.json()["Response"]
    return result


def jpeg_of(pixels: np.ndarray[Any, Any] | Image.Image) -> bytes:
    image = pixels if isinstance(pixels, Image.Image) else Image.fromarray(pixels)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG")
    return buffer.getvalue()


def no_face(width: int = 200, height: int = 180) -> bytes:
    ramp = np.linspace(0, 255, width, dtype=np.uint8)
    return jpeg_of(np.dstack([np.tile(ramp, (height, 1))] * 3))


def pixels_of(data: bytes) -> np.ndarray[Any, Any]:
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def fuse_body(material: dict[str, Any], user: bytes, **extra: Any) -> dict[str, Any]:
    body = {"ProjectId": "at_1", "ModelId": material["MaterialId"], "RspImgType": "base64",
            "MergeInfos": [{"Image": base64.b64encode(user).decode()}]}
    body.update(extra)
    return body


# -- signature and envelope -----------------------------------------------------------


def test_a_correctly_signed_call_is_answered(http: HttpClient, clock: Clock) -> None:
    answer = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_none"})
    assert code_of(answer) == "InvalidParameterValue.ActivityIdNotFound"


@pytest.mark.parametrize(
    ("signer_args", "code"),
    [
        ({"secret_key": "not-the-key"}, "AuthFailure.SignatureFailure"),
        ({"secret_id": "AKID-nobody", "secret_key": "x"}, "AuthFailure.SecretIdNotFound"),
        ({"skew": -301.0}, "AuthFailure.SignatureExpire"),
        ({"skew": 301.0}, "AuthFailure.SignatureExpire"),
    ],
)
def test_signature_failures_answer_the_documented_codes(http: HttpClient, clock: Clock, signer_args: dict[str, Any], code: str) -> None:
    answer = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1"}, signer=auth(clock, **signer_args))
    assert code_of(answer) == code
    assert answer["Error"]["Message"]


def test_a_timestamp_within_five_minutes_is_accepted(http: HttpClient, clock: Clock) -> None:
    answer = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1"}, signer=auth(clock, skew=-299.0))
    assert code_of(answer) == "InvalidParameterValue.ActivityIdNotFound"


def test_a_body_changed_after_signing_fails(http: HttpClient, clock: Clock) -> None:
    signed = http.build_request("POST", "/", content=b'{"ActivityId": "at_1"}', headers={
        "Content-Type": "application/json", "X-TC-Action": "DescribeMaterialList"})
    auth(clock).sign_request(signed)
    headers = {k: v for k, v in signed.headers.items() if k.lower() != "content-length"}
    response = http.post("/", content=b'{"ActivityId": "at_2"}', headers=headers)
    assert response.json()["Response"]["Error"]["Code"] == "AuthFailure.SignatureFailure"


def test_a_missing_authorization_header_is_refused(http: HttpClient) -> None:
    response = http.post("/", content=b"{}", headers={"Content-Type": "application/json", "X-TC-Action": "DescribeMaterialList"})
    assert response.status_code == 200
    assert response.json()["Response"]["Error"]["Code"] == "AuthFailure.InvalidAuthorization"


@pytest.mark.parametrize(
    ("action", "headers", "code"),
    [
        ("DescribeFaces", {}, "InvalidAction"),
        ("", {}, "InvalidAction"),
        ("DescribeMaterialList", {"X-TC-Version": "2018-12-01"}, "NoSuchVersion"),
    ],
)
def test_unknown_actions_and_versions(http: HttpClient, clock: Clock, action: str, headers: dict[str, str], code: str) -> None:
    class Version(TC3Auth):
        def sign_request(self, request: Any) -> Any:
            result = super().sign_request(request)
            request.headers.update(headers)
            return result

    signer = Version(SECRET_ID, SECRET_KEY, region="ap-guangzhou", clock=clock)
    assert code_of(call(http, clock, action, {"ActivityId": "at_1"}, signer=signer)) == code


def test_fuse_face_needs_a_region(http: HttpClient, clock: Clock) -> None:
    signer = TC3Auth(SECRET_ID, SECRET_KEY, clock=clock)  # no region
    answer = call(http, clock, "FuseFace", {"ProjectId": "a", "ModelId": "m", "RspImgType": "url", "MergeInfos": [{"Url": "x"}]}, signer=signer)
    assert code_of(answer) == "MissingParameter" and "X-TC-Region" in answer["Error"]["Message"]


@pytest.mark.parametrize(
    ("body", "code", "named"),
    [
        ({"ActivityId": "at_1", "Colour": "red"}, "UnknownParameter", "Colour"),
        ({}, "MissingParameter", "ActivityId"),
        ({"ActivityId": 5}, "InvalidParameter", "ActivityId"),
        ({"ActivityId": "at_1", "Limit": "20"}, "InvalidParameter", "Limit"),
        ({"ActivityId": "at_1", "Limit": True}, "InvalidParameter", "Limit"),
        ([1, 2], "InvalidParameter", "JSON object"),
    ],
)
def test_parameter_checks(http: HttpClient, clock: Clock, body: Any, code: str, named: str) -> None:
    answer = call(http, clock, "DescribeMaterialList", body)
    assert code_of(answer) == code and named in answer["Error"]["Message"]


def test_nested_parameters_are_checked_by_path(http: HttpClient, clock: Clock) -> None:
    base = {"ProjectId": "a", "ModelId": "m", "RspImgType": "url"}
    unknown = call(http, clock, "FuseFace", {**base, "MergeInfos": [{"Url": "u", "Face": 1}]})
    assert code_of(unknown) == "UnknownParameter" and "MergeInfos.0.Face" in unknown["Error"]["Message"]
    missing = call(http, clock, "FuseFace", {**base, "MergeInfos": [{"Url": "u", "TemplateFaceRect": {"X": 1, "Y": 2, "Width": 40}}]})
    assert code_of(missing) == "MissingParameter" and "MergeInfos.0.TemplateFaceRect.Height" in missing["Error"]["Message"]
    wrong = call(http, clock, "FuseFace", {**base, "MergeInfos": {"Url": "u"}})
    assert code_of(wrong) == "InvalidParameter"


def test_bodies_that_are_not_json(http: HttpClient, clock: Clock) -> None:
    assert code_of(call(http, clock, "DescribeMaterialList", None, raw=b"{not json")) == "InvalidParameter"
    answer = call(http, clock, "DescribeMaterialList", None, raw=b"ActivityId=at_1",
                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert code_of(answer) == "InvalidRequest"


def test_oversized_body_is_refused(http: HttpClient, clock: Clock) -> None:
    raw = json.dumps({"ActivityId": "x" * (10 * 1024 * 1024)}).encode()
    assert code_of(call(http, clock, "DescribeMaterialList", None, raw=raw)) == "RequestSizeLimitExceeded"


def test_methods_other_than_get_and_post_are_not_served(http: HttpClient) -> None:
    response = http.put("/", content=b"{}")
    assert response.json()["Response"]["Error"]["Code"] == "UnsupportedProtocol"


def test_configured_rate_limit_answers_request_limit_exceeded(clock: Clock) -> None:
    application = make_app(clock, rates={"DescribeMaterialList": (1, 1.0)})
    try:
        with connect(application) as http:
            body = {"ActivityId": "at_1"}
            assert code_of(call(http, clock, "DescribeMaterialList", body)) != "RequestLimitExceeded"
            assert code_of(call(http, clock, "DescribeMaterialList", body)) == "RequestLimitExceeded"
            clock.now += 1.0
            assert code_of(call(http, clock, "DescribeMaterialList", body)) != "RequestLimitExceeded"
    finally:
        application.close()


def test_request_schemas_match_the_openapi_document() -> None:
    schemas = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in node:
            return resolve(schemas[node["$ref"].rsplit("/", 1)[1]])
        return node

    def compare(schema: dict[str, Any], members: dict[str, Field], where: str) -> None:
        schema = resolve(schema)
        assert set(schema["properties"]) == set(members), where
        assert set(schema.get("required", [])) == {n for n, f in members.items() if f.required}, where
        for name, field in members.items():
            prop = resolve(schema["properties"][name])
            assert prop["type"] == field.kind, f"{where}.{name}"
            if field.members is not None:
                compare(prop, dict(field.members), f"{where}.{name}")
            if field.items is not None and field.items.members is not None:
                compare(prop["items"], dict(field.items.members), f"{where}.{name}[]")

    for action, members in ACTIONS.items():
        compare(schemas[f"{action}Request"], members, action)


def test_credentials_come_from_the_environment_or_are_generated() -> None:
    config = TencentConfig.from_env({"TENCENTCLOUD_SECRET_ID": "AKID-env", "TENCENTCLOUD_SECRET_KEY": "env-key"})
    assert config.secret_key("AKID-env") == "env-key" and config.secret_key("other") is None
    assert "env-key" not in repr(config)
    emulator = TencentEmulator(TencentConfig.from_env({"TENCENTCLOUD_SECRET_ID": "", "TENCENTCLOUD_SECRET_KEY": ""}))
    try:
        assert emulator.generated_credentials
        secret_id, secret_key = emulator.credentials
        assert secret_id.startswith("AKID") and len(secret_key) == 32
    finally:
        emulator.close()


# -- materials and fusion (sample faces) ----------------------------------------------


@pytest.fixture(scope="module")
def template(sample_faces: Path) -> bytes:
    return (sample_faces / "people" / "family2-lady" / "Family2-Lady1.jpg").read_bytes()


@pytest.fixture(scope="module")
def user(sample_faces: Path) -> bytes:
    return (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()


@pytest.fixture(scope="module")
def group_photo(sample_faces: Path) -> bytes:
    return (sample_faces / "scenes" / "test-image-person-group.jpg").read_bytes()


@pytest.fixture
def material(http: HttpClient, clock: Clock, template: bytes) -> dict[str, Any]:
    answer = add_material(http, clock, template, name="lady")
    assert code_of(answer) is None
    result: dict[str, Any] = answer["Material"]
    return result


@pytest.mark.faces
def test_materials_are_registered_and_listed(http: HttpClient, clock: Clock, template: bytes, material: dict[str, Any]) -> None:
    assert material["MaterialId"].startswith("mt_") and material["MaterialName"] == "lady"
    assert material["MaterialStatus"] == 21 and material["AuditResult"] is None
    (face,) = material["MaterialFaceList"]
    assert face["FaceId"] == material["MaterialId"] + "_1"
    assert face["FaceInfo"]["Width"] > 34 and face["FaceInfo"]["Height"] > 34
    assert material["CreateTime"] == "2023-11-15 06:13:20"  # NOW in Beijing time
    clock.now += 10
    second = add_material(http, clock, template)["Material"]
    clock.now += 10
    third = add_material(http, clock, template)["Material"]
    ids = [material["MaterialId"], second["MaterialId"], third["MaterialId"]]
    page = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1", "Limit": 2})
    assert page["Count"] == 3 and [m["MaterialId"] for m in page["MaterialInfos"]] == ids[:2]
    page = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1", "Limit": 2, "Offset": 2})
    assert page["Count"] == 3 and [m["MaterialId"] for m in page["MaterialInfos"]] == ids[2:]
    one = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1", "MaterialId": ids[1]})
    assert one["Count"] == 1 and one["MaterialInfos"] == [second]
    missing = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1", "MaterialId": "mt_0"})
    assert code_of(missing) == "InvalidParameterValue.MaterialIdNotFound"
    too_big = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1", "Limit": 21})
    assert code_of(too_big) == "InvalidParameterValue.ParameterValueError"


@pytest.mark.faces
def test_materials_belong_to_the_account_that_added_them(http: HttpClient, clock: Clock, material: dict[str, Any]) -> None:
    other = auth(clock, OTHER_ID, OTHER_KEY)
    answer = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1"}, signer=other)
    assert code_of(answer) == "InvalidParameterValue.ActivityIdNotFound"


@pytest.mark.faces
def test_materials_survive_a_restart_with_a_data_folder(clock: Clock, template: bytes, tmp_path: Path) -> None:
    first = make_app(clock, data_dir=tmp_path)
    with connect(first) as http:
        material_id = add_material(http, clock, template)["Material"]["MaterialId"]
    first.close()
    assert (tmp_path / "tencent.db").is_file()
    second = make_app(clock, data_dir=tmp_path)
    try:
        with connect(second) as http:
            page = call(http, clock, "DescribeMaterialList", {"ActivityId": "at_1"})
        assert [m["MaterialId"] for m in page["MaterialInfos"]] == [material_id]
    finally:
        second.close()


@pytest.mark.faces
@pytest.mark.parametrize(
    ("image", "code"),
    [
        (lambda: no_face(), "FailedOperation.NoFaceDetected"),
        (lambda: no_face(1200, 200), "FailedOperation.ImagePixelExceed"),
        (lambda: no_face(64, 100), "FailedOperation.ImageResolutionTooSmall"),
        (lambda: b"\x89PNG not really", "FailedOperation.ImageDecodeFailed"),
    ],
)
def test_unusable_templates_are_refused(http: HttpClient, clock: Clock, image: Any, code: str) -> None:
    assert code_of(add_material(http, clock, image())) == code


@pytest.mark.faces
def test_fuse_face_base64_has_the_template_size_and_changes_only_the_face(http: HttpClient, clock: Clock, template: bytes, user: bytes, material: dict[str, Any]) -> None:
    answer = call(http, clock, "FuseFace", fuse_body(material, user, LogoAdd=0))
    assert code_of(answer) is None
    fused = pixels_of(base64.b64decode(answer["FusedImage"]))
    original = pixels_of(template)
    assert fused.shape == original.shape
    face = material["MaterialFaceList"][0]["FaceInfo"]
    inside = (slice(face["Y"], face["Y"] + face["Height"]), slice(face["X"], face["X"] + face["Width"]))
    assert np.abs(fused[inside] - original[inside]).mean() > 3
    corner = (slice(0, 40), slice(0, 40))
    assert np.abs(fused[corner] - original[corner]).mean() < 2  # JPEG noise only


@pytest.mark.faces
def test_a_higher_fuse_face_degree_looks_more_like_the_template(http: HttpClient, clock: Clock, template: bytes, user: bytes, material: dict[str, Any]) -> None:
    # Tencent: the higher FuseFaceDegree, the more the result looks like the template.
    original = pixels_of(template)
    face = material["MaterialFaceList"][0]["FaceInfo"]
    inside = (slice(face["Y"], face["Y"] + face["Height"]), slice(face["X"], face["X"] + face["Width"]))
    change = {}
    for degree in (0, 50, 100):
        answer = call(http, clock, "FuseFace", fuse_body(material, user, LogoAdd=0, FuseFaceDegree=degree))
        change[degree] = np.abs(pixels_of(base64.b64decode(answer["FusedImage"]))[inside] - original[inside]).mean()
    assert change[0] > change[50] > change[100]
    assert change[100] < 1.5  # degree 100: the template's own face
    bad = call(http, clock, "FuseFace", fuse_body(material, user, FuseFaceDegree=101))
    assert code_of(bad) == "FailedOperation.ParameterValueError"


@pytest.mark.faces
def test_the_ai_mark_is_added_unless_switched_off_and_metadata_is_embedded(http: HttpClient, clock: Clock, user: bytes, material: dict[str, Any]) -> None:
    meta = {"ImageCodecParam": {"MetaData": [{"MetaKey": "origin", "MetaValue": "facekit"}]}}
    marked = base64.b64decode(call(http, clock, "FuseFace", fuse_body(material, user, FuseParam=meta))["FusedImage"])
    plain = base64.b64decode(call(http, clock, "FuseFace", fuse_body(material, user, LogoAdd=0))["FusedImage"])
    corner = (slice(-20, None), slice(-40, None))
    assert np.abs(pixels_of(marked)[corner] - pixels_of(plain)[corner]).mean() > 10
    with Image.open(io.BytesIO(marked)) as image:
        assert image.info.get("comment") == b"origin=facekit"


@pytest.mark.faces
def test_a_custom_logo_is_stretched_into_its_rectangle(http: HttpClient, clock: Clock, user: bytes, material: dict[str, Any]) -> None:
    red = jpeg_of(Image.new("RGB", (10, 10), (255, 0, 0)))
    logo = {"LogoRect": {"X": 0, "Y": 0, "Width": 60, "Height": 30}, "LogoImage": base64.b64encode(red).decode()}
    fused = pixels_of(base64.b64decode(call(http, clock, "FuseFace", fuse_body(material, user, LogoParam=logo))["FusedImage"]))
    patch = fused[5:25, 5:55]
    assert patch[..., 0].mean() > 200 and patch[..., 1].mean() < 60


@pytest.mark.faces
def test_url_results_are_served_for_seven_days(http: HttpClient, clock: Clock, template: bytes, user: bytes, material: dict[str, Any]) -> None:
    answer = call(http, clock, "FuseFace", fuse_body(material, user, RspImgType="url"))
    url = answer["FusedImage"]
    assert url.startswith(str(http.base_url).rstrip("/") + "/_facekit/fused/") and url.endswith(".jpg")
    path = url
    first = http.get(path)
    assert first.status_code == 200 and first.headers["content-type"] == "image/jpeg"
    assert pixels_of(first.content).shape == pixels_of(template).shape
    clock.now += 7 * DAY - 1
    assert http.get(path).status_code == 200
    clock.now += 2
    assert http.get(path).status_code == 404
    assert http.get("/_facekit/fused/unknown-token.jpg").status_code == 404


@pytest.mark.faces
@pytest.mark.parametrize(
    ("merge", "code"),
    [
        (lambda: {"Image": base64.b64encode(no_face()).decode()}, "FailedOperation.NoFaceDetected"),
        (lambda: {"Image": base64.b64encode(no_face(60, 120)).decode()}, "FailedOperation.ImageResolutionTooSmall"),
        (lambda: {"Image": base64.b64encode(b"GIF89a" + bytes(300)).decode()}, "FailedOperation.ImageDecodeFailed"),
        (lambda: {"Image": "data:image/jpeg;base64,AAAA"}, "FailedOperation.ImageDecodeFailed"),
        (lambda: {"Image": "A" * (5 * 1024 * 1024 + 4)}, "FailedOperation.ImageSizeExceed"),
        (lambda: {"Url": "https://example.com/user.jpg"}, "InvalidParameterValue.UrlIllegal"),
        (lambda: {}, "MissingParameter"),
    ],
)
def test_unusable_user_images_answer_the_documented_codes(http: HttpClient, clock: Clock, material: dict[str, Any], merge: Any, code: str) -> None:
    body = {"ProjectId": "at_1", "ModelId": material["MaterialId"], "RspImgType": "base64", "MergeInfos": [merge()]}
    assert code_of(call(http, clock, "FuseFace", body)) == code


@pytest.mark.faces
def test_a_tiny_face_is_refused(http: HttpClient, clock: Clock, user: bytes, material: dict[str, Any]) -> None:
    with Image.open(io.BytesIO(user)) as image:
        small = image.convert("RGB").resize((30, 36))  # the face becomes about 27 pixels wide
    canvas = Image.new("RGB", (300, 300), (128, 128, 128))
    canvas.paste(small, (100, 100))
    body = fuse_body(material, jpeg_of(canvas))
    assert code_of(call(http, clock, "FuseFace", body)) == "FailedOperation.FaceSizeTooSmall"


@pytest.mark.faces
def test_unknown_project_model_and_template_face(http: HttpClient, clock: Clock, user: bytes, material: dict[str, Any]) -> None:
    assert code_of(call(http, clock, "FuseFace", fuse_body(material, user, ProjectId="at_x"))) == "InvalidParameterValue.ActivityIdNotFound"
    assert code_of(call(http, clock, "FuseFace", fuse_body(material, user, ModelId="mt_x"))) == "InvalidParameterValue.MaterialIdNotFound"
    body = fuse_body(material, user)
    body["MergeInfos"][0]["TemplateFaceID"] = material["MaterialId"] + "_9"
    assert code_of(call(http, clock, "FuseFace", body)) == "FailedOperation.TemplateFaceIDNotExist"
    body["MergeInfos"][0]["TemplateFaceID"] = None
    body["MergeInfos"][0]["TemplateFaceRect"] = {"X": 0, "Y": 0, "Width": 20, "Height": 40}
    assert code_of(call(http, clock, "FuseFace", body)) == "InvalidParameterValue.FaceRectParameterValueError"
    assert code_of(call(http, clock, "FuseFace", fuse_body(material, user, MergeInfos=[]))) == "InvalidParameterValue.ParameterValueError"


@pytest.mark.faces
def test_template_face_id_picks_the_face_to_replace(http: HttpClient, clock: Clock, group_photo: bytes, user: bytes) -> None:
    material = add_material(http, clock, group_photo, "at_group")["Material"]
    faces = material["MaterialFaceList"]
    assert len(faces) == 2
    body = {"ProjectId": "at_group", "ModelId": material["MaterialId"], "RspImgType": "base64", "LogoAdd": 0,
            "MergeInfos": [{"Image": base64.b64encode(user).decode(), "TemplateFaceID": faces[1]["FaceId"]}]}
    fused = pixels_of(base64.b64decode(call(http, clock, "FuseFace", body)["FusedImage"]))
    original = pixels_of(group_photo)

    def region(face: dict[str, Any]) -> tuple[slice, slice]:
        info = face["FaceInfo"]
        return slice(info["Y"], info["Y"] + info["Height"]), slice(info["X"], info["X"] + info["Width"])

    assert np.abs(fused[region(faces[1])] - original[region(faces[1])]).mean() > 3
    assert np.abs(fused[region(faces[0])] - original[region(faces[0])]).mean() < 2


@pytest.mark.faces
def test_fuse_face_ultra_uses_the_callers_template(http: HttpClient, clock: Clock, template: bytes, user: bytes) -> None:
    body = {"RspImgType": "url", "ModelImage": base64.b64encode(template).decode(), "SwapModelType": 4,
            "FusionUltraParam": {"WarpRadio": 0.7}, "MergeInfos": [{"Image": base64.b64encode(user).decode()}]}
    answer = call(http, clock, "FuseFaceUltra", body)
    path = answer["FusedImage"]
    assert pixels_of(http.get(path).content).shape == pixels_of(template).shape
    clock.now += DAY + 1
    assert http.get(path).status_code == 404  # one day only
    assert code_of(call(http, clock, "FuseFaceUltra", {**body, "FusionUltraParam": {"WarpRadio": 1.2}})) == "FailedOperation.ParameterValueError"
    assert code_of(call(http, clock, "FuseFaceUltra", {**body, "SwapModelType": 9})) == "InvalidParameterValue.ParameterValueError"
    no_template = {k: v for k, v in body.items() if k != "ModelImage"}
    assert code_of(call(http, clock, "FuseFaceUltra", no_template)) == "MissingParameter"
    with_id = {**body, "MergeInfos": [{"Image": body["MergeInfos"][0]["Image"], "TemplateFaceID": "mt_1_1"}]}
    assert code_of(call(http, clock, "FuseFaceUltra", with_id)) == "FailedOperation.TemplateFaceIDNotExist"


@pytest.mark.faces
def test_fuse_profile_degree_reshapes_the_outline(http: HttpClient, clock: Clock, template: bytes, user: bytes, material: dict[str, Any]) -> None:
    def fused(**extra: Any) -> np.ndarray[Any, Any]:
        body = fuse_body(material, user, LogoAdd=0, FuseFaceDegree=0, **extra)
        return pixels_of(base64.b64decode(call(http, clock, "FuseFace", body)["FusedImage"]))

    kept, default, reshaped = fused(FuseProfileDegree=100), fused(), fused(FuseProfileDegree=0)
    assert np.abs(kept - default).mean() < 0.01  # the default keeps the template's outline
    assert np.abs(reshaped - kept).mean() > 0.5


def _ultra(http: HttpClient, clock: Clock, template: bytes, user: bytes, **extra: Any) -> np.ndarray[Any, Any]:
    body = {"RspImgType": "base64", "ModelImage": base64.b64encode(template).decode(), "LogoAdd": 0,
            "MergeInfos": [{"Image": base64.b64encode(user).decode()}], **extra}
    return pixels_of(base64.b64decode(call(http, clock, "FuseFaceUltra", body)["FusedImage"]))


@pytest.mark.faces
def test_fuse_face_ultra_parameters_have_their_documented_effect(http: HttpClient, clock: Clock, template: bytes, user: bytes) -> None:
    def sharpness(image: np.ndarray[Any, Any]) -> float:
        return float(np.abs(np.diff(image.mean(axis=2), axis=1)).mean())

    plain = _ultra(http, clock, template, user)
    assert np.abs(_ultra(http, clock, template, user, SwapModelType=2) - plain).mean() > 0.05  # feathered blend
    warp = {w: _ultra(http, clock, template, user, FusionUltraParam={"WarpRadio": w}) for w in (0.0, 1.0)}
    assert np.abs(warp[1.0] - warp[0.0]).mean() > 0.5  # face shape: template's vs user's
    soft = _ultra(http, clock, template, user, FusionUltraParam={"EnhanceRadio": 0.0, "MpRadio": 1.0})
    crisp = _ultra(http, clock, template, user, FusionUltraParam={"EnhanceRadio": 1.0, "MpRadio": 0.0})
    assert sharpness(crisp) > sharpness(soft)
    # Accepted and ignored: BlurRadio (documented as not supported yet), the two switches,
    # and every parameter with SwapModelType 6.
    ignored = {"BlurRadio": 1.0, "TeethEnhanceRadio": 0, "MakeupTransferRadio": 1}
    assert np.array_equal(_ultra(http, clock, template, user, FusionUltraParam=ignored), plain)
    six = {w: _ultra(http, clock, template, user, SwapModelType=6, FusionUltraParam={"WarpRadio": w}) for w in (0.0, 1.0)}
    assert np.array_equal(six[0.0], six[1.0])
    for switch in ("TeethEnhanceRadio", "MakeupTransferRadio"):
        body = {"RspImgType": "base64", "ModelImage": base64.b64encode(template).decode(),
                "MergeInfos": [{"Image": base64.b64encode(user).decode()}], "FusionUltraParam": {switch: 0.5}}
        assert code_of(call(http, clock, "FuseFaceUltra", body)) == "FailedOperation.ParameterValueError"
