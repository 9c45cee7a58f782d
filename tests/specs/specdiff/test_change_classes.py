"""Each kind of spec change, made on a small hand-made spec, is found, worded and classed as a
client would class it: what an existing client relies on going away or tightening is
breaking, something new it may ignore is additive."""

from __future__ import annotations

import copy
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.specs.specdiff.conftest import base_spec

Spec = dict[str, Any]


def changed(edit: Callable[[Spec], None]) -> Spec:
    spec = base_spec()
    edit(spec)
    return spec


def lines(spec_diff: ModuleType, before: Spec, after: Spec) -> list[tuple[bool, str, str, str]]:
    report = spec_diff.compare(before, after)
    return [(c.breaking, c.operation, c.where, c.what) for c in report.changes]


def thing(spec: Spec) -> Spec:
    schema: Spec = spec["components"]["schemas"]["Thing"]
    return schema


def get_op(spec: Spec) -> Spec:
    op: Spec = spec["paths"]["/things/{thingId}"]["get"]
    return op


def test_operation_added_is_additive_and_removed_is_breaking(spec_diff: ModuleType) -> None:
    def add(spec: Spec) -> None:
        spec["paths"]["/things"] = {"get": {"operationId": "listThings", "responses": {"200": {"description": "ok"}}}}

    def remove(spec: Spec) -> None:
        del spec["paths"]["/things/{thingId}"]["put"]

    assert lines(spec_diff, base_spec(), changed(add)) == [(False, "GET /things", "", "operation added")]
    assert lines(spec_diff, base_spec(), changed(remove)) == [
        (True, "PUT /things/{thingId}", "", "operation removed")
    ]
    def add_method(spec: Spec) -> None:
        spec["paths"]["/things/{thingId}"]["delete"] = {"responses": {"204": {"description": "gone"}}}

    assert lines(spec_diff, base_spec(), changed(add_method)) == [
        (False, "DELETE /things/{thingId}", "", "operation added")
    ]


def test_parameters_required_added_breaks_optional_added_does_not(spec_diff: ModuleType) -> None:
    def add(required: bool) -> Callable[[Spec], None]:
        def edit(spec: Spec) -> None:
            param = {"name": "mode", "in": "query", "required": required, "schema": {"type": "string"}}
            get_op(spec)["parameters"].append(param)

        return edit

    assert lines(spec_diff, base_spec(), changed(add(True))) == [
        (True, "GET /things/{thingId}", "", "required query parameter `mode` added")
    ]
    assert lines(spec_diff, base_spec(), changed(add(False))) == [
        (False, "GET /things/{thingId}", "", "query parameter `mode` added")
    ]
    # the parameter's name comes from the document that still has it
    assert lines(spec_diff, changed(add(False)), base_spec()) == [
        (True, "GET /things/{thingId}", "", "query parameter `mode` removed")
    ]


def test_a_member_of_a_shared_schema_is_reported_where_each_operation_sees_it(
    spec_diff: ModuleType,
) -> None:
    def add(spec: Spec) -> None:
        thing(spec)["properties"]["colour"] = {"type": "string"}

    assert lines(spec_diff, base_spec(), changed(add)) == [
        (False, "GET /things/{thingId}", "response 200", "member `colour` added"),
        (False, "PUT /things/{thingId}", "request body", "member `colour` added"),
    ]

    def remove(spec: Spec) -> None:
        del thing(spec)["properties"]["kind"]

    # gone from the answer: a client reading it breaks; gone from the body: the server no
    # longer knows what a client sends
    assert lines(spec_diff, base_spec(), changed(remove)) == [
        (True, "GET /things/{thingId}", "response 200", "member `kind` removed"),
        (True, "PUT /things/{thingId}", "request body", "member `kind` removed"),
    ]


def test_a_request_member_made_required_is_breaking(spec_diff: ModuleType) -> None:
    def require(spec: Spec) -> None:
        thing(spec)["required"].append("size")

    # `size` has a default, so the wire still works; the generated model gains an argument
    assert lines(spec_diff, base_spec(), changed(require)) == [
        (False, "GET /things/{thingId}", "response 200", "member `size` became required"),
        (True, "PUT /things/{thingId}", "request body", "member `size` became required"),
    ]


