"""The request inspector: what it records, and that no key or secret ever shows."""

from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from facekit import FaceClient, FusionClient
from facekit.emulator.server import RunningEmulator
from facekit.errors import InvalidImageError, NotFoundError
from tests.workflows.helpers import noise_jpeg

pytestmark = pytest.mark.emulator

KEY = "AZURE-KEY-must-never-show-4f1c9b"
OTHER_KEY = "SECOND-KEY-must-never-show-77aa"
SECRET_ID = "AKIDmustNeverShowSecretId0123456789"
SECRET_KEY = "TC-SECRET-KEY-must-never-show-9876"
SECRETS = (KEY, OTHER_KEY, SECRET_ID, SECRET_KEY)


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": (KEY, OTHER_KEY), "tencent_credentials": ((SECRET_ID, SECRET_KEY),)}


def dashboard(emulator: RunningEmulator) -> httpx.Client:
    return httpx.Client(base_url=emulator.dashboard_url, timeout=30)


def exercise_both_services(emulator: RunningEmulator) -> None:
    """Azure calls (one with an image, one failing, one with a key in its userData) and
    Tencent calls signed with TC3 (one with a base64 image)."""
    with FaceClient(emulator.endpoint, KEY) as client:
        client.person_groups.create("team", "Team", user_data=f"copied {KEY} by mistake")
        client.detect(noise_jpeg())
    httpx.get(emulator.base_url + "/persongroups/missing",
              headers={"Ocp-Apim-Subscription-Key": KEY})
    httpx.get(emulator.base_url + "/persongroups", headers={"Ocp-Apim-Subscription-Key": "wrong"})
    with FusionClient(SECRET_ID, SECRET_KEY, endpoint=emulator.endpoint) as fusion:
        with pytest.raises(InvalidImageError):  # no face in noise; logged all the same
            fusion.add_material("at_demo", noise_jpeg(200, 200, seed=3), name="noise")
        with pytest.raises(NotFoundError):  # so the activity does not exist
            list(fusion.iter_materials("at_demo"))


def test_log_records_both_services_with_account_labels(face_emulator: RunningEmulator) -> None:
    exercise_both_services(face_emulator)
    log = face_emulator.requests
    operations = log.operations()
    assert operations[:3] == ["createPersonGroup", "detect", "getPersonGroup"]
    assert "AddMaterial" in operations and "DescribeMaterialList" in operations
    create, detect, missing, unauthorised = log.entries()[:4]
    assert (create.account, create.status, create.service) == ("key #1", 200, "azure")
    assert (missing.status, missing.error_code) == (404, "PersonGroupNotFound")
    assert (unauthorised.account, unauthorised.status, unauthorised.error_code) == (
        "unknown key", 401, "401")
    # the uploaded image is a thumbnail, a size and a digest
    assert detect.request_body.kind == "image"
    (image,) = detect.request_body.images
    assert image.size == len(noise_jpeg()) and image.digest.startswith("sha256:")
    assert image.thumbnail is not None and image.thumbnail[:3] == b"\xff\xd8\xff"
    tencent = [e for e in log if e.service == "tencent"]
    assert {e.account for e in tencent} == {"SecretId #1"}
    added = next(e for e in tencent if e.operation == "AddMaterial")
    assert added.request_body.kind == "json" and len(added.request_body.images) == 1
    assert added.error_code == "FailedOperation.NoFaceDetected"
    assert "<image " in (added.request_body.text or "")
    assert log.count(operation="detect") == 1
    assert log.count(status="4xx") == 2
    assert log.count(account="SecretId #1") == len(tencent)


