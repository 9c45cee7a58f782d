"""The cassette recipe's pieces on their own (gaps the mutation run found): the Tencent
action matcher, the vcrpy settings by their real names, and a response without headers."""

from __future__ import annotations

from typing import Any

import pytest
import vcr
from vcr.request import Request

from facekit.testing.cassettes import (
    FILTERED_HEADERS,
    recording_config,
    scrub_request,
    scrub_response,
    tc_action_matches,
)


def tencent(action: str | None, *, name: str = "X-TC-Action") -> Request:
    headers = {"Content-Type": "application/json"}
    if action is not None:
        headers[name] = action
    return Request("POST", "https://facefusion.tencentcloudapi.com/", b"{}", headers)


def test_the_same_action_matches_in_any_header_case() -> None:
    assert tc_action_matches(tencent("FuseFace"), tencent("FuseFace"))
    assert tc_action_matches(tencent("FuseFace"), tencent("FuseFace", name="x-tc-action"))
    assert tc_action_matches(tencent(None), tencent(None))  # Azure requests: no action at all


@pytest.mark.parametrize(
    ("first", "second"),
    [("FuseFace", "DescribeMaterialList"), ("FuseFace", None), (None, "FuseFace")],
)
def test_different_actions_do_not_match(first: str | None, second: str | None) -> None:
    assert not tc_action_matches(tencent(first), tencent(second))


def test_a_recorded_action_stored_as_a_list_matches() -> None:
    # A request read back from a cassette may hold each header value as a list.
    recorded = tencent(None)
    recorded.headers = {"X-TC-Action": ["FuseFace"], "Content-Type": ["application/json"]}
    assert tc_action_matches(recorded, tencent("FuseFace"))
    assert not tc_action_matches(recorded, tencent("FuseFaceUltra"))


def test_vcrpy_takes_the_recipe_under_its_own_option_names() -> None:
    config = recording_config()
    assert config == {
        "filter_headers": FILTERED_HEADERS,
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,  # gzip bodies are scrubbed as plain text
    }
    recorder = vcr.VCR(**config)  # an unknown option name is a TypeError here
    assert recorder.decode_compressed_response is True
    assert recorder.filter_headers == FILTERED_HEADERS


def test_a_response_without_headers_or_body_is_left_alone() -> None:
    bare: dict[str, Any] = {"status": {"code": 204, "message": "No Content"}}
    assert scrub_response(bare) == {"status": {"code": 204, "message": "No Content"}}
    no_string: dict[str, Any] = {"headers": {}, "body": {}}
    assert scrub_response(no_string) == {"headers": {}, "body": {}}
