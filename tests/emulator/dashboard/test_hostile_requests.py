"""The dashboard against a hostile page: DNS rebinding (a foreign name that resolves to
127.0.0.1) and controls sent bodies they cannot read. Each must be refused without acting
on anything."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from facekit.emulator.dashboard import DashboardSettings
from facekit.emulator.server import RunningEmulator, run_emulator

pytestmark = pytest.mark.emulator

KEY, OTHER = "hostile-dashboard-key-one", "hostile-dashboard-key-two"
CONTROLS = ("settings", "finish-training", "expire-faceids", "reset-account")


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": (KEY, OTHER)}


def port_of(emulator: RunningEmulator) -> int:
    port = urlsplit(emulator.endpoint).port
    assert port is not None
    return port


def groups(emulator: RunningEmulator, key: str) -> list[str]:
    answer = httpx.get(
        f"{emulator.endpoint}/face/v1.0/persongroups",
        headers={"Ocp-Apim-Subscription-Key": key},
        timeout=30,
    )
    return [g["personGroupId"] for g in answer.json()]


def make_groups(emulator: RunningEmulator) -> None:
    for key in (KEY, OTHER):
        answer = httpx.put(
            f"{emulator.endpoint}/face/v1.0/persongroups/kept",
            json={"name": "Kept"},
            headers={"Ocp-Apim-Subscription-Key": key},
            timeout=30,
        )
        assert answer.status_code == 200


@pytest.mark.parametrize(
    "name",
    [
        "127.0.0.1.attacker.example",
        "127.attacker.example",
        "localhost.attacker.example",
        "attacker.example",
        "127.0.0.1.",
        "0x7f.0.0.1",
    ],
)
def test_a_rebound_name_reads_nothing_and_resets_nothing(
    face_emulator: RunningEmulator, name: str
) -> None:
    """The attack of issue 22: a page on ``name`` (resolving to 127.0.0.1) reads the
    account through the dashboard's API and resets it; its requests carry its own name
    in Host and Origin, so they are same-origin with themselves."""
    make_groups(face_emulator)
    host = f"{name}:{port_of(face_emulator)}"
    headers = {"host": host, "origin": f"http://{host}"}
    url = face_emulator.dashboard_url
    for path in ("", "requests.jsonl", "settings", "api/1/face/v1.0/persongroups"):
        answer = httpx.get(url + path, headers=headers, timeout=30)
        assert answer.status_code == 403, path
        assert "Kept" not in answer.text and "localhost" in answer.text
    reset = httpx.post(
        url + "controls/reset-account", json={"account": 1}, headers=headers, timeout=30
    )
    assert reset.status_code == 403
    assert groups(face_emulator, KEY) == ["kept"]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LocalHost", "[::1]"])
def test_the_exact_loopback_names_with_any_port_are_served(
    face_emulator: RunningEmulator, host: str
) -> None:
    for authority in (host, f"{host}:{port_of(face_emulator)}", f"{host}:8080"):
        answer = httpx.get(face_emulator.dashboard_url, headers={"host": authority}, timeout=30)
        assert answer.status_code == 200, authority
    same_site = f"{host}:{port_of(face_emulator)}"
    posted = httpx.post(
        face_emulator.dashboard_url + "controls/expire-faceids",
        json={"account": 1},
        headers={"host": same_site, "origin": f"http://{same_site}"},
        timeout=30,
    )
    assert posted.status_code == 200


@pytest.mark.parametrize(
    "origin",
    [
        "http://127.0.0.1.attacker.example:{port}",
        "null",
        "http://attacker.example",
        "http://127.0.0.1:{port}.attacker.example",
        "http://localhost:{port}",  # a loopback name, but not this request's Host
    ],
)
def test_a_foreign_origin_is_refused_even_when_the_host_is_loopback(
    face_emulator: RunningEmulator, origin: str
) -> None:
    make_groups(face_emulator)
    port = port_of(face_emulator)
    headers = {"host": f"127.0.0.1:{port}", "origin": origin.format(port=port)}
    url = face_emulator.dashboard_url
    assert httpx.get(url + "api/1/face/v1.0/persongroups", headers=headers).status_code == 403
    reset = httpx.post(url + "controls/reset-account", data={"account": "1"}, headers=headers)
    assert reset.status_code == 403
    assert groups(face_emulator, KEY) == ["kept"]


def test_with_its_token_the_dashboard_answers_any_name() -> None:
    """Off loopback (or with --dashboard-token) the token, not the name, is the guard:
    a machine name works with it, and nothing works without it."""
    settings = DashboardSettings(token="rebind-token")
    with run_emulator(keys=(KEY,), dashboard=settings) as emulator:
        host = f"facekit-box.lan:{port_of(emulator)}"
        url = emulator.dashboard_url
        assert httpx.get(url, headers={"host": host}, timeout=30).status_code == 401
        opened = httpx.get(
            url, params={"token": "rebind-token"}, headers={"host": host}, timeout=30
        )
        assert opened.status_code == 200


# ----------------------------------------------------------- unreadable bodies --


def post(emulator: RunningEmulator, control: str, **kwargs: Any) -> httpx.Response:
    return httpx.post(f"{emulator.dashboard_url}controls/{control}", timeout=30, **kwargs)


UNREADABLE: list[tuple[str, dict[str, Any]]] = [
    ("text/plain JSON", {"content": b'{"account":2}', "headers": {"content-type": "text/plain"}}),
    ("no body", {}),
    ("no content type", {"content": b'{"account":2}'}),
    ("malformed JSON", {"content": b'{"account":', "headers": {"content-type": "application/json"}}),
    ("a JSON list", {"json": [2]}),
    ("account true", {"json": {"account": True}}),
    ("account 1.5", {"json": {"account": 1.5}}),
    ("account null", {"json": {"account": None}}),
    ("account '1.0'", {"json": {"account": "1.0"}}),
    ("account list", {"json": {"account": [1]}}),
    ("no account", {"json": {}}),
    ("account twice", {"data": {"account": ["2", "1"]}}),
    ("JSON account twice", {"content": b'{"account":2,"account":1}',
                            "headers": {"content-type": "application/json"}}),
    ("unknown field", {"json": {"account": 2, "everything": True}}),
    ("not UTF-8 form", {"content": b"account=\xff",
                        "headers": {"content-type": "application/x-www-form-urlencoded"}}),
    ("multipart", {"files": {"account": (None, "2")}}),
]  # fmt: skip


@pytest.mark.parametrize(("case", "request_kwargs"), UNREADABLE, ids=[c for c, _ in UNREADABLE])
def test_a_control_refuses_a_body_it_cannot_read(
    face_emulator: RunningEmulator, case: str, request_kwargs: dict[str, Any]
) -> None:
    make_groups(face_emulator)
    answer = post(face_emulator, "reset-account", **request_kwargs)
    assert answer.status_code == 400, case
    assert answer.json()["ok"] is False and answer.json()["error"]
    assert groups(face_emulator, KEY) == ["kept"] and groups(face_emulator, OTHER) == ["kept"]


@pytest.mark.parametrize("control", CONTROLS)
def test_every_control_refuses_plain_text_and_an_empty_body(
    face_emulator: RunningEmulator, control: str
) -> None:
    before = httpx.get(face_emulator.dashboard_url + "settings", timeout=30).json()
    plain = post(
        face_emulator,
        control,
        content=b'{"account": 1, "tier": "free"}',
        headers={"content-type": "text/plain"},
    )
    assert plain.status_code == 400 and "application/json" in plain.json()["error"]
    assert post(face_emulator, control).status_code == 400
    assert httpx.get(face_emulator.dashboard_url + "settings", timeout=30).json() == before


@pytest.mark.parametrize(
    "body", [{"chaos": True}, {"latency": [1]}, {"tier": 3}, {"chaos": "NaN"}, {"tier": ""}]
)
def test_settings_refuse_values_of_the_wrong_type(
    face_emulator: RunningEmulator, body: dict[str, Any]
) -> None:
    before = httpx.get(face_emulator.dashboard_url + "settings", timeout=30).json()
    answer = post(face_emulator, "settings", json=body)
    if body == {"tier": ""}:  # the form's "no change" choice
        assert answer.status_code == 200
    else:
        assert answer.status_code == 400, body
    assert httpx.get(face_emulator.dashboard_url + "settings", timeout=30).json() == before


def test_the_pages_own_form_still_resets_the_account_it_names(
    face_emulator: RunningEmulator,
) -> None:
    make_groups(face_emulator)
    answer = post(face_emulator, "reset-account", data={"account": "2"})
    assert answer.status_code == 200 and answer.json()["result"]["account"] == "key #2"
    assert groups(face_emulator, OTHER) == [] and groups(face_emulator, KEY) == ["kept"]


def test_the_settings_form_as_the_page_sends_it_is_read(face_emulator: RunningEmulator) -> None:
    answer = post(
        face_emulator,
        "settings",
        content=b"tier=free&chaos=0.25&latency=0.0",
        headers={"content-type": "application/x-www-form-urlencoded;charset=UTF-8"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["result"] == {"tier": "free", "chaos": 0.25, "latency": 0.0}
