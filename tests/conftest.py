"""Shared test configuration: the cassette rules and the sample photos (tests/data/faces).

Cassettes (vcrpy through pytest-recording) never hold a secret or an image: the key,
authorization and Tencent token headers are filtered, the real host is replaced by one
placeholder (so replay works against any endpoint), and binary request bodies are stored
as ``sha256:<hex>`` digests, which the live request is turned into as well before
matching. The hooks are idempotent because vcrpy may run them twice on one request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facekit.config import ENDPOINT_VARIABLES, KEY_VARIABLES
from facekit.samples import TEST_FACES, is_layout
from facekit.tencent import config as tencent_config
from facekit.testing.cassettes import PLACEHOLDER, recording_config, tc_action_matches
from facekit.workflows.faults import CRASH_AT, CRASH_LOG

# Settings a developer's shell or a CI job may hold (a real Azure or Tencent account, a
# crash point left exported): each test starts without them and sets what it needs, so
# that no client, command or subprocess is sent to another service than the test meant.
AMBIENT_VARIABLES = (
    *ENDPOINT_VARIABLES,
    *KEY_VARIABLES,
    tencent_config.SECRET_ID_VARIABLE,
    tencent_config.SECRET_KEY_VARIABLE,
    tencent_config.TOKEN_VARIABLE,
    tencent_config.ENDPOINT_VARIABLE,
    CRASH_AT,
    CRASH_LOG,
)

# The emulator fixtures come from facekit's pytest plugin (entry point "facekit.testing").


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    # No record_mode here: the command line decides (pytest-recording's own rule).
    # The one recipe users get too (facekit.testing.cassettes), never a copy of it.
    return recording_config()


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("tc_action", tc_action_matches)


@pytest.fixture
def placeholder_endpoint() -> str:
    return PLACEHOLDER


@pytest.fixture(scope="session")
def sample_faces() -> Path:
    """The project's sample photos (tests/data/faces: eight people, group scenes;
    Microsoft's Face sample data, MIT, licence beside them)."""
    assert is_layout(TEST_FACES), f"{TEST_FACES} is part of the repository: restore it"
    return TEST_FACES


@pytest.fixture(scope="session")
def any_sample_faces(sample_faces: Path) -> Path:
    """A sample set with people/ and scenes/ (the project's own)."""
    return sample_faces


@pytest.fixture(autouse=True)
def _no_ambient_services(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in AMBIENT_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _facekit_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """facekit's data folder (where commands without an endpoint keep the local emulator's
    data) per test: never the user's own, nor one that another test filled."""
    folder = tmp_path_factory.mktemp("facekit-data")
    monkeypatch.setenv("FACEKIT_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _facekit_state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """facekit's user state folder (where enroll records its manifests) per test, never
    the user's own (subprocesses inherit it through the environment)."""
    folder = tmp_path_factory.mktemp("facekit-state")
    monkeypatch.setenv("FACEKIT_STATE_DIR", str(folder))
    return folder