def test_enum_values(spec_diff: ModuleType) -> None:
    def drop(spec: Spec) -> None:
        thing(spec)["properties"]["kind"]["enum"] = ["a"]

    def grow(spec: Spec) -> None:
        thing(spec)["properties"]["kind"]["enum"] = ["a", "b", "c"]

    removed = lines(spec_diff, base_spec(), changed(drop))
    assert (True, "PUT /things/{thingId}", "request body member `kind`", 'enum value `"b"` removed') in removed
    added = lines(spec_diff, base_spec(), changed(grow))
    assert (False, "PUT /things/{thingId}", "request body member `kind`", 'enum value `"c"` added') in added


def test_limits_tightened_break_loosened_do_not(spec_diff: ModuleType) -> None:
    def limit(value: int) -> Callable[[Spec], None]:
        def edit(spec: Spec) -> None:
            thing(spec)["properties"]["id"]["maxLength"] = value

        return edit

    where = ("PUT /things/{thingId}", "request body member `id`")
    assert (True, *where, "maxLength `64` → `32`") in lines(spec_diff, base_spec(), changed(limit(32)))
    assert (False, *where, "maxLength `64` → `128`") in lines(spec_diff, base_spec(), changed(limit(128)))

    def top(spec: Spec) -> None:
        get_op(spec)["parameters"][1]["schema"]["maximum"] = 10

    assert lines(spec_diff, base_spec(), changed(top)) == [
        (True, "GET /things/{thingId}", "query parameter `top`", "maximum `1000` → `10`")
    ]


def test_default_changed_names_both_values(spec_diff: ModuleType) -> None:
    def default(spec: Spec) -> None:
        thing(spec)["properties"]["size"]["default"] = 20

    found = lines(spec_diff, base_spec(), changed(default))
    assert (True, "PUT /things/{thingId}", "request body member `size`", "default `10` → `20`") in found


def test_a_changed_type_is_breaking_in_answers_too(spec_diff: ModuleType) -> None:
    def widen(spec: Spec) -> None:
        thing(spec)["properties"]["size"]["type"] = "number"

    found = lines(spec_diff, base_spec(), changed(widen))
    assert (True, "GET /things/{thingId}", "response 200 member `size`", 'type `"integer"` → `"number"`') in found


def test_members_inside_arrays_are_named_with_brackets(spec_diff: ModuleType) -> None:
    def listing(spec: Spec) -> None:
        schema = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
        spec["paths"]["/things"] = {
            "get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}
        }

    def listing_plus(spec: Spec) -> None:
        listing(spec)
        thing(spec)["properties"]["kind"]["maxLength"] = 3

    found = lines(spec_diff, changed(listing), changed(listing_plus))
    assert (False, "GET /things", "response 200 member `[].kind`", "maxLength `3` added") in found


def test_documentation_only_changes_are_counted_not_listed(spec_diff: ModuleType) -> None:
    def reword(spec: Spec) -> None:
        get_op(spec)["description"] = "Read a thing, reworded."

    report = spec_diff.compare(base_spec(), changed(reword))
    assert report.changes == () and report.hidden == 1 and not report.breaking
    text = spec_diff.spec_changes.render("t", report)
    assert "No change a client can see." in text and "1 documentation-only change " in text


def test_markdown_groups_breaking_and_additive_and_joins_operations(spec_diff: ModuleType) -> None:
    def edit(spec: Spec) -> None:
        thing(spec)["properties"]["colour"] = {"type": "string"}
        del spec["paths"]["/things/{thingId}"]["put"]["requestBody"]["content"]["application/json"]["schema"]
        thing(spec)["required"].append("kind")

    report = spec_diff.compare(base_spec(), changed(edit))
    text = spec_diff.spec_changes.render("`spec.yaml`", report)
    breaking, additive = text.split("**Additive**")
    assert text.startswith("#### `spec.yaml`\n")
    assert "**Breaking**" in breaking
    assert "- `GET /things/{thingId}`: response 200: member `colour` added" in additive
    assert "colour" not in breaking
    assert report.breaking


