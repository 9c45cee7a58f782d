"""The dashboard's HTML, rendered on the server from plain strings (no template
engine): one layout, and a function per page or live fragment. Every value from the
state or the request log goes through :func:`esc`."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterable, Sequence
from urllib.parse import quote, urlencode

from facekit.emulator.dashboard.masking import Body
from facekit.emulator.dashboard.requestlog import RequestEntry
from facekit.emulator.dashboard.state import (
    KIND_TITLES,
    Account,
    Activity,
    ContainerView,
    PersonView,
    Row,
)
from facekit.emulator.state.records import Face, Snapshot

NAV = (("", "State"), ("requests", "Requests"), ("try", "Try a photo"), ("controls", "Controls"))


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def when(epoch: float | None) -> str:
    if epoch is None:
        return ""
    moment = dt.datetime.fromtimestamp(float(epoch), tz=dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S") + "Z"


def seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.2f} s"


def layout(base: str, title: str, active: str, body: str) -> str:
    links = "".join(
        f'<a href="{base}/{path}" class="{"on" if path == active else ""}">{esc(name)}</a>'
        for path, name in NAV
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{esc(title)} · facekit emulator</title>
<link rel="stylesheet" href="{base}/static/dashboard.css">
<script src="{base}/static/dashboard.js" defer></script>
</head><body data-base="{base}">
<header><strong>facekit emulator</strong><nav>{links}</nav></header>
<main>{body}</main>
</body></html>"""


