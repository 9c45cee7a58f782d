"""facekit.errors: how a service error reads, survives pickling, and names the operation
whose outcome is unknown."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from facekit.errors import (
    DamagedDatabaseError,
    NotFoundError,
    OutcomeUnknownError,
    ServiceError,
    StorageError,
    ThrottledError,
    UnwritableStorageError,
)


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (
            ServiceError("gone", status=404, code="PersonNotFound", request_id="r-1"),
            "404 PersonNotFound: gone (request id r-1)",
        ),
        (ServiceError("gone", status=404), "404: gone"),
        (ServiceError("gone", code="X"), "X: gone"),
        (ServiceError("gone", status=200, code="AuthFailure"), "200 AuthFailure: gone"),
        (ServiceError("gone"), "gone"),
        (ServiceError("gone", request_id="r-2"), "gone (request id r-2)"),
    ],
)
def test_service_error_text(error: ServiceError, text: str) -> None:
    assert str(error) == text


def test_service_errors_survive_pickling_whole() -> None:
    """Errors cross process boundaries (worker pools) with every field and their class."""
    original = NotFoundError("gone", status=404, code="PersonNotFound", request_id="r-1")
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is NotFoundError
    assert (copy.message, copy.status, copy.code, copy.request_id) == (
        "gone",
        404,
        "PersonNotFound",
        "r-1",
    )
    assert str(copy) == str(original)
    throttled = ThrottledError(
        "slow down", status=429, code="429", request_id="r-3", retry_after=2.5
    )
    again = pickle.loads(pickle.dumps(throttled))
    assert type(again) is ThrottledError
    assert (again.message, again.status, again.code, again.request_id, again.retry_after) == (
        "slow down",
        429,
        "429",
        "r-3",
        2.5,
    )
    assert str(again) == str(throttled)


def test_outcome_unknown_names_the_operation() -> None:
    error = OutcomeUnknownError("the connection broke", operation="create person")
    assert error.operation == "create person"
    assert str(error) == "the connection broke; outcome unknown, not retried"


# The same texts as test_service_error_text above, but built inside
# the test: mutmut records which tests reach a function while they run, and errors built
# in a parametrize list are built at collection, so those cases never counted for it.
def test_service_error_text_built_in_the_test() -> None:
    cases = [
        (
            ServiceError("gone", status=404, code="PersonNotFound", request_id="r-1"),
            "404 PersonNotFound: gone (request id r-1)",
        ),
        (ServiceError("gone", status=404), "404: gone"),
        (ServiceError("denied", status=401, code="401"), "401: denied"),
        (ServiceError("gone", code="X"), "X: gone"),
        (ServiceError("gone"), "gone"),
        (ServiceError("gone", request_id="r-2"), "gone (request id r-2)"),
    ]
    assert [str(error) for error, _ in cases] == [text for _, text in cases]


@pytest.mark.parametrize("kind", [StorageError, DamagedDatabaseError, UnwritableStorageError])
def test_a_storage_error_survives_pickling_with_its_path(kind: type[StorageError]) -> None:
    # errors cross process boundaries (worker pools): the path and the words must survive
    original = kind(Path("/data/manifest.db"), "/data/manifest.db: the enroll manifest is damaged")
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is kind
    assert copy.path == Path("/data/manifest.db")
    assert str(copy) == "/data/manifest.db: the enroll manifest is damaged"