def test_no_key_or_secret_in_pages_export_or_log(
    face_emulator: RunningEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    exercise_both_services(face_emulator)
    with dashboard(face_emulator) as page:
        texts = [page.get(path).text for path in ("", "requests", "try", "controls",
                                                   "requests.jsonl", "accounts/1/pg/team")]
        for entry in face_emulator.requests:
            texts.append(page.get(f"requests/{entry.seq}").text)
        tc3 = next(e for e in face_emulator.requests if e.operation == "AddMaterial")
        detail = page.get(f"requests/{tc3.seq}").text
    texts.append(face_emulator.requests.jsonl())
    texts.extend(repr(entry) for entry in face_emulator.requests)
    texts.append(caplog.text)
    for text in texts:
        for secret in SECRETS:
            assert secret not in text
    # the page still shows what was sent, with the secrets masked
    assert "TC3-HMAC-SHA256 Credential=••••/" in detail and "Signature=••••" in detail
    state_page, export = texts[0], texts[4]
    assert "copied •••• by mistake" in state_page
    exported = [json.loads(line) for line in export.splitlines()]
    assert [line["seq"] for line in exported] == [e.seq for e in face_emulator.requests]


def test_filters_and_export(face_emulator: RunningEmulator) -> None:
    exercise_both_services(face_emulator)
    with dashboard(face_emulator) as page:
        errors = page.get("requests.jsonl", params={"status": "4xx"}).text.splitlines()
        detects = page.get("requests.jsonl", params={"operation": "detect"}).text.splitlines()
        listed = page.get("fragments/requests", params={"account": "SecretId #1"}).text
    assert {json.loads(line)["status"] for line in errors} == {401, 404}
    assert [json.loads(line)["operation"] for line in detects] == ["detect"]
    assert "DescribeMaterialList" in listed and "createPersonGroup" not in listed


def test_log_keeps_the_last_n(tmp_path: Path) -> None:
    from facekit.emulator.dashboard import DashboardSettings
    from facekit.emulator.server import run_emulator

    with run_emulator(keys=(KEY,), dashboard=DashboardSettings(log_size=3)) as emulator:
        for number in range(5):
            httpx.get(f"{emulator.base_url}/persongroups/g{number}",
                      headers={"Ocp-Apim-Subscription-Key": KEY})
        paths = [entry.path for entry in emulator.requests]
    assert paths == [f"/face/v1.0/persongroups/g{n}" for n in (2, 3, 4)]


def test_state_page_lists_groups_persons_and_faces_by_label(
    face_emulator: RunningEmulator,
) -> None:
    with FaceClient(face_emulator.endpoint, KEY) as client:
        client.person_groups.create("team", "Team")
        ada = client.person_groups.persons.create("team", "Ada", user_data="ada's data")
    with FaceClient(face_emulator.endpoint, OTHER_KEY) as other:
        other.large_face_lists.create("other-list", "Other")
    with dashboard(face_emulator) as page:
        first = page.get("", params={"account": 1}).text
        second = page.get("", params={"account": 2}).text
        members = page.get("accounts/1/pg/team").text
    assert "team" in first and "other-list" not in first
    assert "other-list" in second and "team" not in re.sub(r"<[^>]+>", " ", second).split()
    assert "key #1" in first and "key #2" in first
    assert "Ada" in members and ada.person_id in members and "ada&#x27;s data" in members


def test_sessions_and_snapshots_show_without_their_tokens(face_emulator: RunningEmulator) -> None:
    headers = {"Ocp-Apim-Subscription-Key": KEY}
    v12 = face_emulator.base_url_for("v1.2")
    created = httpx.post(f"{v12}/detectLiveness-sessions", headers=headers,
                         json={"livenessOperationMode": "Passive",
                               "deviceCorrelationId": "device-1"}).json()
    token = created["authToken"]
    assert httpx.put(face_emulator.base_url + "/persongroups/snap", headers=headers,
                     json={"name": "Snap"}).status_code == 200
    taken = httpx.post(face_emulator.base_url + "/snapshots", headers=headers,
                       json={"type": "PersonGroup", "objectId": "snap",
                             "applyScope": [face_emulator.account_id]})
    assert taken.status_code == 202
    with dashboard(face_emulator) as page:
        state_page = ""
        deadline = time.monotonic() + 30  # the snapshot is taken in the background
        while "Snapshots (1)" not in state_page and time.monotonic() < deadline:
            state_page = page.get("").text
            time.sleep(0.05)
        details = [page.get(f"requests/{e.seq}").text for e in face_emulator.requests]
    assert created["sessionId"] in state_page and "Snapshots (1)" in state_page
    assert "Operations (1)" in state_page
    for text in [state_page, *details, face_emulator.requests.jsonl()]:
        assert token not in text
    # the dashboard's own pages are not requests to the services
    assert not any(e.path.startswith("/_facekit/dashboard") for e in face_emulator.requests)


@pytest.mark.parametrize(
    ("header", "name"),
    [("127.0.0.1:5000", "127.0.0.1"), ("[::1]:5000", "::1"), ("[::1]", "::1"),
     ("localhost", "localhost"), ("evil.example:80", "evil.example"), ("LOCALHOST", "localhost"),
     ("::1", None), ("[::1", None), ("[::1]x", None), ("127.0.0.1:80x", None),
     ("127.0.0.1:", None)],
)
def test_host_names(header: str, name: str | None) -> None:
    from facekit.emulator.dashboard.front import authority_name

    assert authority_name(header) == name
