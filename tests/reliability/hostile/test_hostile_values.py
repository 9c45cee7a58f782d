"""Issue 22, items 3-5: non-finite and out-of-range numbers, invalid Unicode and unusable
URLs are refused at the edge with each service's 400, on every Azure version and on
Tencent; the dashboard's JSON Lines export survives a logged lone surrogate."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from facekit.emulator.dashboard import DashboardSettings
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY
from tests.emulator.tencent.test_routes import (
    call,
    code_of,
)

pytestmark = [LOOPBACK_ONLY]
VERSIONS = ["v1.0", "v1.2", "v1.2-preview.1"]
FACE_ID = "c5c24a82-6845-4031-9d5d-978df9175426"
NON_FINITE = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"]


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(dashboard=DashboardSettings(log_size=50)) as running:
        yield running


def post(emu: RunningEmulator, version: str, path: str, raw: bytes, **query: str) -> httpx.Response:
    return httpx.post(
        f"{emu.endpoint}/face/{version}/{path}", content=raw, params=query, timeout=30,
        headers={KEY_HEADER: emu.key, "Content-Type": "application/json"},
    )


def bad_argument(answer: httpx.Response) -> None:
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "BadArgument", answer.text


# -- item 3: numbers ------------------------------------------------------------------


@pytest.mark.emulator
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("number", [*NON_FINITE, "1.5", "1e30", "100000000000000000000000"])
def test_identify_refuses_a_non_finite_or_out_of_range_candidate_count(
    emu: RunningEmulator, version: str, number: str
) -> None:
    raw = (f'{{"faceIds": ["{FACE_ID}"], "personGroupId": "team", '
           f'"maxNumOfCandidatesReturned": {number}}}').encode()
    bad_argument(post(emu, version, "identify", raw))


@pytest.mark.emulator
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("number", NON_FINITE)
def test_findsimilars_refuses_a_non_finite_candidate_count(
    emu: RunningEmulator, version: str, number: str
) -> None:
    raw = (f'{{"faceId": "{FACE_ID}", "faceIds": ["{FACE_ID}"], '
           f'"maxNumOfCandidatesReturned": {number}}}').encode()
    bad_argument(post(emu, version, "findsimilars", raw))


@pytest.mark.emulator
@pytest.mark.parametrize("number", NON_FINITE)
def test_a_non_finite_confidence_threshold_is_refused(emu: RunningEmulator, number: str) -> None:
    raw = (f'{{"faceIds": ["{FACE_ID}"], "personGroupId": "team", '
           f'"confidenceThreshold": {number}}}').encode()
    bad_argument(post(emu, "v1.0", "identify", raw))


@pytest.mark.emulator
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("value", ["NaN", "1e400", "1_000", "٣٠٠", "0x100", " 300 x"])
def test_integer_query_parameters_take_plain_digits_only(
    emu: RunningEmulator, version: str, value: str
) -> None:
    answer = httpx.post(
        f"{emu.endpoint}/face/{version}/detect", content=b"x" * 2048, timeout=30,
        params={"faceIdTimeToLive": value},
        headers={KEY_HEADER: emu.key, "Content-Type": "application/octet-stream"},
    )
    bad_argument(answer)
    answer = httpx.get(f"{emu.endpoint}/face/{version}/persongroups", params={"top": value},
                       headers={KEY_HEADER: emu.key}, timeout=30)
    bad_argument(answer)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"ActivityId": "at_1", "Limit": NaN}',
        b'{"ActivityId": "at_1", "Limit": Infinity}',
        b'{"ActivityId": "at_1", "Limit": 1e400}',
        b'{"ActivityId": "at_1", "Offset": 100000000000000000000000}',
    ],
)
def test_tencent_refuses_non_finite_and_out_of_range_numbers(
    http: Any, clock: Any, raw: bytes
) -> None:
    answer = call(http, clock, "DescribeMaterialList", None, raw=raw)
    assert code_of(answer) in {"InvalidParameter", "InvalidParameterValue"}, answer


def test_tencent_refuses_a_non_finite_fusion_number(http: Any, clock: Any) -> None:
    raw = (b'{"RspImgType": "base64", "ModelImage": "AAAA", "MergeInfos": [{"Image": "AAAA"}],'
           b' "FusionUltraParam": {"WarpRadio": NaN}}')
    answer = call(http, clock, "FuseFaceUltra", None, raw=raw)
    assert code_of(answer) in {"InvalidParameter", "InvalidParameterValue"}, answer


# -- item 4: invalid Unicode ----------------------------------------------------------


@pytest.mark.emulator
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(
    "raw",
    [b'{"name": "\\ud800"}', b'{"name": "ok", "userData": "a\\udfffb"}', b'{"name": "ok", "\\ud800": 1}'],
)
def test_a_lone_surrogate_in_any_text_is_a_bad_argument(
    emu: RunningEmulator, version: str, raw: bytes
) -> None:
    answer = httpx.put(
        f"{emu.endpoint}/face/{version}/persongroups/surrogates", content=raw, timeout=30,
        headers={KEY_HEADER: emu.key, "Content-Type": "application/json"},
    )
    bad_argument(answer)
    assert "Unicode" in answer.json()["error"]["message"]


@pytest.mark.emulator
def test_the_export_survives_a_logged_lone_surrogate(emu: RunningEmulator) -> None:
    raw = b'{"name": "\\ud800 logged"}'
    httpx.put(f"{emu.endpoint}/face/v1.0/persongroups/logged", content=raw, timeout=30,
              headers={KEY_HEADER: emu.key, "Content-Type": "application/json"})
    text = emu.requests.jsonl()
    text.encode("utf-8")  # no lone surrogate left unescaped
    assert all(json.loads(line) for line in text.splitlines())  # still JSON Lines
    assert "ud800 logged" in text  # shown as its escape
    export = httpx.get(f"{emu.dashboard_url}requests.jsonl", timeout=30)
    assert export.status_code == 200, export.text


def test_tencent_refuses_a_lone_surrogate(http: Any, clock: Any) -> None:
    raw = b'{"ActivityId": "at_\\ud800"}'
    answer = call(http, clock, "DescribeMaterialList", None, raw=raw)
    assert code_of(answer) == "InvalidParameterValue", answer


# -- item 5: URLs ---------------------------------------------------------------------

BAD_URLS = [
    "http://127.0.0.1/a\r\nX-Injected: 1",
    "http://127.0.0.1/a\nb",
    "http://127.0.0.1/a b.jpg",
    "http://127.0.0.1/\x00.jpg",
    "http://127.0.0.1/\x7f.jpg",
    "http://127.0.0.1:99999/a.jpg",
    "http://[::1/a.jpg",
    "http://127.0.0.1/" + "a" * 5000,
    "ftp://127.0.0.1/a.jpg",
    "file:///etc/passwd",
    "javascript:alert(1)",
]


@pytest.mark.emulator
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("url", BAD_URLS)
def test_a_bad_image_url_is_invalid_url(emu: RunningEmulator, version: str, url: str) -> None:
    answer = post(emu, version, "detect", json.dumps({"url": url}).encode())
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "InvalidURL", answer.text


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_bad_tencent_image_url_is_url_illegal(http: Any, clock: Any, url: str) -> None:
    body = {"RspImgType": "base64", "ModelUrl": url, "MergeInfos": [{"Image": "AAAA"}]}
    answer = call(http, clock, "FuseFaceUltra", body)
    assert code_of(answer) == "InvalidParameterValue.UrlIllegal", answer


# -- liveness (v1.2 only): the form's and the JSON body's numbers ---------------------


def liveness_form(**fields: str) -> list[tuple[str, tuple[str | None, bytes, str]]]:
    form = [("livenessOperationMode", (None, b"Passive", "text/plain")),
            ("deviceCorrelationId", (None, b"kiosk-7", "text/plain"))]
    form += [(name, (None, value.encode(), "text/plain")) for name, value in fields.items()]
    form.append(("verifyImage", ("reference.png", b"\x89PNG" + b"\0" * 2000, "image/png")))
    return form


@pytest.mark.emulator
@pytest.mark.parametrize("ttl", ["1_000", "٣٠٠", "1e3", "NaN"])
def test_liveness_form_integers_take_plain_digits_only(emu: RunningEmulator, ttl: str) -> None:
    answer = httpx.post(f"{emu.endpoint}/face/v1.2/detectLivenessWithVerify-sessions",
                        files=liveness_form(authTokenTimeToLiveInSeconds=ttl),
                        headers={KEY_HEADER: emu.key}, timeout=30)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "InvalidTokenLifetime", answer.text


@pytest.mark.emulator
@pytest.mark.parametrize("number", NON_FINITE)
def test_liveness_json_numbers_must_be_finite(emu: RunningEmulator, number: str) -> None:
    raw = (b'{"livenessOperationMode": "Passive", "deviceCorrelationId": "kiosk-7", '
           b'"authTokenTimeToLiveInSeconds": ' + number.encode() + b"}")
    answer = post(emu, "v1.2", "detectLiveness-sessions", raw)
    assert answer.status_code == 400, answer.text
