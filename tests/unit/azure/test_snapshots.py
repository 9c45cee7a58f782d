"""Snapshot object types: a closed set facekit checks and spells before sending (the v1.0
spec keeps them open strings, like every upstream enum)."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from facekit import FaceClient
from facekit.errors import BadInputError
from tests.unit.azure.conftest import Recorder

OPERATION = "/operations/6a3a7b1e-5b1c-4d8e-9f65-3c2f1f1b2d4e"
TAKEN = httpx.Response(202, headers={"operation-location": OPERATION})
SCOPE = ["0823ad82-3e7b-5f7e-9560-2d64c16a6d3a"]


@pytest.mark.parametrize("given", ["LargePersonGroup", "large_person_group", "large person group"])
def test_take_sends_the_service_spelling(make_client: Callable[..., FaceClient], given: str) -> None:
    rec = Recorder([TAKEN])
    with make_client(rec) as client:
        assert client.snapshots.take(given, "staff", SCOPE) == OPERATION.rsplit("/", 1)[1]
    (request,) = rec.requests
    assert json.loads(request.content)["type"] == "LargePersonGroup"


def test_an_unknown_type_is_refused_before_sending(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([TAKEN])
    with make_client(rec) as client, pytest.raises(BadInputError, match="one of FaceList"):
        client.snapshots.take("Directory", "staff", SCOPE)
    assert rec.requests == []
