"""Griffe extension: the reST markup of facekit's docstrings, made Markdown before parsing.

facekit's docstrings use Sphinx roles (``:class:`~facekit.ratelimit.RateLimiter```) and
reST literal blocks (a paragraph ending in ``::``) so that they read well in IDEs and
``help()``. mkdocstrings renders Markdown, where both would show as raw text. This
extension rewrites each docstring once the package is loaded:

* each role becomes an optional autorefs link: a link where the target is documented,
  plain code where it is not. A short target (``:func:`run_emulator```) is resolved in
  the docstring's own scope, as Sphinx resolves it, so that it links too;
* ``text::`` before an indented block becomes ``text:`` and a lone ``::`` line goes (the
  indented block itself is already a Markdown code block).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(class|func|meth|attr|mod|exc|data|obj|const):`(~?)([^`<>]+?)`")
LITERAL_MARKER = re.compile(r"(\s?)::$")

Resolver = Callable[[str], str]


def _keep(target: str) -> str:
    return target


def _replace(match: re.Match[str], resolve: Resolver) -> str:
    role, short, target = match.groups()
    target = target.strip().removesuffix("()")
    shown = target.rsplit(".", 1)[-1] if short else target
    if role in ("func", "meth"):
        shown += "()"
    return (
        f'<autoref identifier="{html.escape(resolve(target))}" optional>'
        f"<code>{html.escape(shown)}</code></autoref>"
    )


def _literal_markers(text: str) -> str:
    """reST's ``::`` before a literal block, dropped (``text::`` keeps one colon)."""
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        marker = LITERAL_MARKER.search(line)
        if marker is None or following is None or following.strip():
            out.append(line)
        elif line.strip() == "::":
            continue
        else:
            out.append(line[: marker.start()] + ("" if marker.group(1) else ":"))
    return "\n".join(out)


def rewrite(text: str, resolve: Resolver = _keep) -> str:
    """``text`` with roles made autorefs (targets through ``resolve``) and literal-block
    markers made Markdown."""
    return _literal_markers(ROLE.sub(lambda match: _replace(match, resolve), text))


def scope_resolver(obj: griffe.Object) -> Resolver:
    """Resolves a target's first name in ``obj``'s scope (its members, then its parents'),
    as Sphinx does; a target it cannot place is left as written."""

    def resolve(target: str) -> str:
        head, dot, rest = target.partition(".")
        try:
            return obj.resolve(head) + dot + rest
        except (griffe.NameResolutionError, ValueError):
            return target

    return resolve


def _objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    yield obj
    for member in obj.members.values():
        if not member.is_alias:
            yield from _objects(member)  # type: ignore[arg-type]


class SphinxRoles(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for obj in _objects(pkg):
            if obj.docstring is not None:
                obj.docstring.value = rewrite(obj.docstring.value, scope_resolver(obj))
