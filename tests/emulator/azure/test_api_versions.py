"""The emulator's /face/v1.2 and preview mounts: one store behind every version, and the
answers that differ by version (headers, training's operation-Location, identify's
default, attribute names, spellings, routes that exist only in some versions)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest
import yaml

from facekit.emulator.azure.handlers import liveness_preview
from facekit.emulator.azure.handlers.multipart import MultipartError, parse_form
from facekit.emulator.azure.kinds import LPG, PG
from facekit.emulator.azure.version_routes import operations_for, v1_2_spellings
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import (
    KEY_HEADER,
    LOOPBACK_ONLY,
    add_stored_faces,
    error_code,
    near,
    register_faces,
    unit,
    wait_for,
)

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

NEWER = ["v1.1-preview.1", "v1.2-preview.1", "v1.2"]
OPENAPI = Path(__file__).resolve().parents[3] / "openapi"
METHODS = {"get", "put", "post", "patch", "delete"}


def unserved(version: str, op: dict[str, object]) -> bool:
    """Documented but not served: the previews' liveness routes, an older layout
    (``/detectLiveness/singleModal/sessions``…) that facekit does not speak; the emulator
    serves the final v1.2 routes."""
    return version != "v1.2" and op.get("tags") == ["liveness"]


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(training_seconds=0.02) as running:
        yield running


@pytest.fixture(scope="module")
def http(emu: RunningEmulator) -> Iterator[dict[str, httpx.Client]]:
    clients = {version: httpx.Client(base_url=emu.base_url_for(version),
                                     headers={KEY_HEADER: emu.key}, timeout=30.0)
               for version in ["v1.0", *NEWER]}
    yield clients
    for c in clients.values():
        c.close()


def trained(http: httpx.Client, path: str) -> None:
    assert http.post(f"{path}/train").status_code == 202
    wait_for(lambda: http.get(f"{path}/training").json().get("status") == "succeeded")


@pytest.mark.parametrize("version", NEWER)
def test_each_version_serves_exactly_its_operations_of_the_spec(version: str) -> None:
    # each version's own spec (openapi/azure-face-<version>.yaml, built from upstream);
    # operations are matched on method and path (the emulator names them facekit's way)
    spec = yaml.safe_load((OPENAPI / f"azure-face-{version}.yaml").read_text(encoding="utf-8"))
    documented = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS and not unserved(version, op)
    }
    # The previews' liveness routes are checked against Microsoft's own descriptions of them
    # (test_liveness_preview.py); openapi/ does not describe them.
    preview_liveness = (
        {(op.method, op.path) for op in liveness_preview.operations(version)}
        if version != "v1.2"
        else set()
    )
    served = {
        (op.method, op.path)
        for op in operations_for(version)
        if not op.path.startswith("/_facekit/")  # the emulator's own routes
        and (op.method, op.path) not in preview_liveness
    }
    assert served == documented


@pytest.mark.parametrize("version", NEWER)
def test_a_group_made_through_v1_0_is_the_same_group_through_newer_versions(
    http: dict[str, httpx.Client], version: str
) -> None:
    group = f"shared-{version.replace('.', '-')}"
    assert http["v1.0"].put(f"/persongroups/{group}", json={"name": "Shared"}).status_code == 200
    person = http[version].post(f"/persongroups/{group}/persons", json={"name": "Ada"}).json()
    assert http[version].get(f"/persongroups/{group}").json()["name"] == "Shared"
    listed = http["v1.0"].get(f"/persongroups/{group}/persons").json()
    assert [p["personId"] for p in listed] == [person["personId"]]
    assert http[version].delete(f"/persongroups/{group}").status_code == 200
    assert error_code(http["v1.0"].get(f"/persongroups/{group}")) == "PersonGroupNotFound"


def test_errors_carry_x_ms_error_code_from_v1_1_on(http: dict[str, httpx.Client]) -> None:
    old = http["v1.0"].get("/persongroups/missing")
    assert old.status_code == 404 and "x-ms-error-code" not in old.headers
    for version in NEWER:
        new = http[version].get("/persongroups/missing")
        assert new.status_code == 404 and new.headers["x-ms-error-code"] == "PersonGroupNotFound"
        assert new.headers["apim-request-id"]
        unknown_route = http[version].get("/no-such-route")
        assert unknown_route.headers["x-ms-error-code"] == error_code(unknown_route) == "404"
    no_key = httpx.get(http["v1.2"].base_url.join("persongroups"))
    assert no_key.status_code == 401 and no_key.headers["x-ms-error-code"] == "401"


@pytest.mark.parametrize("kind", [PG, LPG], ids=["PersonGroup", "LargePersonGroup"])
def test_train_answers_an_absolute_operation_location_from_v1_1_on(
    emu: RunningEmulator, http: dict[str, httpx.Client], kind: object
) -> None:
    path = f"/{kind.path}/located"  # type: ignore[attr-defined]
    assert http["v1.0"].put(path, json={"name": "Located"}).status_code == 200
    person = http["v1.0"].post(f"{path}/persons", json={"name": "p"}).json()["personId"]
    add_stored_faces(emu, kind, "located", [(person, unit(np.random.default_rng(1))[0])])  # type: ignore[arg-type]
    old = http["v1.0"].post(f"{path}/train")
    assert old.status_code == 202 and "operation-location" not in old.headers
    wait_for(lambda: http["v1.0"].get(f"{path}/training").json()["status"] == "succeeded")
    new = http["v1.2"].post(f"{path}/train")
    assert new.status_code == 202 and new.content == b""
    location = new.headers["operation-Location"]
    assert location == f"{emu.base_url_for('v1.2')}{path}/training"
    wait_for(lambda: httpx.get(location, headers={KEY_HEADER: emu.key}).json()["status"] == "succeeded")


def test_snapshot_routes_are_absent_after_v1_0(http: dict[str, httpx.Client]) -> None:
    assert http["v1.0"].get("/snapshots").status_code == 200
    for version in NEWER:
        answer = http[version].get("/snapshots")
        assert answer.status_code == 404 and error_code(answer) == "404"


def test_identify_defaults_to_ten_candidates_from_v1_1_on(
    emu: RunningEmulator, http: dict[str, httpx.Client]
) -> None:
    rng = np.random.default_rng(7)
    base = unit(rng)[0]
    assert http["v1.0"].put("/largepersongroups/crowd", json={"name": "Crowd"}).status_code == 200
    faces = []
    for _ in range(12):
        person = http["v1.0"].post("/largepersongroups/crowd/persons", json={"name": "p"}).json()
        faces.append((person["personId"], near(rng, base, 0.2)))
    add_stored_faces(emu, LPG, "crowd", faces)
    trained(http["v1.0"], "/largepersongroups/crowd")
    query = register_faces(emu, [base])
    body = {"faceIds": query, "largePersonGroupId": "crowd"}
    counts = {version: len(http[version].post("/identify", json=body).json()[0]["candidates"])
              for version in ["v1.0", *NEWER]}
    assert counts == {"v1.0": 1, "v1.1-preview.1": 10, "v1.2-preview.1": 10, "v1.2": 10}
    explicit = http["v1.2"].post("/identify", json={**body, "maxNumOfCandidatesReturned": 1})
    assert len(explicit.json()[0]["candidates"]) == 1


@pytest.mark.parametrize("name", ["emotion", "gender", "makeup", "Emotion"])
def test_attributes_v1_2_dropped_are_unknown_names_there(http: dict[str, httpx.Client], name: str) -> None:
    image = b"\xff\xd8\xff" + b"\0" * 2000  # never decoded: the parameter is checked first
    headers = {"Content-Type": "application/octet-stream"}
    old = http["v1.0"].post(f"/detect?returnFaceAttributes=blur,{name}", content=image, headers=headers)
    assert (old.status_code, error_code(old)) == (403, "UnsupportedFeature")
    new = http["v1.2"].post(f"/detect?returnFaceAttributes=blur,{name}", content=image, headers=headers)
    assert (new.status_code, error_code(new)) == (400, "BadArgument")
    assert name in new.json()["error"]["message"]
    limited = http["v1.2"].post("/detect?returnFaceAttributes=age", content=image, headers=headers)
    assert (limited.status_code, error_code(limited)) == (403, "UnsupportedFeature")


def test_v1_2_spellings_rewrite_every_level_field() -> None:
    face = {"faceId": "x", "faceAttributes": {
        "glasses": "NoGlasses", "qualityForRecognition": "High",
        "blur": {"blurLevel": "Low", "value": 0.1}, "exposure": {"exposureLevel": "GoodExposure", "value": 0.5},
        "noise": {"noiseLevel": "MEDIUM", "value": 0.4}, "mask": {"type": "NoMask", "noseAndMouthCovered": False},
        "accessories": [{"type": "headWear", "confidence": 0.9}], "headPose": {"yaw": 1.0}}}
    a = v1_2_spellings(face)["faceAttributes"]
    assert (a["glasses"], a["qualityForRecognition"]) == ("noGlasses", "high")
    assert (a["blur"]["blurLevel"], a["exposure"]["exposureLevel"], a["noise"]["noiseLevel"]) == (
        "low", "goodExposure", "medium")
    assert a["mask"]["type"] == "noMask" and a["accessories"][0]["type"] == "headwear"
    assert a["headPose"] == {"yaw": 1.0}


@pytest.mark.faces
def test_detect_on_v1_2_returns_face_ids_by_default_and_lower_case_levels(
    http: dict[str, httpx.Client], sample_faces: object
) -> None:
    from pathlib import Path

    photo = next(iter(sorted((Path(str(sample_faces)) / "people" / "family1-mom").glob("*.jpg"))))
    answer = http["v1.2"].post("/detect?returnFaceAttributes=blur,exposure,noise",
                               content=photo.read_bytes(), headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 200, answer.text
    (face,) = answer.json()
    assert "faceId" in face
    levels = [face["faceAttributes"][k][f"{k}Level"] for k in ("blur", "exposure", "noise")]
    assert all(level[0].islower() for level in levels)


def test_multipart_reader_rejects_malformed_bodies() -> None:
    good = b'--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n'
    assert [p.text() for p in parse_form("multipart/form-data; boundary=b", good)] == ["1"]
    assert parse_form('multipart/form-data; boundary="b"', good)[0].name == "a"
    for content_type, body in [
        ("application/json", good),
        ("multipart/form-data", good),
        ("multipart/form-data; boundary=b", good.replace(b"--b--\r\n", b"")),
        ("multipart/form-data; boundary=b", good.replace(b"form-data; ", b"attachment; ")),
        ("multipart/form-data; boundary=b", good.replace(b'name="a"', b"")),
        ("multipart/form-data; boundary=b", b"no parts at all"),
    ]:
        with pytest.raises(MultipartError):
            parse_form(content_type, body)
