"""The dashboard's control endpoints, its safety rules, and ``facekit serve``'s flags."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import time
import uuid
from typing import Any

import httpx
import numpy as np
import pytest

from facekit.cli.main import main
from facekit.emulator.dashboard import DashboardSettings
from facekit.emulator.server import RunningEmulator, run_emulator

pytestmark = pytest.mark.emulator

KEY, OTHER = "controls-key-one", "controls-key-two"


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    # trainings that would take a minute, unless finished from the dashboard
    return {"keys": (KEY, OTHER), "training_seconds": 60.0}


def control(emulator: RunningEmulator, name: str, **body: Any) -> httpx.Response:
    return httpx.post(f"{emulator.dashboard_url}controls/{name}", json=body, timeout=30)


def azure(emulator: RunningEmulator, key: str = KEY) -> httpx.Client:
    return httpx.Client(
        base_url=emulator.base_url, headers={"Ocp-Apim-Subscription-Key": key}, timeout=30
    )


def test_tier_and_chaos_change_at_run_time_and_the_log_names_the_rule(
    face_emulator: RunningEmulator,
) -> None:
    with azure(face_emulator) as client:
        assert all(client.get("/persongroups").status_code == 200 for _ in range(25))
        answer = control(face_emulator, "settings", tier="free")
        assert answer.json() == {"ok": True, "result": {"tier": "free", "chaos": 0.0,
                                                       "latency": 0.0}}
        statuses = [client.get("/persongroups").status_code for _ in range(21)]
        assert statuses[:20] == [200] * 20 and statuses[20] == 429
        throttled = face_emulator.requests.entries()[-1]
        assert throttled.fault == "throttle: tier free (20 calls per 60 s)"
        control(face_emulator, "settings", tier="unlimited", chaos=1.0)
        before = len(face_emulator.requests)
        with contextlib.suppress(httpx.HTTPError):  # a dropped connection is one fault
            client.get("/persongroups")
        deadline = time.monotonic() + 30  # a drop is logged as the server sees it
        while len(face_emulator.requests) == before:
            assert time.monotonic() < deadline, "the dropped request was never logged"
            time.sleep(0.01)
        assert (face_emulator.requests.entries()[-1].fault or "").startswith("chaos: ")
        control(face_emulator, "settings", chaos=0)
        assert client.get("/persongroups").status_code == 200
    assert face_emulator.requests.entries()[-1].fault is None


def test_bad_control_values_are_refused_clearly(face_emulator: RunningEmulator) -> None:
    refused = control(face_emulator, "settings", chaos=2)
    assert refused.status_code == 400
    assert refused.json() == {"ok": False, "error": "chaos must lie between 0 and 1, got 2.0"}
    assert control(face_emulator, "settings", tier="gold").status_code == 400
    assert control(face_emulator, "reset-account", account=9).status_code == 400


def test_finish_training_now(face_emulator: RunningEmulator) -> None:
    with azure(face_emulator) as http:
        assert http.put("/persongroups/team", json={"name": "Team"}).status_code == 200
        store = face_emulator.emulator.store
        team = store.container(face_emulator.account_id, "pg", "team")
        assert team is not None
        person, face = str(uuid.uuid4()), str(uuid.uuid4())
        store.add_persons_bulk(team.cid, [(person, None)], [(face, person, np.ones(128, "f4"))])
        assert http.post("/persongroups/team/train").status_code == 202
        assert http.get("/persongroups/team/training").json()["status"] in ("notStarted",
                                                                           "running")
        answer = control(face_emulator, "finish-training", account=1).json()
        assert answer == {"ok": True, "result": {"account": "key #1", "hurried": ["team"]}}
        deadline = time.monotonic() + 20  # instead of the configured 60 s
        while http.get("/persongroups/team/training").json()["status"] != "succeeded":
            assert time.monotonic() < deadline, "the training did not finish"
            time.sleep(0.05)


def test_expire_face_ids_and_reset_one_account_only(face_emulator: RunningEmulator) -> None:
    engine = face_emulator.emulator
    engine.store.put_detected(face_emulator.account_id,
                              [(str(uuid.uuid4()), np.ones(128, "f4"))],
                              recognition_model="recognition_01", expires=time.time() + 3600)
    assert control(face_emulator, "expire-faceids", account=1).json()["result"]["expired"] == 1
    assert control(face_emulator, "expire-faceids", account=1).json()["result"]["expired"] == 0
    with azure(face_emulator) as mine, azure(face_emulator, OTHER) as theirs:
        assert mine.put("/persongroups/a", json={"name": "A"}).status_code == 200
        assert mine.put("/facelists/b", json={"name": "B"}).status_code == 200
        assert theirs.put("/persongroups/a", json={"name": "Theirs"}).status_code == 200
        answer = control(face_emulator, "reset-account", account=1).json()
        assert answer["result"]["deleted"]["containers"] == 2
        assert mine.get("/persongroups").json() == []
        assert [g["name"] for g in theirs.get("/persongroups").json()] == ["Theirs"]


def test_dashboard_refuses_foreign_hosts_cross_site_posts_and_missing_tokens(
    face_emulator: RunningEmulator,
) -> None:
    url = face_emulator.dashboard_url
    assert httpx.get(url).status_code == 200
    assert httpx.get(url, headers={"host": "attacker.example"}).status_code == 403
    cross = httpx.post(url + "controls/settings", data={"tier": "free"},
                       headers={"origin": "http://attacker.example"})
    assert cross.status_code == 403
    assert face_emulator.emulator.config.tier == "unlimited"
    with run_emulator(keys=(KEY,), dashboard=DashboardSettings(token="open-sesame")) as guarded:
        assert httpx.get(guarded.dashboard_url).status_code == 401
        opened = httpx.get(guarded.dashboard_url, params={"token": "open-sesame"})
        assert opened.status_code == 200 and "open-sesame" not in opened.text
        assert opened.cookies.get("facekit_dashboard_token") == "open-sesame"
        # the services themselves need no dashboard token
        with azure(guarded) as client:
            assert client.get("/persongroups").status_code == 200


def test_off_loopback_the_dashboard_needs_a_token(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["serve", "--host", "0.0.0.0", "--port", "0"])
    err = capsys.readouterr().err
    assert code != 0
    assert "--dashboard-token" in err and "--no-dashboard" in err and "Traceback" not in err
    with run_emulator(host="0.0.0.0", keys=(KEY,)) as exposed:
        assert exposed.app.front.enabled is False
        url = exposed.endpoint.replace("0.0.0.0", "127.0.0.1")
        answer = httpx.get(url + "/_facekit/dashboard/")
        assert answer.status_code == 401 and "facekit emulator" not in answer.text


def test_serve_prints_the_dashboard_address_and_serves_it(tmp_path: Any) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "facekit.cli.main", "serve", "--port", "0", "--key", KEY,
         "--request-log", "50"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        address = None
        for line in process.stdout:
            found = re.search(r"dashboard: (http://\S+/_facekit/dashboard/)$", line.strip())
            if found:
                address = found.group(1)
                break
        assert address is not None, "no dashboard line in the banner"
        page = httpx.get(address, timeout=30)
        assert page.status_code == 200 and "facekit emulator" in page.text
    finally:
        process.terminate()
        process.communicate(timeout=30)  # reads the rest and closes the pipe


def test_serve_dashboard_flags() -> None:
    from facekit.cli.main import build_parser
    from facekit.cli.serve import build_dashboard, dashboard_banner
    from facekit.errors import ConfigurationError

    def settings(*argv: str, host: str = "127.0.0.1") -> DashboardSettings:
        result: DashboardSettings = build_dashboard(build_parser().parse_args(["serve", *argv]),
                                                    host)
        return result

    assert settings() == DashboardSettings()
    assert settings("--request-log", "7").log_size == 7
    assert settings("--no-dashboard", host="0.0.0.0").enabled is False
    assert settings("--dashboard-token", "t", host="0.0.0.0").token == "t"
    with pytest.raises(ConfigurationError, match="--dashboard-token"):
        settings(host="0.0.0.0")
    with pytest.raises(ConfigurationError, match="--request-log"):
        settings("--request-log", "0")
    line = dashboard_banner("http://h:1", DashboardSettings(token="secret-token"))
    assert line == ["  dashboard: http://h:1/_facekit/dashboard/?token=<the --dashboard-token>"]