# -- the property: a spec compared with itself shows no change ------------------------------

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
scalars = st.sampled_from(["string", "integer", "number", "boolean"])
leaf_schemas = st.builds(
    lambda kind, limit, enum: {"type": kind, **({"maximum": limit} if kind != "string" else {"maxLength": limit}),
                               **({"enum": enum} if kind == "string" and enum else {})},
    scalars, st.integers(1, 1000), st.lists(names, max_size=3, unique=True),
)
object_schemas = st.dictionaries(names, leaf_schemas, max_size=4).map(
    lambda props: {"type": "object", "properties": props, "required": sorted(props)[:1]}
)


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    schemas = draw(st.dictionaries(names, object_schemas, min_size=1, max_size=3))
    refs = [f"#/components/schemas/{name}" for name in schemas]
    paths: Spec = {}
    for path in draw(st.lists(names, min_size=1, max_size=3, unique=True)):
        ops: Spec = {}
        for method in draw(st.lists(st.sampled_from(["get", "put", "post", "delete"]), min_size=1, unique=True)):
            op: Spec = {
                "parameters": [{"name": n, "in": "query", "required": draw(st.booleans()), "schema": s}
                               for n, s in draw(st.dictionaries(names, leaf_schemas, max_size=2)).items()],
                "responses": {"200": {"description": "ok", "content": {
                    "application/json": {"schema": {"$ref": draw(st.sampled_from(refs))}}}}},
            }
            if method in {"put", "post"}:
                op["requestBody"] = {"content": {"application/json": {"schema": {"$ref": draw(st.sampled_from(refs))}}}}
            ops[method] = op
        paths[f"/{path}"] = ops
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths,
            "components": {"schemas": schemas}}


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(specs())
def test_a_spec_compared_with_itself_shows_no_change(spec_diff: ModuleType, spec: Spec) -> None:
    report = spec_diff.compare(spec, copy.deepcopy(spec))
    assert report.changes == () and report.hidden == 0 and not report.breaking


@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(specs())
def test_a_new_operation_on_any_spec_is_one_additive_change(spec_diff: ModuleType, spec: Spec) -> None:
    after = copy.deepcopy(spec)
    after["paths"]["/zz-new"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    assert spec_diff.compare(spec, after).changes == (
        spec_diff.spec_changes.Change(False, "GET /zz-new", "", "operation added"),
    )


@pytest.mark.parametrize("kind", ["non-breaking", "deprecated"])
def test_the_tools_additive_classes(spec_diff: ModuleType, kind: str) -> None:
    assert spec_diff.spec_changes.is_breaking(kind, "add", ["paths", "/a", "get"]) is False


def test_unclassified_counts_as_breaking_except_an_extension_gaining_a_value(spec_diff: ModuleType) -> None:
    is_breaking = spec_diff.spec_changes.is_breaking
    assert is_breaking("unclassified", "add", ["paths", "/a", "get", "security", 0]) is True
    assert is_breaking("unclassified", "add", ["paths", "/a", "get", "x-facekit-api-versions", 2]) is False
    assert is_breaking("unclassified", "remove", ["paths", "/a", "get", "x-facekit-api-versions", 2]) is True


def test_parameters_are_named_from_the_right_document(spec_diff: ModuleType) -> None:
    """The tool numbers a changed parameter as it stood before and an added one after the
    others; the path's shared parameters count after the operation's own."""

    def shared(spec: Spec) -> None:
        spec["paths"]["/things/{thingId}"]["parameters"] = [
            {"name": "region", "in": "header", "schema": {"type": "string", "maxLength": 10}}
        ]

    def edit(spec: Spec) -> None:
        shared(spec)
        get_op(spec)["parameters"].insert(0, {"name": "mode", "in": "query", "schema": {"type": "string"}})
        get_op(spec)["parameters"][2]["schema"]["maximum"] = 10  # `top`, now third
        spec["paths"]["/things/{thingId}"]["parameters"][0]["schema"]["maxLength"] = 5

    found = lines(spec_diff, changed(shared), changed(edit))
    assert (False, "GET /things/{thingId}", "", "query parameter `mode` added") in found
    assert (True, "GET /things/{thingId}", "query parameter `top`", "maximum `1000` → `10`") in found
    assert (True, "GET /things/{thingId}", "header parameter `region`", "maxLength `10` → `5`") in found
    assert (True, "PUT /things/{thingId}", "header parameter `region`", "maxLength `10` → `5`") in found


def test_a_schema_by_ref_against_the_same_schema_written_out_compares_member_by_member(
    spec_diff: ModuleType,
) -> None:
    """A hand-written spec refers to components where an imported one may write schemas out."""

    def written_out(spec: Spec) -> None:
        schema = copy.deepcopy(thing(spec))
        schema["properties"]["colour"] = {"type": "string"}
        get_op(spec)["responses"]["200"]["content"]["application/json"]["schema"] = schema

    assert lines(spec_diff, base_spec(), changed(written_out)) == [
        (False, "GET /things/{thingId}", "response 200", "member `colour` added")
    ]


def test_a_recursive_schema_is_compared_without_looping(spec_diff: ModuleType) -> None:
    def recursive(spec: Spec) -> None:
        thing(spec)["properties"]["parts"] = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}

    def deeper(spec: Spec) -> None:
        recursive(spec)
        thing(spec)["properties"]["id"]["maxLength"] = 32

    found = lines(spec_diff, changed(recursive), changed(deeper))
    assert (True, "PUT /things/{thingId}", "request body member `id`", "maxLength `64` → `32`") in found


