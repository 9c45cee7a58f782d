"""Turn the raw change list of two OpenAPI 3 documents into classed changes and Markdown.

The raw list comes from api-smart-diff (driven by ``scripts/spec_diff.py``): one entry per
change, with its JSON path through the document (``$ref``s resolved, so a change inside a
component appears under every operation that uses it), its action, the values before and
after, and the tool's class. This module only reads those entries:

- it keeps what a client of the API sees, under ``paths`` (a component no operation uses
  never reaches the wire, and a used one is already reported where it is used);
- it classes each change *breaking* or *additive*: the tool's ``non-breaking`` and
  ``deprecated`` are additive, ``unclassified`` counts as breaking so a person looks at it,
  ``annotation`` (descriptions, summaries, examples) is counted but not listed, and a few
  verdicts are corrected where a generated client sees them otherwise (``is_breaking``);
- it names the place in words (operation, parameter, request body or response, member)
  and the change (member added, enum value removed, ``maxLength`` 128 → 64, ...);
- the same change seen by several operations becomes one line naming them all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
ADDITIVE_TYPES = {"non-breaking", "deprecated"}
HIDDEN_TYPES = {"annotation"}
# schema keywords that constrain a value: a change to one is reported with both values
LIMITS = {
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "maxItems",
    "minItems",
    "maxProperties",
    "minProperties",
    "multipleOf",
    "pattern",
    "uniqueItems",
}
# a change seen by more operations than this lists them one a line
INLINE_OPERATIONS = 3
# keys that lead one level down a schema without naming a member
TRANSPARENT = {"allOf", "oneOf", "anyOf"}


@dataclass(frozen=True)
class Change:
    """One change a client can see: where (operation and place in it) and what."""

    breaking: bool
    operation: str  # "GET /persongroups", or "/persongroups" for a path's shared parameters
    where: str  # "request body member `name`"; empty when the change is the operation itself
    what: str  # "maxLength 128 → 64"


@dataclass(frozen=True)
class Report:
    """The classed changes between two versions of one spec."""

    changes: tuple[Change, ...]
    hidden: int  # documentation-only changes (descriptions, summaries, examples)

    @property
    def breaking(self) -> bool:
        return any(c.breaking for c in self.changes)


def classify(
    raw: Iterable[Mapping[str, Any]], before: Mapping[str, Any], after: Mapping[str, Any]
) -> Report:
    """Class and describe api-smart-diff's entries for the documents ``before`` → ``after``."""
    changes: list[Change] = []
    hidden = 0
    for entry in raw:
        path = list(entry["path"])
        if not path or path[0] != "paths":
            continue
        if entry["type"] in HIDDEN_TYPES:
            hidden += 1
            continue
        changes.append(describe(entry, before, after))
    return Report(tuple(dict.fromkeys(changes)), hidden)


def is_breaking(kind: str, action: str, path: Sequence[Any], after: Any = None) -> bool:
    """The tool's class, corrected where a generated client sees it otherwise.

    api-smart-diff judges the wire: an optional member dropped from an answer, or a member
    the server has a default for becoming required, cannot upset a request. A generated
    client is code, though: a removed member or enum value takes away a name that code
    uses, a newly required request member is a new argument every caller must pass (while
    a newly required answer member only promises more), and a changed ``type``, or a
    ``format`` added, removed or changed, changes the Python type the generated code uses
    (``uuid`` → ``UUID``, ``date-time`` → ``datetime``) on either side of the wire.
    ``nullable`` follows the side: a request that may now carry null is wider, an answer
    that may now carry null breaks a reader that did not expect it (the tool sees both
    the other way round).
    A vendor extension (``x-...``) is outside the tool's rules (``unclassified``): something
    added to one (a version in ``x-facekit-api-versions``) is additive, anything else about
    it breaking. The tool's ``unclassified`` elsewhere counts as breaking, so a person looks.
    """
    parent = path[-2] if len(path) >= 2 else None
    if (
        parent != "properties"
        and path
        and (path[-1] == "format" or (action == "replace" and path[-1] == "type"))
    ):
        return True
    if path and path[-1] == "nullable" and parent != "properties":
        # null allowed in a request widens it; null in an answer is new to its readers
        allows_null = action == "add" or (action == "replace" and after is True)
        return allows_null == ("responses" in path)
    if action == "remove" and parent in {"properties", "enum"}:
        return True
    if action == "add" and parent == "required":
        return "responses" not in path
    if kind == "unclassified" and any(str(key).startswith("x-") for key in path):
        return action != "add"
    return kind not in ADDITIVE_TYPES


def describe(
    entry: Mapping[str, Any], before: Mapping[str, Any], after: Mapping[str, Any]
) -> Change:
    """One entry under ``paths`` in words."""
    action: str = entry["action"]
    path: list[Any] = list(entry["path"])
    breaking = is_breaking(entry["type"], action, path, entry.get("after"))
    url = str(path[1])
    if len(path) == 2:
        return Change(breaking, f"/{url.lstrip('/')}", "", _whole("path", action))
    if path[2] in METHODS:
        operation, rest = f"{str(path[2]).upper()} {url}", path[3:]
    else:
        operation, rest = url, path[2:]
    if not rest:
        return Change(breaking, operation, "", _whole("operation", action))
    where, what = _inside(rest, entry, _parameters(before, path[1:3]), after)
    return Change(breaking, operation, where, what)


