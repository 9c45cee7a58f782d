"""Properties of the Tencent parameter reader (facekit/emulator/tencent/params.py).

* Whatever a query string or a JSON document holds, :func:`from_query` and
  :func:`validate` answer a document or a :class:`TencentApiError`, nothing else.
* Round trip: a document that satisfies an action's schema, flattened for a GET the
  way Tencent's own Python SDK does it (``AbstractClient._format_params`` + ``urlencode``),
  reads back as the same document, which :func:`validate` accepts unchanged.
* Every number read is finite (JSON has no NaN or Infinity).
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tencentcloud.common.abstract_client import AbstractClient

from facekit.emulator.tencent.params import (
    ACTIONS,
    ADD_MATERIAL,
    Field,
    TencentApiError,
    from_query,
    validate,
)

SCHEMAS: dict[str, Mapping[str, Field]] = {**ACTIONS, "AddMaterial": ADD_MATERIAL}
BOUNDED = settings(max_examples=150, deadline=None, derandomize=True, database=None)

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)


def values_of(spec: Field) -> st.SearchStrategy[Any]:
    """Values that satisfy ``spec`` and that a query can carry."""
    if spec.kind == "string":
        return texts
    if spec.kind == "integer":
        return st.integers(min_value=-(2**63), max_value=2**63 - 1)  # Tencent integers are Int64
    if spec.kind == "number":
        return st.integers(-1000, 1000) | st.floats(allow_nan=False, allow_infinity=False)
    if spec.kind == "object":  # a query cannot carry an empty object: the SDK drops it
        return documents(spec.members or {}).filter(bool)
    assert spec.items is not None
    return st.lists(values_of(spec.items), min_size=1, max_size=3)


def documents(members: Mapping[str, Field]) -> st.SearchStrategy[dict[str, Any]]:
    required = {name: values_of(spec) for name, spec in members.items() if spec.required}
    optional = {name: values_of(spec) for name, spec in members.items() if not spec.required}
    return st.fixed_dictionaries(required, optional=optional)


def sdk_query(document: Mapping[str, Any]) -> str:
    """The query string Tencent's Python SDK sends for ``document`` in a GET request."""
    sdk = AbstractClient.__new__(AbstractClient)  # _format_params uses no client state
    return urlencode(sdk._format_params(None, document))


def numbers_in(value: Any) -> list[float]:
    if isinstance(value, dict):
        return [n for v in value.values() for n in numbers_in(v)]
    if isinstance(value, list):
        return [n for v in value for n in numbers_in(v)]
    return [value] if isinstance(value, float) else []


@pytest.mark.parametrize("action", sorted(SCHEMAS))
def test_a_valid_document_survives_the_sdk_query_round_trip(action: str) -> None:
    members = SCHEMAS[action]

    @BOUNDED
    @given(documents(members))
    def check(document: dict[str, Any]) -> None:
        read = from_query(sdk_query(document), members)
        assert read == document
        assert validate(read, members) == document

    check()


keys = st.lists(
    st.sampled_from(["MergeInfos", "Url", "0", "1", "12", "FuseParam", "ImageCodecParam",
                     "MetaData", "MetaKey", "ActivityId", "Limit", "FusionUltraParam",
                     "WarpRadio", "", "x", "01", "\u00b2", "\u0663", "FusionUltraParam.WarpRadio"]),
    min_size=1, max_size=6,
).map(".".join)
queries = st.lists(st.tuples(keys | texts, texts | st.sampled_from(["nan", "inf", "-1e400", "1_0"])),
                   max_size=6).map(urlencode) | st.text(max_size=60)


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_any_query_reads_as_a_document_or_a_tencent_error(action: str) -> None:
    members = ACTIONS[action]

    @BOUNDED
    @given(queries)
    def check(query: str) -> None:
        with contextlib.suppress(TencentApiError):
            document = from_query(query, members)
            assert isinstance(document, dict)
            assert all(math.isfinite(n) for n in numbers_in(document)), document
            validate(document, members)

    check()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["MergeInfos", "Url", "X", "Limit", "ActivityId",
                                       "FusionUltraParam", "WarpRadio", "LogoParam",
                                       "LogoRect", "other"]) | texts, inner, max_size=4),
    max_leaves=12,
)


@pytest.mark.parametrize("action", sorted(SCHEMAS))
def test_any_json_document_validates_or_raises_a_tencent_error(action: str) -> None:
    members = SCHEMAS[action]

    @BOUNDED
    @given(json_values)
    def check(document: Any) -> None:
        with contextlib.suppress(TencentApiError):
            assert validate(document, members) is document
            assert all(math.isfinite(n) for n in numbers_in(document)), document

    check()


@pytest.mark.parametrize("query", ["0=x", "0=x&1=y", "0.Url=x"])
def test_a_query_whose_top_level_names_are_indexes_is_refused(query: str) -> None:
    with pytest.raises(TencentApiError) as info:
        validate(from_query(query, ACTIONS["FuseFace"]), ACTIONS["FuseFace"])
    assert info.value.code == "UnknownParameter" and "`0`" in info.value.message


@pytest.mark.parametrize("index", ["01", "00", "\u00b2", "\u0663", "1_0", "+0"])
def test_an_index_written_another_way_is_not_an_index(index: str) -> None:
    with pytest.raises(TencentApiError) as info:
        query = f"ProjectId=p&ModelId=m&RspImgType=url&MergeInfos.{index}.Url=a"
        validate(from_query(query, ACTIONS["FuseFace"]), ACTIONS["FuseFace"])
    assert info.value.code == "InvalidParameter" and "`MergeInfos` must be an array" in info.value.message


def test_a_query_nested_past_the_recursion_limit_is_refused() -> None:
    query = urlencode({".".join(["MergeInfos"] * 3000): "x"})
    with pytest.raises(TencentApiError) as info:
        from_query(query, ACTIONS["FuseFace"])
    assert info.value.code == "InvalidParameter" and "too deeply" in info.value.message


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-Infinity", "1e400"])
def test_a_number_that_is_not_finite_is_refused_in_a_query(value: str) -> None:
    members = ACTIONS["FuseFaceUltra"]
    with pytest.raises(TencentApiError) as info:
        from_query(f"FusionUltraParam.WarpRadio={value}", members)
    assert info.value.code == "InvalidParameter" and "FusionUltraParam.WarpRadio" in info.value.message


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_number_that_is_not_finite_is_refused_in_a_body(literal: str) -> None:
    document = json.loads('{"RspImgType": "url", "MergeInfos": [{"Url": "u"}], '
                          f'"FusionUltraParam": {{"MpRadio": {literal}}}}}')
    with pytest.raises(TencentApiError) as info:
        validate(document, ACTIONS["FuseFaceUltra"])
    assert info.value.code == "InvalidParameter" and "FusionUltraParam.MpRadio" in info.value.message
