"""Tencent's common protocol, driven by the official SDK (tencentcloud-sdk-python-
facefusion) against the emulator: X-TC-Region on every action, signed GET requests,
X-TC-Language, and FuseFaceUltra's documented 2 calls a second on the s0 tier."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from facekit.emulator.server import RunningEmulator, run_emulator

pytest.importorskip("tencentcloud.facefusion.v20220927")
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
    TencentCloudSDKException,
)
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.facefusion.v20220927 import facefusion_client, models

SECRET_ID = "AKID-sdk-protocol"
SECRET_KEY = "sdk-protocol-secret-key"
# Served on the loopback interface in this process; nothing leaves it.
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1$"])
ULTRA = {"RspImgType": "base64", "ModelUrl": "http://127.0.0.1:9/none.jpg",
         "MergeInfos": [{"Url": "http://127.0.0.1:9/none.jpg"}]}


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    started = time.time()
    # A frozen clock: the s0 tier's per-second buckets never refill during the test.
    with run_emulator(tier="s0", tencent_credentials=((SECRET_ID, SECRET_KEY),),
                      clock=lambda: started) as running:
        yield running


def sdk(emulator: RunningEmulator, region: str = "ap-guangzhou", *, method: str = "POST",
        language: str = "en-US", secret_id: str = SECRET_ID) -> Any:
    http = HttpProfile(endpoint=emulator.endpoint.removeprefix("http://"), protocol="http",
                       reqMethod=method)
    profile = ClientProfile(httpProfile=http, language=language)
    return facefusion_client.FacefusionClient(credential.Credential(secret_id, SECRET_KEY), region,
                                              profile)


def request(model: type, members: dict[str, Any]) -> Any:
    made = model()
    made.from_json_string(json.dumps(members))
    return made


CALLS = {
    "FuseFace": lambda c: c.FuseFace(request(models.FuseFaceRequest, {
        "ProjectId": "at_none", "ModelId": "mt_none", "RspImgType": "url",
        "MergeInfos": [{"Url": "http://127.0.0.1:9/none.jpg"}]})),
    "FuseFaceUltra": lambda c: c.FuseFaceUltra(request(models.FuseFaceUltraRequest, ULTRA)),
    "DescribeMaterialList": lambda c: c.DescribeMaterialList(
        request(models.DescribeMaterialListRequest, {"ActivityId": "at_none"})),
}


def failure(call: Any) -> TencentCloudSDKException:
    with pytest.raises(TencentCloudSDKException) as info:
        call()
    assert info.value.requestId
    return info.value


@pytest.mark.parametrize("action", sorted(CALLS))
def test_every_action_needs_a_region_it_is_offered_in(emulator: RunningEmulator, action: str) -> None:
    missing = failure(lambda: CALLS[action](sdk(emulator, region="")))
    assert missing.code == "MissingParameter" and "X-TC-Region" in missing.message
    elsewhere = failure(lambda: CALLS[action](sdk(emulator, region="eu-frankfurt")))
    assert elsewhere.code == "UnsupportedRegion" and "eu-frankfurt" in elsewhere.message


def test_signed_get_requests_are_served(emulator: RunningEmulator) -> None:
    client = sdk(emulator, region="ap-shanghai", method="GET")
    # Signature, integers (Limit, Offset) and nested members (MergeInfos.0.Url) arrive
    # through the query string: both requests pass every protocol and parameter check
    # and reach the action, which knows no activity of that name.
    listing = failure(lambda: client.DescribeMaterialList(request(
        models.DescribeMaterialListRequest, {"ActivityId": "at_none", "Limit": 20, "Offset": 0})))
    assert listing.code == "InvalidParameterValue.ActivityIdNotFound"
    fusing = failure(lambda: CALLS["FuseFace"](client))
    assert fusing.code == "InvalidParameterValue.ActivityIdNotFound"
    wrong_type = failure(lambda: client.DescribeMaterialList(request(
        models.DescribeMaterialListRequest, {"ActivityId": "at_none", "Limit": "many"})))
    assert wrong_type.code == "InvalidParameter" and "Limit" in wrong_type.message


def test_get_requests_are_limited_to_32_kb(emulator: RunningEmulator) -> None:
    client = sdk(emulator, method="GET")
    big = failure(lambda: client.DescribeMaterialList(request(
        models.DescribeMaterialListRequest, {"ActivityId": "a" * 40_000})))
    assert big.code == "RequestSizeLimitExceeded"


def test_messages_follow_x_tc_language(emulator: RunningEmulator) -> None:
    english = failure(lambda: CALLS["DescribeMaterialList"](sdk(emulator, region="")))
    chinese = failure(lambda: CALLS["DescribeMaterialList"](sdk(emulator, region="", language="zh-CN")))
    assert english.code == chinese.code == "MissingParameter"
    assert english.message.isascii() and not chinese.message.isascii()
    assert "X-TC-Region" in chinese.message


def test_fuse_face_ultra_allows_two_calls_a_second_on_the_s0_tier(emulator: RunningEmulator) -> None:
    client = sdk(emulator, secret_id=SECRET_ID)
    codes = [failure(lambda: CALLS["FuseFaceUltra"](client)).code for _ in range(3)]
    assert codes[2] == "RequestLimitExceeded"
    assert "RequestLimitExceeded" not in codes[:2]  # the first two reach the action itself
