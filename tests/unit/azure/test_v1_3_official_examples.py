"""FaceClient(api_version="v1.3-preview.1") parses every vendored official v1.3-preview.1
example answer (tests/unit/azure/data/official-examples/v1.3-preview.1) into facekit's public
types, keeping every member the example sends, and sends each call to the example's
method and path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from facekit import FaceClient
from facekit.errors import ServerError
from tests.unit.azure.conftest import Recorder, json_response
from tests.unit.azure.official_examples_v1_3 import (
    DIVERGENT,
    EXAMPLES,
    PATCH_SETTINGS_AS_DOCUMENTED,
    ROUTES,
    VERSION,
    OfficialExample,
)

IMAGE = b"\xff\xd8\xff\xe0" + b"facekit-example-image" * 60
P = "your_person_group_id"

CALLS: dict[str, Callable[[FaceClient, OfficialExample], Any]] = {
    "LivenessSessionOperations_GetSettings": lambda c, e: c.liveness.settings.get(),
    "LivenessSessionOperations_PatchSettings":
        lambda c, e: c.liveness.settings.update(abuse_monitoring=True),
    "LivenessSessionOperations_GetClientAssetsAccessToken":
        lambda c, e: c.liveness.settings.client_assets_token(),
    "LivenessSessionOperations_CreateLivenessSession": lambda c, e: c.liveness.create_session(
        device_correlation_id="your_device_correlation_id", auth_token_ttl=60),
    "LivenessSessionOperations_GetLivenessSessionResult":
        lambda c, e: c.liveness.get_session(e.parameters["sessionId"]),
    "LivenessSessionOperations_DeleteLivenessSession":
        lambda c, e: c.liveness.delete_session(e.parameters["sessionId"]),
    "LivenessSessionOperations_CreateLivenessWithVerifySession":
        lambda c, e: c.liveness.create_verify_session(
            IMAGE, device_correlation_id="your_device_correlation_id", auth_token_ttl=60),
    "FaceDetectionOperations_DetectFromUrl": lambda c, e: c.detect_from_url(
        e.body["url"], landmarks=True, attributes=e.parameters["returnFaceAttributes"],
        recognition_model="recognition_03", return_recognition_model=True,
        detection_model="detection_01", face_id_ttl=60),
    "PersonGroupOperations_GetPersonGroup": lambda c, e: c.person_groups.get(P),
    "PersonGroupOperations_GetPersonGroups": lambda c, e: list(c.person_groups.list()),
    "PersonGroupOperations_UpdatePersonGroup": lambda c, e: c.person_groups.update(
        P, name=e.body["name"], user_data=e.body["userData"]),
    "PersonGroupOperations_CreatePersonGroupPerson": lambda c, e: c.person_groups.persons.create(
        P, e.body["name"], user_data=e.body["userData"]),
    "FaceListOperations_CreateLargeFaceList": lambda c, e: c.large_face_lists.create(
        "your_large_face_list_id", e.body["name"], user_data=e.body["userData"],
        recognition_model="recognition_01"),
    "FaceRecognitionOperations_VerifyFaceToFace":
        lambda c, e: c.verify_faces(e.body["faceId1"], e.body["faceId2"]),
}


def _dump(value: Any) -> Any:
    """A parsed answer back in JSON form, through the public types' ``to_dict``."""
    if isinstance(value, list):
        return [_dump(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _lost(example: Any, kept: Any, where: str = "") -> list[str]:
    """Members of the example's answer (with a value) that the parsed answer lost."""
    if isinstance(example, dict):
        if not isinstance(kept, dict):
            return [where or "<root>"]
        gaps = [f"{where}.{k}" for k, v in example.items() if v is not None and k not in kept]
        return gaps + [g for k, v in example.items() if k in kept
                       for g in _lost(v, kept[k], f"{where}.{k}")]
    if isinstance(example, list):
        if not isinstance(kept, list) or len(kept) != len(example):
            return [f"{where}[]"]
        return [g for i, (a, b) in enumerate(zip(example, kept, strict=True))
                for g in _lost(a, b, f"{where}[{i}]")]
    return []


def _answer(example: OfficialExample, body: Any) -> httpx.Response:
    return httpx.Response(example.status) if body is None else json_response(example.status, body)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.file)
def test_the_client_parses_the_official_answer(
    example: OfficialExample, make_client: Callable[..., FaceClient]
) -> None:
    body = PATCH_SETTINGS_AS_DOCUMENTED if example.file in DIVERGENT else example.answer
    rec = Recorder([_answer(example, body)])
    with make_client(rec, api_version=VERSION) as client:
        parsed = CALLS[example.operation_id](client, example)
    (sent,) = rec.requests
    method, template = ROUTES[example.operation_id]
    path = template.format(**example.path_parameters)
    assert (sent.method, sent.url.path) == (method, f"/face/{VERSION}{path}")
    if body is None:
        assert parsed is None
        return
    assert _lost(body, _dump(parsed)) == []


def test_the_published_patch_settings_answer_is_not_the_description_s_shape(
    make_client: Callable[..., FaceClient]
) -> None:
    """The repository's PatchSettings example answers flat members the description does not
    have; the client reports such an answer as the service's fault instead of guessing."""
    (example,) = [e for e in EXAMPLES if e.file in DIVERGENT]
    assert set(example.answer) == {"name", "enabled"}
    with make_client(Recorder([json_response(200, example.answer)]), api_version=VERSION) as client, \
            pytest.raises(ServerError, match="could not be read"):
        client.liveness.settings.update(abuse_monitoring=True)


def test_every_vendored_example_has_a_client_call() -> None:
    assert {e.operation_id for e in EXAMPLES} == set(CALLS)


def test_each_example_route_is_the_spec_s() -> None:
    import yaml

    spec_file = Path(__file__).resolve().parents[3] / "openapi" / f"azure-face-{VERSION}.yaml"
    spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    documented = {op["operationId"]: (method.upper(), path.split("?", 1)[0])
                  for path, item in spec["paths"].items() for method, op in item.items()
                  if isinstance(op, dict) and "operationId" in op}
    assert {name: documented.get(name) for name in ROUTES} == ROUTES