def _parameters(doc: Mapping[str, Any], where: Sequence[Any]) -> list[Any]:
    """The parameters of an operation as the tool numbers them: the operation's own, then
    the path's shared ones (the tool merges those into every operation)."""
    item = _resolve_path(doc, ["paths", where[0]])
    if not isinstance(item, Mapping):
        return []
    operation = item.get(where[1]) if len(where) > 1 and where[1] in METHODS else None
    own = operation.get("parameters", []) if isinstance(operation, Mapping) else []
    shared = item.get("parameters", [])
    params = [
        *(own if isinstance(own, list) else []),
        *(shared if isinstance(shared, list) else []),
    ]
    return [_deref(doc, param) for param in params]


def _inside(
    rest: list[Any], entry: Mapping[str, Any], before_params: list[Any], after: Mapping[str, Any]
) -> tuple[str, str]:
    """Where inside an operation, and what. The tool's path indexes the document before the
    change (an added array item gets the next free index instead), so a changed or removed
    parameter is looked up there and an added one is the entry's own value."""
    action: str = entry["action"]
    head = rest[0]
    if head == "parameters" and len(rest) >= 2:
        index = rest[1]
        if action == "add" and len(rest) == 2:
            param = _deref(after, entry.get("after"))
        elif isinstance(index, int) and 0 <= index < len(before_params):
            param = before_params[index]
        else:
            param = None
        name = (
            f"{param.get('in', '?')} parameter `{param.get('name', '?')}`"
            if isinstance(param, Mapping)
            else "parameter"
        )
        sub = rest[2:]
        if not sub:
            required = isinstance(param, Mapping) and param.get("required") is True
            return "", _whole(f"{'required ' if required else ''}{name}", action)
        if sub[0] == "schema":
            return _in_schema(name, sub[1:], entry)
        return name, _keyword(str(sub[0]), entry)
    if head == "requestBody":
        return _in_body("request body", rest[1:], entry)
    if head == "responses" and len(rest) >= 2:
        return _in_body(f"response {rest[1]}", rest[2:], entry)
    if head == "deprecated" and len(rest) == 1:
        return "", "operation deprecated" if entry.get(
            "after"
        ) is True else "operation no longer deprecated"
    return "", _keyword(str(head), entry)


def _in_body(name: str, sub: list[Any], entry: Mapping[str, Any]) -> tuple[str, str]:
    action: str = entry["action"]
    if not sub:
        return "", _whole(name, action)
    if sub[0] == "content" and len(sub) >= 2:
        if len(sub) == 2:
            return name, _whole(f"media type `{sub[1]}`", action)
        if sub[2] == "schema":
            return _in_schema(name, sub[3:], entry)
        return f"{name} (`{sub[1]}`)", _keyword(str(sub[2]), entry)
    if sub[0] == "headers" and len(sub) == 1 and action in {"add", "remove"}:
        value = entry.get("after") if action == "add" else entry.get("before")
        names = ", ".join(f"`{n}`" for n in value) if isinstance(value, Mapping) else "`?`"
        plural = "s" if isinstance(value, Mapping) and len(value) > 1 else ""
        return name, _whole(f"header{plural} {names}", action)
    if sub[0] == "headers" and len(sub) >= 2:
        header = f"{name} header `{sub[1]}`"
        if len(sub) > 2 and sub[2] == "schema":
            return _in_schema(header, sub[3:], entry)
        return (
            (header, _keyword(str(sub[2]), entry))
            if len(sub) > 2
            else (name, _whole(f"header `{sub[1]}`", action))
        )
    return name, _keyword(str(sub[0]), entry)


def _in_schema(name: str, sub: list[Any], entry: Mapping[str, Any]) -> tuple[str, str]:
    """Walk a path inside a schema: member names, ``[]`` for array items, then the keyword."""
    action: str = entry["action"]
    member: list[str] = []
    i = 0
    while i < len(sub):
        key = sub[i]
        if key == "properties" and i + 1 < len(sub):
            if i + 2 == len(sub):  # the member itself was added or removed
                return name, _whole(f"member `{_dotted([*member, str(sub[i + 1])])}`", action)
            member.append(str(sub[i + 1]))
            i += 2
        elif key == "items":
            member.append("[]")
            i += 1
        elif key == "additionalProperties":
            member.append("{}")
            i += 1
        elif key in TRANSPARENT and i + 1 < len(sub):
            i += 2
        elif key == "enum":
            return _place(name, member), _enum(entry, i + 1 < len(sub))
        elif key == "required" and i + 1 < len(sub):
            value = entry.get("after") if action == "add" else entry.get("before")
            state = {"add": "became required", "remove": "no longer required"}.get(
                action, "changed required member"
            )
            return name, f"member `{_dotted([*member, str(value)])}` {state}"
        else:
            return _place(name, member), _keyword(str(key), entry)
    return _place(name, member), _whole("schema", action)