def test_response_headers(spec_diff: ModuleType) -> None:
    def header(fmt: str | None) -> Callable[[Spec], None]:
        def edit(spec: Spec) -> None:
            schema = {"type": "string", **({"format": fmt} if fmt else {})}
            spec["paths"]["/things/{thingId}"]["put"]["responses"]["200"]["headers"] = {
                "Location": {"schema": schema}
            }

        return edit

    # a format is a Python type in generated code (str → UUID, datetime), so it breaks
    assert lines(spec_diff, changed(header(None)), changed(header("uri"))) == [
        (True, "PUT /things/{thingId}", "response 200 header `Location`", 'format `"uri"` added')
    ]
    assert lines(spec_diff, changed(header(None)), base_spec()) == [
        (True, "PUT /things/{thingId}", "response 200", "header `Location` removed")
    ]


def test_a_change_many_operations_see_lists_them_one_a_line(spec_diff: ModuleType) -> None:
    changes = spec_diff.spec_changes
    ops = [f"GET /t{i}" for i in range(4)]
    report = changes.Report(
        (
            *(changes.Change(True, op, "response 200", "member `a` removed") for op in ops),
            *(changes.Change(False, op, "", "operation added") for op in ops[:3]),
        ),
        0,
    )
    assert changes.render("`s.yaml`", report) == (
        "#### `s.yaml`\n\n**Breaking**\n\n"
        "- response 200: member `a` removed, in 4 operations:\n"
        "  - `GET /t0`\n  - `GET /t1`\n  - `GET /t2`\n  - `GET /t3`\n\n"
        "**Additive**\n\n"
        "- `GET /t0`, `GET /t1`, `GET /t2`: operation added\n"
    )


def test_nullable_widens_a_request_and_breaks_an_answer(spec_diff: ModuleType) -> None:
    def nullable(spec: Spec) -> None:
        thing(spec)["properties"]["kind"]["nullable"] = True

    assert lines(spec_diff, base_spec(), changed(nullable)) == [
        (True, "GET /things/{thingId}", "response 200 member `kind`", "`nullable` `true` added"),
        (False, "PUT /things/{thingId}", "request body member `kind`", "`nullable` `true` added"),
    ]
    assert [c[0] for c in lines(spec_diff, changed(nullable), base_spec())] == [False, True]
