"""Containers, persons and faces of the Azure emulator through plain HTTP: auth,
accounts, CRUD, paging, validation and the wire conventions."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import httpx
import numpy as np
import pytest

from facekit.emulator.azure.kinds import FL, LFL, LPG, PG
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.emulator.wire import UNAUTHORIZED_MESSAGE
from tests.emulator.azure_support import (
    KEY_HEADER,
    LOOPBACK_ONLY,
    UUID_RE,
    add_stored_faces,
    client,
    error_code,
    unit,
)

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(keys=("key-one", "key-two")) as running:
        yield running


@pytest.fixture
def http(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with client(emu, "key-one") as c:
        yield c


def fresh(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


# ---------------------------------------------------------------- auth --


@pytest.mark.parametrize("headers", [{}, {KEY_HEADER: ""}, {KEY_HEADER: "wrong"}])
def test_missing_or_unknown_key_gets_the_live_401(emu: RunningEmulator, headers: dict[str, str]
                                                 ) -> None:
    response = httpx.get(emu.base_url + "/persongroups", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": {"code": "401", "message": UNAUTHORIZED_MESSAGE}}
    assert response.headers["content-type"] == "application/json; charset=utf-8"


def test_unknown_path_needs_a_key_then_is_404(emu: RunningEmulator, http: httpx.Client) -> None:
    assert httpx.get(emu.base_url + "/nowhere").status_code == 401
    response = http.get("/nowhere")
    assert response.status_code == 404
    assert error_code(response) == "404"
    assert http.request("PUT", "/detect").status_code == 404  # wrong method


def test_keys_are_separate_accounts(emu: RunningEmulator) -> None:
    group = fresh("iso")
    with client(emu, "key-one") as one, client(emu, "key-two") as two:
        assert one.put(f"/persongroups/{group}", json={"name": "mine"}).status_code == 200
        assert two.get(f"/persongroups/{group}").status_code == 404
        assert group not in [g["personGroupId"] for g in two.get("/persongroups").json()]
        # the same id is free in the other account
        assert two.put(f"/persongroups/{group}", json={"name": "theirs"}).status_code == 200
        assert one.get(f"/persongroups/{group}").json()["name"] == "mine"
    assert emu.account_ids["key-one"] != emu.account_ids["key-two"]
    assert re.match(UUID_RE, emu.account_id)


def test_repr_of_the_handle_hides_keys(emu: RunningEmulator) -> None:
    assert "key-one" not in repr(emu)
    assert "key-one" not in repr(emu.emulator.config)


# ------------------------------------------------------- wire conventions --


def test_every_answer_carries_request_id_and_billing_headers(http: httpx.Client) -> None:
    for response in (http.get("/persongroups"), http.get("/persongroups/absent")):
        assert re.match(UUID_RE, response.headers["apim-request-id"])
        assert response.headers["csp-billing-usage"] == "CognitiveServices.Face.Transaction=1"


def test_create_update_delete_answer_200_with_empty_body(http: httpx.Client) -> None:
    group = fresh("empty")
    for response in (
        http.put(f"/persongroups/{group}", json={"name": "n"}),
        http.patch(f"/persongroups/{group}", json={"userData": "u"}),
        http.delete(f"/persongroups/{group}"),
    ):
        assert response.status_code == 200
        assert response.content == b""
        assert response.headers["content-length"] == "0"


def test_unknown_query_parameters_are_ignored(http: httpx.Client) -> None:
    group = fresh("overload")
    assert http.put(f"/persongroups/{group}?overload=stream", json={"name": "n"}).status_code == 200
    assert http.get(f"/persongroups/{group}", params={"_overload": "x"}).status_code == 200


# ------------------------------------------------------------ containers --


@pytest.mark.parametrize("kind", [PG, LPG, FL, LFL], ids=lambda k: k.wire)
def test_container_lifecycle(http: httpx.Client, kind: object) -> None:
    assert kind in (PG, LPG, FL, LFL)
    path, id_field = kind.path, kind.id_field  # type: ignore[attr-defined]
    wire = kind.wire  # type: ignore[attr-defined]
    cid = fresh(path[:4])
    created = http.put(f"/{path}/{cid}", json={"name": "First", "userData": "data",
                                                "recognitionModel": "recognition_04"})
    assert created.status_code == 200, created.text
    assert error_code(http.put(f"/{path}/{cid}", json={"name": "x"})) == f"{wire}Exists"
    got = http.get(f"/{path}/{cid}").json()
    assert got[id_field] == cid and got["name"] == "First" and got["userData"] == "data"
    assert "recognitionModel" not in got
    with_model = http.get(f"/{path}/{cid}", params={"returnRecognitionModel": "true"}).json()
    assert with_model["recognitionModel"] == "recognition_04"
    assert http.patch(f"/{path}/{cid}", json={"name": "Second"}).status_code == 200
    got = http.get(f"/{path}/{cid}").json()
    assert got["name"] == "Second" and got["userData"] == "data"
    listed = http.get(f"/{path}").json()
    assert cid in [item[id_field] for item in listed]
    assert all("persistedFaces" not in item for item in listed)
    assert http.delete(f"/{path}/{cid}").status_code == 200
    missing = http.get(f"/{path}/{cid}")
    assert missing.status_code == 404 and error_code(missing) == f"{wire}NotFound"
    assert error_code(http.delete(f"/{path}/{cid}")) == f"{wire}NotFound"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ({}, "no name"),
        ({"name": ""}, "empty name"),
        ({"name": "x" * 129}, "name too long"),
        ({"name": "n", "userData": "u" * 16_385}, "userData too long"),
        ({"name": "n", "recognitionModel": "recognition_09"}, "unknown model"),
        ({"name": 5}, "name not a string"),
    ],
)
def test_create_rejects_bad_bodies(http: httpx.Client, body: dict[str, object], why: str) -> None:
    response = http.put(f"/persongroups/{fresh('bad')}", json=body)
    assert response.status_code == 400, why
    assert error_code(response) == "BadArgument"


def test_create_rejects_invalid_json_and_ids(http: httpx.Client) -> None:
    response = http.put(f"/persongroups/{fresh('json')}", content=b"{not json",
                        headers={"content-type": "application/json"})
    assert error_code(response) == "BadArgument"
    for bad in ("UPPER", "a" * 65, "sp%20ace", "dot.ted"):
        response = http.put(f"/persongroups/{bad}", json={"name": "n"})
        assert response.status_code == 400 and error_code(response) == "BadArgument", bad
    # reading with a malformed id is simply "not found"
    assert error_code(http.get("/persongroups/UPPER")) == "PersonGroupNotFound"


def test_large_containers_need_name_or_user_data_on_update(http: httpx.Client) -> None:
    group = fresh("lpg")
    http.put(f"/largepersongroups/{group}", json={"name": "n"})
    assert error_code(http.patch(f"/largepersongroups/{group}", json={})) == "BadArgument"
    assert http.patch(f"/persongroups/{fresh('nogroup')}", json={}).status_code == 404


def test_listing_pages_in_id_order(http: httpx.Client, emu: RunningEmulator) -> None:
    with client(emu, "key-two") as own:
        prefix = fresh("page")
        ids = sorted(f"{prefix}-{n:02d}" for n in range(7))
        for cid in reversed(ids):
            assert own.put(f"/largefacelists/{cid}", json={"name": cid}).status_code == 200
        seen: list[str] = []
        start = ""
        while True:
            page = own.get("/largefacelists", params={"start": start, "top": 3}).json()
            page_ids = [item["largeFaceListId"] for item in page]
            seen.extend(i for i in page_ids if i.startswith(prefix))
            if len(page) < 3:
                break
            start = page_ids[-1]
        assert seen == ids
        assert error_code(own.get("/largefacelists", params={"top": 0})) == "BadArgument"
        assert error_code(own.get("/largefacelists", params={"top": 1001})) == "BadArgument"
        assert error_code(own.get("/persongroups", params={"start": "s" * 65})) == "BadArgument"


# ---------------------------------------------------------------- persons --


def test_person_lifecycle_and_paging(http: httpx.Client) -> None:
    group = fresh("people")
    http.put(f"/persongroups/{group}", json={"name": "g"})
    created = [http.post(f"/persongroups/{group}/persons", json={"name": f"p{n}"})
               for n in range(5)]
    assert all(r.status_code == 200 for r in created)
    assert all(set(r.json()) == {"personId"} for r in created)
    person_ids = sorted(r.json()["personId"] for r in created)
    assert all(re.match(UUID_RE, p) for p in person_ids)
    first = http.get(f"/persongroups/{group}/persons", params={"top": 2}).json()
    assert [p["personId"] for p in first] == person_ids[:2]
    rest = http.get(f"/persongroups/{group}/persons",
                    params={"start": person_ids[1]}).json()
    assert [p["personId"] for p in rest] == person_ids[2:]
    person = person_ids[0]
    url = f"/persongroups/{group}/persons/{person}"
    assert http.patch(url, json={"userData": "x"}).status_code == 200
    got = http.get(url).json()
    assert got["userData"] == "x" and got["persistedFaceIds"] == [] and got["name"]
    assert http.delete(url).status_code == 200
    assert error_code(http.get(url)) == "PersonNotFound"
    assert error_code(http.get(f"/persongroups/{group}/persons/not-a-uuid")) == "PersonNotFound"
    assert error_code(http.post(f"/persongroups/{fresh('none')}/persons", json={"name": "p"})
                      ) == "PersonGroupNotFound"


def test_persisted_faces_of_persons_and_lists(http: httpx.Client, emu: RunningEmulator) -> None:
    rng = np.random.default_rng(1)
    group, large_list, small_list = fresh("faces"), fresh("lfl"), fresh("fl")
    http.put(f"/largepersongroups/{group}", json={"name": "g"})
    http.put(f"/largefacelists/{large_list}", json={"name": "l"})
    http.put(f"/facelists/{small_list}", json={"name": "s"})
    person = http.post(f"/largepersongroups/{group}/persons", json={"name": "p"}).json()[
        "personId"]
    (face,) = add_stored_faces(emu, LPG, group, [(person, unit(rng)[0])], key="key-one")
    url = f"/largepersongroups/{group}/persons/{person}/persistedfaces/{face}"
    assert http.get(url).json() == {"persistedFaceId": face, "userData": None}
    assert http.patch(url, json={"userData": "note"}).status_code == 200
    assert http.get(url).json()["userData"] == "note"
    assert error_code(http.patch(url, json={"userData": "n" * 1025})) == "BadArgument"
    assert http.get(f"/largepersongroups/{group}/persons/{person}").json()[
        "persistedFaceIds"] == [face]
    assert http.delete(url).status_code == 200
    assert error_code(http.get(url)) == "PersistedFaceNotFound"

    list_faces = add_stored_faces(emu, LFL, large_list, [("", v) for v in unit(rng, 4)],
                                  key="key-one")
    page = http.get(f"/largefacelists/{large_list}/persistedfaces", params={"top": 3}).json()
    assert [f["persistedFaceId"] for f in page] == sorted(list_faces)[:3]
    small = add_stored_faces(emu, FL, small_list, [("", v) for v in unit(rng, 2)],
                             key="key-one")
    got = http.get(f"/facelists/{small_list}").json()
    assert [f["persistedFaceId"] for f in got["persistedFaces"]] == small
    assert http.delete(f"/facelists/{small_list}/persistedfaces/{small[0]}").status_code == 200
    assert [f["persistedFaceId"] for f in http.get(f"/facelists/{small_list}").json()[
        "persistedFaces"]] == small[1:]


def test_add_face_validates_parameters_before_reading_the_image(http: httpx.Client) -> None:
    group = fresh("params")
    http.put(f"/persongroups/{group}", json={"name": "g"})
    person = http.post(f"/persongroups/{group}/persons", json={"name": "p"}).json()["personId"]
    url = f"/persongroups/{group}/persons/{person}/persistedfaces"
    bytes_body = {"content": b"\x00" * 2048, "headers": {"content-type":
                                                           "application/octet-stream"}}
    for params in ({"targetFace": "1,2,3"}, {"targetFace": "a,b,c,d"},
                   {"detectionModel": "detection_09"}, {"userData": "u" * 1025}):
        response = http.post(url, params=params, **bytes_body)  # type: ignore[arg-type]
        assert error_code(response) == "BadArgument", params
    response = http.post(url, content=b"x", headers={"content-type": "text/plain"})
    assert error_code(response) == "BadArgument"


def test_image_bodies_are_checked_for_size_and_format(http: httpx.Client) -> None:
    octet = {"content-type": "application/octet-stream"}
    for body, code in ((b"\xff\xd8" * 100, "InvalidImageSize"),
                       (b"\xff" * (6 * 1024 * 1024 + 1), "InvalidImageSize"),
                       (b"\x00" * (7 * 1024 * 1024), "InvalidImageSize"),
                       (b"not an image at all " * 200, "InvalidImage")):
        response = http.post("/detect", content=body, headers=octet)
        assert response.status_code == 400 and error_code(response) == code, code