def _place(name: str, member: Sequence[str]) -> str:
    return f"{name} member `{_dotted(member)}`" if member else name


def _dotted(member: Sequence[str]) -> str:
    """``["results", "[]", "id"]`` → ``results[].id``."""
    text = ""
    for part in member:
        text += part if part in {"[]", "{}"} or not text else f".{part}"
    return text


def _enum(entry: Mapping[str, Any], one_value: bool) -> str:
    action: str = entry["action"]
    if not one_value:
        return _keyword("enum", entry)
    if action == "add":
        return f"enum value {_show(entry.get('after'))} added"
    if action == "remove":
        return f"enum value {_show(entry.get('before'))} removed"
    return f"enum value {_show(entry.get('before'))} → {_show(entry.get('after'))}"


def _keyword(key: str, entry: Mapping[str, Any]) -> str:
    """A keyword's change, with both values when they are short (limits, defaults, types)."""
    action: str = entry["action"]
    label = f"`{key}`" if key not in LIMITS and key not in {"default", "type", "format"} else key
    if action == "add":
        return f"{label} {_show(entry.get('after'))} added"
    if action == "remove":
        return f"{label} {_show(entry.get('before'))} removed"
    if action == "rename":
        return f"{label} renamed {_show(entry.get('before'))} → {_show(entry.get('after'))}"
    return f"{label} {_show(entry.get('before'))} → {_show(entry.get('after'))}"


def _whole(thing: str, action: str) -> str:
    return (
        f"{thing} {'added' if action == 'add' else 'removed' if action == 'remove' else 'changed'}"
    )


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return f"`{text}`" if len(text) <= 80 else "(a value too long to show)"


def inline_refs(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``doc`` whose ``paths`` hold a copy of each local ``$ref``'s target instead
    of the ``$ref`` (one that points back into its own chain stays, so recursion ends).

    api-smart-diff resolves ``$ref``s itself, but a schema given by ``$ref`` on one side
    and written out on the other (a hand-written spec against an imported one) comes out
    of it as an ``allOf`` removed and a ``properties`` added, not as the members that
    differ. Written out on both sides, the schemas compare member by member.
    """

    def expand(node: Any, chain: tuple[str, ...]) -> Any:
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and ref not in chain:
                target = _deref(doc, {"$ref": ref})
                if not (isinstance(target, Mapping) and target.get("$ref") == ref):
                    siblings = {k: v for k, v in node.items() if k != "$ref"}
                    return expand({**target, **siblings}, (*chain, ref))
            return {key: expand(value, chain) for key, value in node.items()}
        if isinstance(node, list):
            return [expand(value, chain) for value in node]
        return node

    out = dict(doc)
    if isinstance(doc.get("paths"), Mapping):
        out["paths"] = expand(doc["paths"], ())
    return out


def _resolve_path(doc: Mapping[str, Any], path: Sequence[Any]) -> Any:
    """Follow ``path`` through ``doc``, following local ``$ref``s on the way."""
    node: Any = doc
    for key in path:
        node = _deref(doc, node)
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return _deref(doc, node)


def _deref(doc: Mapping[str, Any], node: Any) -> Any:
    seen: set[str] = set()
    while (
        isinstance(node, Mapping)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#/")
    ):
        ref: str = node["$ref"]
        if ref in seen:
            return node
        seen.add(ref)
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or part not in target:
                return node
            target = target[part]
        node = target
    return node


def render(title: str, report: Report) -> str:
    """Markdown for one spec: a heading, then breaking and additive changes, one line each."""
    lines = [f"#### {title}", ""]
    if not report.changes:
        lines.append("No change a client can see.")
    for breaking, heading in ((True, "Breaking"), (False, "Additive")):
        grouped: dict[tuple[str, str], list[str]] = {}
        for change in report.changes:
            if change.breaking is breaking:
                grouped.setdefault((change.where, change.what), []).append(change.operation)
        if not grouped:
            continue
        lines += [f"**{heading}**", ""]
        for (where, what), operations in grouped.items():
            ops = list(dict.fromkeys(operations))
            text = f"{where}: {what}" if where else what
            if len(ops) <= INLINE_OPERATIONS:
                lines.append(f"- {', '.join(f'`{op}`' for op in ops)}: {text}")
            else:  # one operation a line, under the change
                lines.append(f"- {text}, in {len(ops)} operations:")
                lines += [f"  - `{op}`" for op in ops]
        lines.append("")
    if report.hidden:
        lines.append(
            f"({report.hidden} documentation-only change{'s' if report.hidden != 1 else ''}"
            " (descriptions, summaries, examples) not listed.)"
        )
    return "\n".join(lines).rstrip() + "\n"
