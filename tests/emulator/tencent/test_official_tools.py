"""Tencent's own tools against the emulator, unchanged: the official Python SDK
(tencentcloud-sdk-python-facefusion) for every FaceFusion action by POST and by GET, and
``tccli`` (which only POSTs) for every action, with results and error codes checked.

GET requests carry their parameters in a query string of at most 32 KB, so they name
their images by URL: a fused result the emulator serves on the loopback interface."""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.tencent import FusionClient

pytest.importorskip("tencentcloud.facefusion.v20220927")
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
    TencentCloudSDKException,
)
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.facefusion.v20220927 import facefusion_client, models

SECRET_ID = "AKID-official-tools"
SECRET_KEY = "official-tools-secret-key"
PROJECT = "at_tools"
pytestmark = [pytest.mark.faces, pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1$"])]
TCCLI = Path(sys.executable).with_name("tccli")


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return image.size


class Setup:
    """The emulator, one registered material and a loopback URL of a user photo."""

    def __init__(self, emu: RunningEmulator, faces: Path) -> None:
        self.emu = emu
        self.template = faces / "people" / "family2-lady" / "Family2-Lady1.jpg"
        self.user = faces / "people" / "family1-dad" / "Family1-Dad1.jpg"
        with FusionClient(SECRET_ID, SECRET_KEY, endpoint=emu.endpoint, rate=None,
                          list_rate=None) as fusion:
            self.material = fusion.add_material(PROJECT, self.template, name="lady")
            first = fusion.fuse_face(PROJECT, self.material.material_id, self.user)
        assert first.url is not None
        self.user_url = first.url  # the emulator fetches loopback URLs
        self.template_size = size_of(self.template.read_bytes())


@pytest.fixture(scope="module")
def setup(sample_faces: Path) -> Iterator[Setup]:
    with run_emulator(tencent_credentials=((SECRET_ID, SECRET_KEY),)) as emu:
        yield Setup(emu, sample_faces)


# ---------------------------------------------------------------------- SDK --


def sdk(setup: Setup, method: str, language: str = "en-US") -> Any:
    http = HttpProfile(endpoint=setup.emu.endpoint.removeprefix("http://"), protocol="http",
                       reqMethod=method)
    return facefusion_client.FacefusionClient(
        credential.Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou",
        ClientProfile(httpProfile=http, language=language))


def made(model: type, members: dict[str, Any]) -> Any:
    request = model()
    request.from_json_string(json.dumps(members))
    return request


def fetched(url: str) -> bytes:
    response = httpx.get(url, trust_env=False, timeout=60)
    assert response.status_code == 200, url
    return response.content


def user_image(setup: Setup, method: str) -> dict[str, str]:
    if method == "GET":
        return {"Url": setup.user_url}
    return {"Image": base64.b64encode(setup.user.read_bytes()).decode()}


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_sdk_describe_material_list(setup: Setup, method: str) -> None:
    client = sdk(setup, method)
    answer = client.DescribeMaterialList(made(models.DescribeMaterialListRequest, {
        "ActivityId": PROJECT, "Limit": 20, "Offset": 0}))
    assert answer.Count == 1 and answer.RequestId
    listed = answer.MaterialInfos[0]
    assert listed.MaterialId == setup.material.material_id
    assert len(listed.MaterialFaceList) == 1
    one = client.DescribeMaterialList(made(models.DescribeMaterialListRequest, {
        "ActivityId": PROJECT, "MaterialId": setup.material.material_id}))
    assert [m.MaterialId for m in one.MaterialInfos] == [setup.material.material_id]
    with pytest.raises(TencentCloudSDKException) as missing:
        client.DescribeMaterialList(made(models.DescribeMaterialListRequest,
                                         {"ActivityId": "at_unknown"}))
    assert missing.value.code == "InvalidParameterValue.ActivityIdNotFound"
    assert missing.value.requestId


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_sdk_fuse_face(setup: Setup, method: str) -> None:
    client = sdk(setup, method)
    base = {"ProjectId": PROJECT, "ModelId": setup.material.material_id,
            "MergeInfos": [user_image(setup, method)]}
    by_url = client.FuseFace(made(models.FuseFaceRequest, {**base, "RspImgType": "url"}))
    assert by_url.FusedImage.startswith(setup.emu.endpoint + "/_facekit/fused/")
    assert size_of(fetched(by_url.FusedImage)) == setup.template_size
    if method == "POST":  # a base64 answer to a GET is the same code path; keep GETs small
        inline = client.FuseFace(made(models.FuseFaceRequest, {**base, "RspImgType": "base64"}))
        assert size_of(base64.b64decode(inline.FusedImage)) == setup.template_size
    with pytest.raises(TencentCloudSDKException) as unknown:
        client.FuseFace(made(models.FuseFaceRequest, {**base, "RspImgType": "url",
                                                      "ModelId": "mt_unknown"}))
    assert unknown.value.code == "InvalidParameterValue.MaterialIdNotFound"


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_sdk_fuse_face_ultra(setup: Setup, method: str) -> None:
    client = sdk(setup, method)
    model = ({"ModelUrl": setup.user_url} if method == "GET" else
             {"ModelImage": base64.b64encode(setup.template.read_bytes()).decode()})
    answer = client.FuseFaceUltra(made(models.FuseFaceUltraRequest, {
        **model, "RspImgType": "url", "MergeInfos": [user_image(setup, method)],
        "SwapModelType": 4}))
    expected = setup.template_size  # the fused first result has the template's size too
    assert size_of(fetched(answer.FusedImage)) == expected
    with pytest.raises(TencentCloudSDKException) as wrong:
        client.FuseFaceUltra(made(models.FuseFaceUltraRequest, {
            **model, "RspImgType": "url", "MergeInfos": [user_image(setup, method)],
            "FusionUltraParam": {"WarpRadio": 1.5}}))
    assert wrong.value.code == "FailedOperation.ParameterValueError"


def test_sdk_errors_come_in_the_language_asked_for(setup: Setup) -> None:
    for language, chinese in (("zh-CN", True), ("en-US", False)):
        with pytest.raises(TencentCloudSDKException) as refused:
            sdk(setup, "POST", language).DescribeMaterialList(
                made(models.DescribeMaterialListRequest, {"ActivityId": "at_unknown"}))
        assert refused.value.message.isascii() is not chinese


# -------------------------------------------------------------------- tccli --


def tccli(setup: Setup, action: str, *args: str, home: Path,
          language: str | None = None) -> subprocess.CompletedProcess[str]:
    if not TCCLI.exists() and shutil.which("tccli") is None:
        pytest.skip("tccli is not installed (it is in the dev extra)")
    program = str(TCCLI) if TCCLI.exists() else "tccli"
    env = {**os.environ, "HOME": str(home), "TENCENTCLOUD_SECRET_ID": SECRET_ID,
           "TENCENTCLOUD_SECRET_KEY": SECRET_KEY}
    extra = ["--language", language] if language else []
    return subprocess.run(
        [program, "facefusion", action, *args, "--region", "ap-guangzhou",
         "--endpoint", setup.emu.endpoint, "--version", "2022-09-27", *extra],
        env=env, capture_output=True, text=True, timeout=120, check=False)


def answer_of(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def refusal_of(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0 and "TencentCloudSDKException" in done.stderr, done.stderr
    return done.stderr


def test_tccli_describe_material_list(setup: Setup, tmp_path: Path) -> None:
    listed = answer_of(tccli(setup, "DescribeMaterialList", "--ActivityId", PROJECT,
                             home=tmp_path))
    assert listed["Count"] == 1
    assert listed["MaterialInfos"][0]["MaterialId"] == setup.material.material_id
    refused = refusal_of(tccli(setup, "DescribeMaterialList", "--ActivityId", "at_unknown",
                               home=tmp_path))
    # tccli asks for zh-CN by default: the code and Tencent's Chinese wording
    assert "code:InvalidParameterValue.ActivityIdNotFound" in refused
    assert "未查找到活动id：`at_unknown`。" in refused


def test_tccli_fuse_face_gets_a_fetchable_link(setup: Setup, tmp_path: Path) -> None:
    merge = json.dumps([{"Url": setup.user_url}])
    answer = answer_of(tccli(setup, "FuseFace", "--ProjectId", PROJECT, "--ModelId",
                             setup.material.material_id, "--RspImgType", "url",
                             "--MergeInfos", merge, home=tmp_path))
    # tccli sends Host: http://127.0.0.1:PORT; the link still points at the emulator
    assert answer["FusedImage"].startswith(setup.emu.endpoint + "/_facekit/fused/")
    assert size_of(fetched(answer["FusedImage"])) == setup.template_size
    refused = refusal_of(tccli(setup, "FuseFace", "--ProjectId", PROJECT, "--ModelId",
                               "mt_unknown", "--RspImgType", "url", "--MergeInfos", merge,
                               home=tmp_path, language="en-US"))
    assert "code:InvalidParameterValue.MaterialIdNotFound" in refused
    assert "mt_unknown" in refused


def test_tccli_fuse_face_ultra(setup: Setup, tmp_path: Path) -> None:
    merge = json.dumps([{"Url": setup.user_url}])
    answer = answer_of(tccli(setup, "FuseFaceUltra", "--ModelUrl", setup.user_url,
                             "--RspImgType", "url", "--MergeInfos", merge,
                             home=tmp_path))
    assert size_of(fetched(answer["FusedImage"])) == setup.template_size
    refused = refusal_of(tccli(setup, "FuseFaceUltra", "--ModelUrl", "ftp://example.com/m.jpg",
                               "--RspImgType", "url", "--MergeInfos", merge, home=tmp_path))
    assert "code:InvalidParameterValue.UrlIllegal" in refused
    assert "URL格式不合法。" in refused
