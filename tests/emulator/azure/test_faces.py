"""Detection and recognition on the real sample photos, end to end through HTTP.

Acceptance: the eight people of ``people/`` enrolled through the API are identified in
both group scenes (6 of 6 faces), and face-to-face verify answers at least 150 of the
153 photo pairs correctly. Skipped when the sample photos are not available.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from PIL import Image

from facekit.emulator.config import Quotas
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import LOOPBACK_ONLY, UUID_RE, client, error_code, train_and_wait

pytestmark = [pytest.mark.faces, pytest.mark.emulator, LOOPBACK_ONLY]

OCTET = {"content-type": "application/octet-stream"}
SCENES = {
    "identification1.jpg": {"family1-mom", "family1-dad", "family1-son", "family1-daughter"},
    "test-image-person-group.jpg": {"family2-lady", "family2-man"},
}
LANDMARKS = {
    "pupilLeft", "pupilRight", "noseTip", "mouthLeft", "mouthRight", "eyebrowLeftOuter",
    "eyebrowLeftInner", "eyeLeftOuter", "eyeLeftTop", "eyeLeftBottom", "eyeLeftInner",
    "eyebrowRightInner", "eyebrowRightOuter", "eyeRightInner", "eyeRightTop", "eyeRightBottom",
    "eyeRightOuter", "noseRootLeft", "noseRootRight", "noseLeftAlarTop", "noseRightAlarTop",
    "noseLeftAlarOutTip", "noseRightAlarOutTip", "upperLipTop", "upperLipBottom",
    "underLipTop", "underLipBottom",
}


@pytest.fixture(scope="module")
def photos(sample_faces: Path) -> dict[str, list[bytes]]:
    people = sample_faces / "people"
    return {
        folder.name: [path.read_bytes() for path in sorted(folder.glob("*.jpg"))]
        for folder in sorted(people.iterdir()) if folder.is_dir()
    }


@pytest.fixture(scope="module")
def scenes(sample_faces: Path) -> dict[str, bytes]:
    return {name: (sample_faces / "scenes" / name).read_bytes() for name in SCENES}


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(training_seconds=0.05) as running:
        yield running


@pytest.fixture
def http(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with client(emu) as c:
        yield c


def detect(http: httpx.Client, image: bytes, **params: str) -> httpx.Response:
    return http.post("/detect", content=image, headers=OCTET, params=params)


def one_face(http: httpx.Client, image: bytes) -> str:
    faces = detect(http, image).json()
    assert len(faces) == 1
    return str(faces[0]["faceId"])


# ------------------------------------------------------------------ detect --


def test_detect_returns_faces_with_ids(http: httpx.Client, photos: dict[str, list[bytes]],
                                       scenes: dict[str, bytes]) -> None:
    response = detect(http, photos["family1-dad"][0], returnRecognitionModel="true",
                      recognitionModel="recognition_04")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    (face,) = response.json()
    assert re.match(UUID_RE, face["faceId"])
    assert face["recognitionModel"] == "recognition_04"
    assert set(face["faceRectangle"]) == {"top", "left", "width", "height"}
    assert all(isinstance(v, int) for v in face["faceRectangle"].values())
    assert "faceLandmarks" not in face and "faceAttributes" not in face
    without_id = detect(http, photos["family1-dad"][0], returnFaceId="false").json()
    assert "faceId" not in without_id[0]
    group = detect(http, scenes["identification1.jpg"]).json()
    assert len(group) == 4
    areas = [f["faceRectangle"]["width"] * f["faceRectangle"]["height"] for f in group]
    assert areas == sorted(areas, reverse=True)  # largest first


def test_detect_landmarks_and_attributes(http: httpx.Client, photos: dict[str, list[bytes]]
                                         ) -> None:
    (face,) = detect(http, photos["family2-man"][0], returnFaceLandmarks="true",
                     returnFaceAttributes="headPose,blur,exposure,noise").json()
    assert set(face["faceLandmarks"]) == LANDMARKS
    assert face["faceLandmarks"]["pupilLeft"]["x"] < face["faceLandmarks"]["pupilRight"]["x"]
    attributes = face["faceAttributes"]
    assert set(attributes) == {"headPose", "blur", "exposure", "noise"}
    assert set(attributes["headPose"]) == {"roll", "yaw", "pitch"}
    for name, level in (("blur", "blurLevel"), ("exposure", "exposureLevel"),
                        ("noise", "noiseLevel")):
        assert 0.0 <= attributes[name]["value"] <= 1.0
        assert isinstance(attributes[name][level], str)


@pytest.mark.parametrize(("params", "status", "code"), [
    ({"returnFaceAttributes": "emotion"}, 403, "UnsupportedFeature"),
    ({"returnFaceAttributes": "age,blur"}, 403, "UnsupportedFeature"),
    ({"returnFaceAttributes": "sparkle"}, 400, "BadArgument"),
    ({"returnFaceAttributes": "blur", "detectionModel": "detection_02"}, 400, "BadArgument"),
    ({"returnFaceLandmarks": "true", "detectionModel": "detection_02"}, 400, "BadArgument"),
    ({"returnFaceAttributes": "mask"}, 400, "BadArgument"),
    ({"returnFaceAttributes": "qualityForRecognition"}, 400, "BadArgument"),
    ({"detectionModel": "detection_04"}, 400, "BadArgument"),
    ({"recognitionModel": "recognition_05"}, 400, "BadArgument"),
    ({"faceIdTimeToLive": "59"}, 400, "BadArgument"),
])
def test_detect_parameter_rules(http: httpx.Client, photos: dict[str, list[bytes]],
                                params: dict[str, str], status: int, code: str) -> None:
    response = detect(http, photos["family1-mom"][0], **params)
    assert response.status_code == status and error_code(response) == code


def test_image_size_and_format_errors(http: httpx.Client) -> None:
    assert error_code(detect(http, b"\xff\xd8" + b"0" * 500)) == "InvalidImageSize"
    assert error_code(detect(http, b"\xff" * (6 * 1024 * 1024 + 1))) == "InvalidImageSize"
    assert error_code(detect(http, b"hello world, not an image" * 100)) == "InvalidImage"
    buffer = io.BytesIO()
    Image.effect_noise((300, 300), 40).convert("RGB").save(buffer, "WEBP")
    assert error_code(detect(http, buffer.getvalue())) == "InvalidImage"


def test_a_photo_without_faces(http: httpx.Client) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((320, 240), 30).convert("RGB").save(buffer, "PNG")
    assert detect(http, buffer.getvalue()).json() == []
    http.put("/facelists/faceless", json={"name": "f"})
    response = http.post("/facelists/faceless/persistedfaces", content=buffer.getvalue(),
                         headers=OCTET)
    assert response.status_code == 400 and error_code(response) == "InvalidImage"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def photo_server(sample_faces: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(sample_faces))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_detect_from_a_loopback_url_matches_the_upload(http: httpx.Client, photo_server: str,
                                                       scenes: dict[str, bytes]) -> None:
    url = f"{photo_server}/scenes/test-image-person-group.jpg"
    by_url = http.post("/detect", json={"url": url}, params={"returnFaceId": "false"})
    by_bytes = detect(http, scenes["test-image-person-group.jpg"], returnFaceId="false")
    assert by_url.status_code == 200 and by_url.json() == by_bytes.json()
    missing = http.post("/detect", json={"url": f"{photo_server}/scenes/none.jpg"})
    assert error_code(missing) == "InvalidURL"


# ---------------------------------------------------------------- add face --


def test_add_face_needs_exactly_one_face(http: httpx.Client, scenes: dict[str, bytes]) -> None:
    scene = scenes["test-image-person-group.jpg"]
    http.put("/facelists/targets", json={"name": "t"})
    url = "/facelists/targets/persistedfaces"
    several = http.post(url, content=scene, headers=OCTET)
    assert several.status_code == 400 and error_code(several) == "InvalidImage"
    faces = detect(http, scene).json()
    rect = faces[1]["faceRectangle"]
    target = f"{rect['left']},{rect['top']},{rect['width']},{rect['height']}"
    added = http.post(url, content=scene, headers=OCTET,
                      params={"targetFace": target, "userData": "the second face"})
    assert added.status_code == 200 and set(added.json()) == {"persistedFaceId"}
    listed = http.get("/facelists/targets").json()["persistedFaces"]
    assert listed == [{"persistedFaceId": added.json()["persistedFaceId"],
                       "userData": "the second face"}]
    empty_corner = http.post(url, content=scene, headers=OCTET, params={"targetFace": "0,0,20,20"})
    assert error_code(empty_corner) == "InvalidImage"
    outside = http.post(url, content=scene, headers=OCTET, params={"targetFace": "700,500,200,200"})
    assert error_code(outside) == "BadArgument"


def test_face_quotas(photos: dict[str, list[bytes]]) -> None:
    quotas = Quotas(faces_per_person=2, faces_per_face_list=1)
    with run_emulator(quotas=quotas) as emu, client(emu) as http:
        http.put("/persongroups/q", json={"name": "q"})
        person = http.post("/persongroups/q/persons", json={"name": "p"}).json()["personId"]
        url = f"/persongroups/q/persons/{person}/persistedfaces"
        images = photos["family1-dad"]
        assert [http.post(url, content=i, headers=OCTET).status_code for i in images[:2]] == [
            200, 200]
        refused = http.post(url, content=images[2], headers=OCTET)
        assert refused.status_code == 403 and error_code(refused) == "QuotaExceeded"
        http.put("/facelists/q", json={"name": "q"})
        assert http.post("/facelists/q/persistedfaces", content=images[0],
                         headers=OCTET).status_code == 200
        assert error_code(http.post("/facelists/q/persistedfaces", content=images[1],
                                    headers=OCTET)) == "QuotaExceeded"


# -------------------------------------------------------------- acceptance --


def test_the_eight_people_are_identified_in_both_scenes(
    http: httpx.Client, photos: dict[str, list[bytes]], scenes: dict[str, bytes]
) -> None:
    assert http.put("/persongroups/families", json={"name": "Families"}).status_code == 200
    names: dict[str, str] = {}
    for name, images in photos.items():
        person = http.post("/persongroups/families/persons", json={"name": name}).json()[
            "personId"]
        names[person] = name
        for image in images:
            added = http.post(f"/persongroups/families/persons/{person}/persistedfaces",
                              content=image, headers=OCTET)
            assert added.status_code == 200, (name, added.text)
    assert train_and_wait(http, "/persongroups/families")["status"] == "succeeded"
    correct = 0
    for scene, expected in SCENES.items():
        face_ids = [f["faceId"] for f in detect(http, scenes[scene]).json()]
        assert len(face_ids) == len(expected)
        results = http.post("/identify", json={"faceIds": face_ids,
                                               "personGroupId": "families"}).json()
        found = [names[r["candidates"][0]["personId"]] for r in results if r["candidates"]]
        correct += len(set(found) & expected) if len(found) == len(set(found)) else 0
    assert correct == 6


def test_verify_gets_the_photo_pairs_right(http: httpx.Client,
                                           photos: dict[str, list[bytes]]) -> None:
    faces = [(name, one_face(http, image)) for name, images in photos.items()
             for image in images]
    assert len(faces) == 18
    right = 0
    pairs = list(itertools.combinations(faces, 2))
    for (first_name, first), (second_name, second) in pairs:
        verdict = http.post("/verify", json={"faceId1": first, "faceId2": second}).json()
        right += int(verdict["isIdentical"] == (first_name == second_name))
    assert len(pairs) == 153
    assert right >= 150


def test_group_and_find_similar_on_photos(http: httpx.Client,
                                          photos: dict[str, list[bytes]]) -> None:
    faces = [(name, one_face(http, image)) for name, images in photos.items()
             for image in images[:2]]
    by_id = dict((face_id, name) for name, face_id in faces)
    result = http.post("/group", json={"faceIds": [f for _, f in faces]}).json()
    for group in result["groups"]:
        assert len({by_id[f] for f in group}) == 1  # never two people in one group
    loners = {by_id[f] for f in result.get("messyGroup", [])}
    assert {"family3-lady", "family3-man"} <= loners
    query = faces[0][1]
    similar = http.post("/findsimilars", json={
        "faceId": query, "faceIds": [f for _, f in faces[1:]]}).json()
    assert similar and all(by_id[m["faceId"]] == faces[0][0] for m in similar)