def table(headings: Sequence[str], rows: Iterable[Sequence[str]], empty: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    if not body:
        return f'<p class="empty">{esc(empty)}</p>'
    head = "".join(f"<th>{esc(h)}</th>" for h in headings)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def account_picker(base: str, page: str, accounts: Sequence[Account], current: int) -> str:
    options = "".join(
        f'<option value="{a.number}"{" selected" if a.number == current else ""}>'
        f"{esc(a.label)} · account {esc(a.account_id)}</option>"
        for a in accounts
    )
    return (
        f'<form class="picker" method="get" action="{base}/{page}">'
        f'<label>Account <select name="account" onchange="this.form.submit()">{options}'
        "</select></label></form>"
    )


def live(url: str, content: str) -> str:
    """A block the page's script refreshes from ``url`` every second."""
    return f'<div class="live" data-live="{esc(url)}">{content}</div>'


# ------------------------------------------------------------------ state --


def training_cells(view: ContainerView) -> list[str]:
    training = view.training
    if training is None:
        return ['<span class="status">untrained</span>', "", "", ""]
    status = f'<span class="status {esc(training.status)}">{esc(training.status)}</span>'
    if training.message:
        status += f"<br><small>{esc(training.message)}</small>"
    ended = "" if training.active else when(training.last_action)
    return [status, esc(when(training.created)), esc(ended), esc(seconds(view.duration))]


def containers_section(base: str, number: int, by_kind: dict[str, list[ContainerView]]) -> str:
    parts = []
    for kind, views in by_kind.items():
        rows = []
        for view in views:
            c = view.container
            link = f"{base}/accounts/{number}/{kind}/{quote(c.container_id, safe='')}"
            rows.append(
                [
                    f'<a href="{esc(link)}">{esc(c.container_id)}</a>',
                    esc(c.name),
                    esc(c.user_data),
                    esc(c.recognition_model),
                    f'<span class="count persons">{c.person_count}</span>',
                    f'<span class="count faces">{c.face_count}</span>',
                    *training_cells(view),
                ]
            )
        parts.append(
            f'<section data-kind="{kind}"><h3>{esc(KIND_TITLES[kind])} ({len(views)})</h3>'
            + table(
                [
                    "id",
                    "name",
                    "userData",
                    "model",
                    "persons",
                    "faces",
                    "training",
                    "requested",
                    "ended",
                    "duration",
                ],
                rows,
                "none",
            )
            + "</section>"
        )
    return "".join(parts)


def faces_list(faces: Sequence[Face]) -> str:
    if not faces:
        return ""
    items = "".join(
        f'<li><code>{esc(f.face_id)}</code> <span class="rect">'
        f"{f.rectangle[0]},{f.rectangle[1]} {f.rectangle[2]}×{f.rectangle[3]}</span>"
        + (f" · {esc(f.user_data)}" if f.user_data else "")
        + "</li>"
        for f in faces
    )
    return f'<ul class="faces">{items}</ul>'


def persons_table(persons: Sequence[PersonView]) -> str:
    return table(
        ["name", "personId", "userData", "faces", "persisted faces (left,top width×height)"],
        (
            [
                f'<span class="person-name">{esc(p.person.name)}</span>',
                f"<code>{esc(p.person.person_id)}</code>",
                esc(p.person.user_data),
                f'<span class="count">{len(p.person.face_ids) or len(p.faces)}</span>',
                faces_list(p.faces),
            ]
            for p in persons
        ),
        "no persons",
    )


def rows_table(rows: Sequence[Row], empty: str) -> str:
    if not rows:
        return f'<p class="empty">{esc(empty)}</p>'
    names = list(rows[0].values)

    def cell(name: str, value: object) -> str:
        if name in ("created", "last action", "expires") and isinstance(value, int | float):
            return esc(when(value))
        return esc(value)

    return table(names, ([cell(n, r.values[n]) for n in names] for r in rows), empty)


def snapshots_table(snapshots: Sequence[Snapshot]) -> str:
    return table(
        ["snapshotId", "type", "applyScope", "userData", "created", "expires"],
        (
            [
                f"<code>{esc(s.snapshot_id)}</code>",
                esc(s.type),
                esc(", ".join(s.apply_scope)),
                esc(s.user_data),
                esc(when(s.created)),
                esc(when(s.expires)),
            ]
            for s in snapshots
        ),
        "no snapshots",
    )


def tencent_section(base: str, activities: Sequence[Activity]) -> str:
    if not activities:
        return '<p class="empty">no materials registered</p>'
    parts = []
    for activity in activities:
        cards = "".join(
            f'<figure class="material"><img alt="template {esc(m.material_id)}" '
            f'src="{base}/materials/{quote(m.material_id, safe="")}.jpg">'
            f"<figcaption><code>{esc(m.material_id)}</code><br>{esc(m.name or '')}"
            f" · {m.width}×{m.height} · {len(m.faces)} face(s)</figcaption></figure>"
            for m in activity.materials
        )
        parts.append(
            f"<h4>Activity <code>{esc(activity.activity_id)}</code> "
            f'({esc(activity.owner_label)})</h4><div class="materials">{cards}</div>'
        )
    return "".join(parts)


def state_fragment(
    base: str,
    account: Account,
    by_kind: dict[str, list[ContainerView]],
    directory: Sequence[PersonView],
    snapshots: Sequence[Snapshot],
    operations: Sequence[Row],
    sessions: Sequence[Row],
    activities: Sequence[Activity],
) -> str:
    return (
        containers_section(base, account.number, by_kind)
        + f"<section><h3>PersonDirectory persons ({len(directory)})</h3>"
        + persons_table(directory)
        + f"</section><section><h3>Snapshots ({len(snapshots)})</h3>"
        + snapshots_table(snapshots)
        + f"</section><section><h3>Operations ({len(operations)})</h3>"
        + rows_table(operations, "no operations")
        + f"</section><section><h3>Liveness sessions ({len(sessions)})</h3>"
        + rows_table(sessions, "no liveness sessions")
        + "</section><section><h3>Tencent FaceFusion: activities and materials</h3>"
        + tencent_section(base, activities)
        + "</section>"
    )


def container_fragment(
    view: ContainerView, persons: Sequence[PersonView], faces: Sequence[Face]
) -> str:
    c = view.container
    status, requested, ended, duration = training_cells(view)
    summary = table(
        [
            "id",
            "name",
            "userData",
            "model",
            "persons",
            "faces",
            "training",
            "requested",
            "ended",
            "duration",
        ],
        [
            [
                f"<code>{esc(c.container_id)}</code>",
                esc(c.name),
                esc(c.user_data),
                esc(c.recognition_model),
                str(c.person_count),
                str(c.face_count),
                status,
                requested,
                ended,
                duration,
            ]
        ],
        "",
    )
    if c.kind in ("fl", "lfl"):
        members = table(
            ["persistedFaceId", "rectangle", "userData"],
            (
                [
                    f"<code>{esc(f.face_id)}</code>",
                    f"{f.rectangle[0]},{f.rectangle[1]} {f.rectangle[2]}×{f.rectangle[3]}",
                    esc(f.user_data),
                ]
                for f in faces
            ),
            "no faces",
        )
    else:
        members = persons_table(persons)
    return summary + "<h3>Members</h3>" + members


# --------------------------------------------------------------- requests --


def status_cell(entry: RequestEntry) -> str:
    if entry.status is None:
        return '<span class="status failed">dropped</span>'
    kind = "ok" if entry.status < 400 else "failed"
    return f'<span class="status {kind}">{entry.status}</span>'


def requests_fragment(base: str, entries: Sequence[RequestEntry]) -> str:
    return table(
        [
            "#",
            "time",
            "account",
            "method",
            "path",
            "operation",
            "status",
            "error code",
            "latency",
            "rule fired",
        ],
        (
            [
                f'<a href="{base}/requests/{e.seq}">{e.seq}</a>',
                f'<span title="{esc(when(e.time))}">{esc(when(e.time)[11:19])}</span>',
                esc(e.account),
                esc(e.method),
                f'<span class="path">{esc(e.path)}</span>',
                esc(e.operation),
                status_cell(e),
                esc(e.error_code),
                f"{e.latency_ms:.1f} ms",
                esc(e.fault),
            ]
            for e in reversed(entries)
        ),
        "no requests yet",
    )


def requests_page(
    base: str,
    entries_html: str,
    query: dict[str, str],
    operations: Sequence[str],
    accounts: Sequence[str],
) -> str:
    def options(values: Iterable[str], chosen: str) -> str:
        return '<option value="">any</option>' + "".join(
            f"<option{' selected' if v == chosen else ''}>{esc(v)}</option>" for v in values
        )

    status = query.get("status", "")
    filters = (
        f'<form class="filters" method="get" action="{base}/requests">'
        f'<label>Status <select name="status">'
        f"{options(['2xx', '4xx', '5xx', '429', 'dropped'], status)}</select></label>"
        f'<label>Operation <select name="operation">'
        f"{options(operations, query.get('operation', ''))}</select></label>"
        f'<label>Account <select name="account">'
        f"{options(accounts, query.get('account', ''))}</select></label>"
        '<button type="submit">Filter</button>'
        f'<a class="button" href="{base}/requests.jsonl?{esc(urlencode(query))}" download>'
        "Export JSON Lines</a></form>"
    )
    live_url = f"{base}/fragments/requests?{urlencode(query)}"
    return "<h2>Requests</h2>" + filters + live(live_url, entries_html)


def body_html(base: str, entry: RequestEntry, body: Body, offset: int) -> str:
    parts = [
        f'<p class="meta">{esc(body.kind)} · {body.size} bytes · '
        f"<code>{esc(body.digest)}</code></p>"
    ]
    for number, image in enumerate(body.images):
        size = f"{image.width}×{image.height} px, " if image.width else ""
        picture = (
            f'<img class="thumb" alt="image {esc(image.where)}" '
            f'src="{base}/requests/{entry.seq}/images/{offset + number}.jpg">'
            if image.thumbnail is not None
            else "<em>not an image Pillow reads</em>"
        )
        parts.append(
            f"<figure>{picture}<figcaption>{esc(image.where)}: {size}{image.size} bytes, "
            f"<code>{esc(image.digest)}</code></figcaption></figure>"
        )
    if body.text is not None:
        parts.append(f"<pre>{esc(body.text)}</pre>")
    return "".join(parts)


def headers_html(headers: Sequence[tuple[str, str]]) -> str:
    return table(["header", "value"], ([esc(n), esc(v)] for n, v in headers), "no headers")


def request_page(base: str, entry: RequestEntry) -> str:
    facts = table(
        [
            "time",
            "account",
            "method",
            "path",
            "operation",
            "status",
            "error code",
            "latency",
            "rule fired",
        ],
        [
            [
                esc(when(entry.time)),
                esc(entry.account),
                esc(entry.method),
                esc(entry.path),
                esc(entry.operation),
                status_cell(entry),
                esc(entry.error_code),
                f"{entry.latency_ms:.1f} ms",
                esc(entry.fault),
            ]
        ],
        "",
    )
    first = len(entry.request_body.images)
    notes = "".join(f'<p class="meta note">{esc(note)}</p>' for note in entry.notes)
    return (
        f"<h2>Request #{entry.seq}</h2>{facts}{notes}"
        f'<div class="columns"><section><h3>Request</h3>{headers_html(entry.request_headers)}'
        f"{body_html(base, entry, entry.request_body, 0)}</section>"
        f"<section><h3>Answer</h3>{headers_html(entry.response_headers)}"
        f"{body_html(base, entry, entry.response_body, first)}</section></div>"
    )


# -------------------------------------------------------------- try, controls --


def try_page(
    base: str, accounts: Sequence[Account], groups: dict[int, list[tuple[str, str, str, str]]]
) -> str:
    account_options = "".join(
        f'<option value="{a.number}">{esc(a.label)}</option>' for a in accounts
    )
    group_data = esc(json.dumps({str(k): v for k, v in groups.items()}))
    attributes = ("headPose", "blur", "exposure", "noise", "qualityForRecognition")
    checks = "".join(
        f'<label><input type="checkbox" name="attr" value="{a}"> {a}</label>' for a in attributes
    )
    return f"""<h2>Try a photo</h2>
<p>Each step calls the emulator's own REST API (<code>/face/v1.0/…</code>) as the chosen
account; the calls appear in the request log like any client's.</p>
<form id="try" data-groups="{group_data}">
<label>Account <select name="account">{account_options}</select></label>
<label>Detection model <select name="detectionModel"><option>detection_01</option>
<option>detection_02</option><option>detection_03</option></select></label>
<label>Recognition model <select name="recognitionModel"><option>recognition_01</option>
<option>recognition_02</option><option>recognition_03</option>
<option selected>recognition_04</option></select></label>
<label><input type="checkbox" name="landmarks" checked> landmarks</label>
<fieldset><legend>Attributes</legend>{checks}</fieldset>
<label>Identify against <select name="group">
<option value="">(no identify)</option></select></label>
</form>
<div id="drop" class="drop" tabindex="0">Drop a photo here, or
<label class="button">choose one<input type="file" id="photo" accept="image/*" hidden></label></div>
<p id="try-status" class="meta"></p>
<canvas id="canvas" width="0" height="0"></canvas>
<pre id="try-result"></pre>
<h3>Verify: same person?</h3>
<div class="drop"><label>First photo <input type="file" id="verify1" accept="image/*"></label>
<label>Second photo <input type="file" id="verify2" accept="image/*"></label>
<button type="button" id="verify">Verify</button></div>
<p id="verify-result" class="meta"></p>"""


def controls_page(
    base: str, accounts: Sequence[Account], settings: dict[str, object], tiers: Sequence[str]
) -> str:
    tier_options = "".join(
        f"<option{' selected' if t == settings['tier'] else ''}>{t}</option>" for t in tiers
    )
    account_options = "".join(
        f'<option value="{a.number}">{esc(a.label)}</option>' for a in accounts
    )
    return f"""<h2>Controls</h2>
<p>Each control is also an HTTP endpoint (<code>POST {base}/controls/…</code>, JSON or form
body); see the README.</p>
<form class="control" data-endpoint="{base}/controls/settings">
<h3>Service settings</h3>
<label>Tier <select name="tier">{tier_options}</select></label>
<label>Chaos rate <input name="chaos" type="number" min="0" max="1" step="0.01"
 value="{settings["chaos"]}"></label>
<label>Latency (s) <input name="latency" type="number" min="0" max="60" step="0.05"
 value="{settings["latency"]}"></label>
<button type="submit">Apply</button></form>
<form class="control" data-endpoint="{base}/controls/finish-training">
<h3>Finish running trainings now</h3>
<label>Account <select name="account">{account_options}</select></label>
<button type="submit">Finish now</button></form>
<form class="control" data-endpoint="{base}/controls/expire-faceids">
<h3>Expire faceIds now</h3>
<label>Account <select name="account">{account_options}</select></label>
<button type="submit">Expire</button></form>
<form class="control danger" data-endpoint="{base}/controls/reset-account"
 data-confirm="Delete everything this account owns?">
<h3>Reset an account</h3>
<label>Account <select name="account">{account_options}</select></label>
<button type="submit">Reset</button></form>
<pre id="control-result"></pre>"""
