"""What the Tencent side sends back, checked against what Tencent's own tools expect:

* fused-image links come from a valid ``Host`` or else from the bound address
  (``tccli --endpoint http://127.0.0.1:PORT`` sends ``Host: http://127.0.0.1:PORT``), as
  the Azure side's links do;
* each service's answers carry only that service's headers;
* with ``X-TC-Language: zh-CN`` every message is Chinese: every error code the emulator
  can answer has a Chinese message, the documented ones in Tencent's own wording.
"""

from __future__ import annotations

import ast
import base64
import io
import itertools
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.emulator.tencent.messages_zh import DOCUMENTED
from facekit.emulator.tencent.params import TencentApiError
from facekit.tencent.signer import TC3Auth

SECRET_ID = "AKID-wire-fixes"
SECRET_KEY = "wire-fixes-secret-key"
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1$"])
ROOT = Path(__file__).resolve().parents[3]
AZURE_ONLY = ("apim-request-id", "csp-billing-usage", "x-envoy-upstream-service-time")
CODE = re.compile(
    r"^(AuthFailure|FailedOperation|InternalError|InvalidAction|InvalidParameter|"
    r"InvalidParameterValue|InvalidRequest|LimitExceeded|MissingParameter|NoSuchVersion|"
    r"RequestLimitExceeded|RequestSizeLimitExceeded|ResourceNotFound|ResourceUnavailable|"
    r"UnknownParameter|UnsupportedProtocol|UnsupportedRegion)(\.[A-Za-z]+)?$"
)
# Where the emulator's Tencent answers get their codes.
CODE_SOURCES = [
    *sorted((ROOT / "facekit" / "emulator" / "tencent").glob("*.py")),
    ROOT / "facekit" / "emulator" / "engine" / "fusion.py",
    ROOT / "facekit" / "tencent" / "signer.py",
]
# ASCII words a Chinese message may hold: names of headers, protocols, formats.
TECHNICAL = {"Authorization", "Content", "Type", "application", "json", "JSON", "HTTPS",
             "GET", "POST", "URL", "ID", "Id", "id", "base64", "X", "TC", "M"}


def is_chinese(message: str) -> bool:
    """Chinese text: CJK characters and no English words outside backticked names."""
    bare = re.sub(r"`[^`]*`", "", message)
    words = set(re.findall(r"[A-Za-z][A-Za-z0-9]*", bare)) - TECHNICAL
    return bool(re.search(r"[\u4e00-\u9fff]", message)) and not {
        w for w in words if not re.fullmatch(r"[A-Za-z]\d*|\d+", w)}


# ------------------------------------------------------------------ serving --


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(keys=("azure-key",), tencent_credentials=((SECRET_ID, SECRET_KEY),)) as running:
        yield running


def tencent(emu: RunningEmulator, action: str, body: Any, *, language: str = "en-US",
            host: str | None = None, raw: bytes | None = None,
            content_type: str = "application/json", signer: TC3Auth | None = None,
            region: str | None = "ap-guangzhou", version: str | None = None,
            path: str = "/") -> httpx.Response:
    content = raw if raw is not None else json.dumps(body).encode()
    headers = {"Content-Type": content_type, "X-TC-Action": action, "X-TC-Language": language}
    request = httpx.Request("POST", emu.endpoint + path, content=content, headers=headers)
    if host is not None:
        request.headers["Host"] = host
    (signer or TC3Auth(SECRET_ID, SECRET_KEY, region=region)).sign_request(request)
    if version is not None:
        request.headers["X-TC-Version"] = version
    with httpx.Client(timeout=60, trust_env=False) as http:
        return http.send(request)


def jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.mark.faces
def test_a_fused_link_is_fetchable_whatever_host_tccli_sends(
        emu: RunningEmulator, sample_faces: Path) -> None:
    template = (sample_faces / "people" / "family2-lady" / "Family2-Lady1.jpg").read_bytes()
    user = (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()
    added = tencent(emu, "", {"ActivityId": "at_host", "Image": base64.b64encode(template).decode()},
                    path="/_facekit/materials").json()["Response"]
    model = added["Material"]["MaterialId"]
    body = {"ProjectId": "at_host", "ModelId": model, "RspImgType": "url",
            "MergeInfos": [{"Image": base64.b64encode(user).decode()}]}
    # what tccli --endpoint http://127.0.0.1:PORT sends (signed with that same value)
    answer = tencent(emu, "FuseFace", body, host=emu.endpoint).json()["Response"]
    url = answer["FusedImage"]
    assert url.startswith(emu.endpoint + "/_facekit/fused/"), url
    fetched = httpx.get(url, trust_env=False)
    assert fetched.status_code == 200 and fetched.content[:2] == b"\xff\xd8"
    # a plain host[:port] is kept: the name the client reached the emulator under
    kept = tencent(emu, "FuseFace", body, host="face.local:8443").json()["Response"]
    assert kept["FusedImage"].startswith("http://face.local:8443/_facekit/fused/")


def test_tencent_answers_carry_no_azure_headers_and_azure_answers_no_tencent_ones(
        emu: RunningEmulator) -> None:
    for response in (
        tencent(emu, "DescribeMaterialList", {"ActivityId": "at_none"}),
        tencent(emu, "DescribeMaterialList", {"ActivityId": "at_none"}, signer=TC3Auth(
            SECRET_ID, "wrong-key", region="ap-guangzhou")),
        tencent(emu, "", {"ActivityId": "at_x", "Image": "AAAA"}, path="/_facekit/materials"),
        httpx.get(emu.endpoint + "/_facekit/fused/missing.jpg", trust_env=False),
    ):
        assert not set(AZURE_ONLY) & set(response.headers), response.headers
        assert "date" in response.headers
    azure = httpx.get(emu.endpoint + "/face/v1.0/persongroups", trust_env=False,
                      headers={"Ocp-Apim-Subscription-Key": "azure-key"})
    assert azure.status_code == 200 and set(AZURE_ONLY) <= set(azure.headers)
    assert not [name for name in azure.headers if name.startswith("x-tc-")]
    refused = httpx.get(emu.endpoint + "/face/v1.0/persongroups", trust_env=False)
    assert refused.status_code == 401 and set(AZURE_ONLY) <= set(refused.headers)


def test_chaos_faults_on_tencent_routes_carry_no_azure_headers() -> None:
    with run_emulator(tencent_credentials=((SECRET_ID, SECRET_KEY),), chaos=1.0, chaos_seed=3,
                      chaos_latency=0.01) as chaotic:
        seen = 0
        for _ in range(20):
            try:
                response = tencent(chaotic, "DescribeMaterialList", {"ActivityId": "at_none"})
            except httpx.TransportError:
                continue  # a dropped connection: no headers at all
            seen += 1
            assert not set(AZURE_ONLY) & set(response.headers), response.headers
        assert seen >= 5


# ---------------------------------------------------------------- languages --


def codes_in_sources() -> set[str]:
    found: set[str] = set()
    for path in CODE_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(
                    node.value):
                found.add(node.value)
    return found


def test_every_code_the_emulator_answers_has_a_documented_chinese_message() -> None:
    codes = codes_in_sources()
    assert {"AuthFailure.SignatureFailure", "InvalidParameterValue.UrlIllegal",
            "FailedOperation.NoFaceDetected", "UnsupportedRegion"} <= codes  # the walk works
    assert sorted(codes - set(DOCUMENTED)) == []
    for code in codes:
        message = TencentApiError(code, "an English message").message_in("zh-CN")
        assert is_chinese(message), (code, message)
        assert TencentApiError(code, "an English message").message_in("en-US") == (
            "an English message")
    assert all(is_chinese(text) for text in DOCUMENTED.values())


def sdk_descriptions() -> dict[str, str]:
    """Code → the Chinese comment above it in Tencent's FaceFusion SDK error list."""
    errorcodes = pytest.importorskip("tencentcloud.facefusion.v20220927.errorcodes")
    lines = Path(str(errorcodes.__file__)).read_text(encoding="utf-8").splitlines()
    found = {}
    for before, line in itertools.pairwise(lines):
        match = re.match(r"^[A-Z_]+ = '([^']+)'$", line)
        if match and before.startswith("# "):
            found[match.group(1)] = before[2:].strip()
    return found


def test_facefusion_codes_use_the_wording_of_tencents_sdk() -> None:
    described = sdk_descriptions()
    ours = {code: text for code, text in DOCUMENTED.items() if "." in code
            and not code.startswith("AuthFailure")}
    assert len(ours) >= 15
    for code, text in ours.items():
        assert described.get(code) == text, code


def wrong_version(emu: RunningEmulator, language: str) -> httpx.Response:
    return tencent(emu, "DescribeMaterialList", {"ActivityId": "a"}, language=language,
                   version="2018-12-01")


# (request, expected code): errors reachable without face models, one per source
CASES: list[tuple[str, Any]] = [
    ("AuthFailure.SignatureFailure", lambda e, lang: tencent(
        e, "DescribeMaterialList", {"ActivityId": "a"}, language=lang,
        signer=TC3Auth(SECRET_ID, "wrong", region="ap-guangzhou"))),
    ("AuthFailure.SecretIdNotFound", lambda e, lang: tencent(
        e, "DescribeMaterialList", {"ActivityId": "a"}, language=lang,
        signer=TC3Auth("AKID-unknown", "x", region="ap-guangzhou"))),
    ("AuthFailure.SignatureExpire", lambda e, lang: tencent(
        e, "DescribeMaterialList", {"ActivityId": "a"}, language=lang,
        signer=TC3Auth(SECRET_ID, SECRET_KEY, region="ap-guangzhou", clock=lambda: 1e9))),
    ("InvalidAction", lambda e, lang: tencent(e, "DescribeFaces", {}, language=lang)),
    ("NoSuchVersion", wrong_version),
    ("MissingParameter", lambda e, lang: tencent(
        e, "DescribeMaterialList", {"ActivityId": "a"}, language=lang, region=None)),
    ("UnsupportedRegion", lambda e, lang: tencent(
        e, "DescribeMaterialList", {"ActivityId": "a"}, language=lang, region="mars-1")),
    ("UnknownParameter", lambda e, lang: tencent(
        e, "DescribeMaterialList", {"ActivityId": "a", "Colour": 1}, language=lang)),
    ("InvalidParameter", lambda e, lang: tencent(
        e, "DescribeMaterialList", {"ActivityId": 5}, language=lang)),
    ("InvalidRequest", lambda e, lang: tencent(
        e, "DescribeMaterialList", None, raw=b"ActivityId=a", language=lang,
        content_type="application/x-www-form-urlencoded")),
    ("InvalidParameterValue.ActivityIdNotFound", lambda e, lang: tencent(
        e, "DescribeMaterialList", {"ActivityId": "at_none"}, language=lang)),
    ("InvalidParameterValue.ParameterValueError", lambda e, lang: tencent(
        e, "FuseFace", {"ProjectId": "a", "ModelId": "m", "RspImgType": "gif",
                        "MergeInfos": [{"Url": "http://127.0.0.1:9/x.jpg"}]}, language=lang)),
    ("InvalidParameterValue.UrlIllegal", lambda e, lang: tencent(
        e, "FuseFaceUltra", {"RspImgType": "base64", "ModelUrl": "https://example.com/m.jpg",
                             "MergeInfos": [{"Url": "https://example.com/u.jpg"}]},
        language=lang)),
    ("FailedOperation.ImageDecodeFailed", lambda e, lang: tencent(
        e, "", {"ActivityId": "at_x", "Image": "AAAA"}, path="/_facekit/materials",
        language=lang)),
    ("FailedOperation.ImagePixelExceed", lambda e, lang: tencent(
        e, "", {"ActivityId": "at_x", "Image": base64.b64encode(
            jpeg(Image.new("RGB", (1200, 200)))).decode()}, path="/_facekit/materials",
        language=lang)),
    ("FailedOperation.ParameterValueError", lambda e, lang: tencent(
        e, "FuseFaceUltra", {"RspImgType": "base64", "ModelUrl": "http://127.0.0.1:9/m.jpg",
                             "MergeInfos": [{"Url": "http://127.0.0.1:9/u.jpg"}],
                             "FusionUltraParam": {"WarpRadio": 1.5}}, language=lang)),
]


@pytest.mark.parametrize(("code", "send"), CASES, ids=[code for code, _ in CASES])
def test_errors_answer_in_chinese_when_asked(emu: RunningEmulator, code: str, send: Any) -> None:
    english = send(emu, "en-US").json()["Response"]["Error"]
    chinese = send(emu, "zh-CN").json()["Response"]["Error"]
    assert english["Code"] == chinese["Code"] == code
    assert is_chinese(chinese["Message"]), chinese
    assert not is_chinese(english["Message"]), english


def test_azure_links_use_the_same_origin_rule(emu: RunningEmulator) -> None:
    base = emu.endpoint + "/face/v1.2/persongroups/origin-check"
    key = {"Ocp-Apim-Subscription-Key": "azure-key"}
    with httpx.Client(timeout=60, trust_env=False) as http:
        assert http.put(base, json={"name": "g"}, headers=key).status_code == 200
        for host, expected in ((emu.endpoint, emu.endpoint),  # malformed: the bound address
                               ("face.local:8443", "http://face.local:8443")):  # kept
            trained = http.post(base + "/train", headers={**key, "Host": host})
            assert trained.status_code == 202, trained.text
            assert trained.headers["operation-Location"].startswith(
                f"{expected}/face/v1.2/persongroups/origin-check/training")
            for _ in range(600):  # the next train waits for this one
                if http.get(base + "/training", headers=key).json()["status"] in (
                        "succeeded", "failed"):
                    break
                time.sleep(0.05)
