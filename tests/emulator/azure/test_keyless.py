"""Keyless callers: facekit.testing's Entra-style token credential against the emulator,
through FaceClient/AsyncFaceClient and Microsoft's azure-ai-vision-face SDK, and the
service's 401 for a token of another audience, an expired one or a forged one."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from facekit import AsyncFaceClient, FaceClient
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import AccessDeniedError, FaceKitError
from facekit.testing import AsyncEmulatorCredential, EmulatorCredential
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

TOKEN_MESSAGE = ("Access token is missing, invalid, audience is incorrect "
                 "(https://cognitiveservices.azure.com), or have expired.")


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(keys=("key-one", "key-two")) as running:
        yield running


def test_face_client_with_a_token_credential_acts_as_the_keys_account(emu: RunningEmulator) -> None:
    with FaceClient(emu.endpoint, credential=EmulatorCredential("key-one")) as keyless:
        keyless.person_groups.create("keyless", "Keyless")
        assert [g.person_group_id for g in keyless.person_groups.list()] == ["keyless"]
    with FaceClient(emu.endpoint, "key-one") as same, FaceClient(emu.endpoint, "key-two") as other:
        assert same.person_groups.get("keyless").name == "Keyless"
        assert list(other.person_groups.list()) == []
        same.person_groups.delete("keyless")


def test_async_client_with_the_async_credential(emu: RunningEmulator) -> None:
    async def scenario() -> list[str]:
        async with AsyncFaceClient(emu.endpoint, credential=AsyncEmulatorCredential("key-two"),
                                   api_version="v1.2") as client:
            await client.face_lists.create("async-keyless", "A")
            names = [f.face_list_id async for f in client.face_lists.list()]
            await client.face_lists.delete("async-keyless")
            return names

    assert asyncio.run(scenario()) == ["async-keyless"]


def _bearer(emu: RunningEmulator, token: str) -> httpx.Response:
    return httpx.get(f"{emu.base_url}/persongroups", headers={"Authorization": f"Bearer {token}"},
                     trust_env=False)


@pytest.mark.parametrize("case", ["wrong audience", "expired", "another key", "tampered", "not a jwt"])
def test_bad_tokens_get_the_services_401(emu: RunningEmulator, case: str) -> None:
    good = EmulatorCredential("key-one").get_token("https://cognitiveservices.azure.com/.default").token
    token = {
        "wrong audience": EmulatorCredential("key-one").get_token("https://storage.azure.com/.default").token,
        "expired": EmulatorCredential("key-one", lifetime=-3600).get_token().token,
        "another key": EmulatorCredential("not-a-key-of-this-emulator").get_token().token,
        "tampered": good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB"),
        "not a jwt": "opaque-token",
    }[case]
    answer = _bearer(emu, token)
    assert answer.status_code == 401
    assert answer.json() == {"error": {"code": "401", "message": TOKEN_MESSAGE}}
    assert _bearer(emu, good).status_code == 200


def test_facekit_reports_a_refused_token_without_showing_it(emu: RunningEmulator) -> None:
    credential = EmulatorCredential("key-one", lifetime=-3600)
    token = credential.get_token().token
    with FaceClient(emu.endpoint, credential=credential) as client, \
            pytest.raises(FaceKitError) as info:
        list(client.person_groups.list())
    assert isinstance(info.value, AccessDeniedError) or getattr(info.value, "status", None) == 401
    assert token not in str(info.value) and token not in repr(credential)


def test_a_key_still_wins_over_a_bearer_header(emu: RunningEmulator) -> None:
    answer = httpx.get(f"{emu.base_url}/persongroups", trust_env=False,
                       headers={KEY_HEADER: "key-two", "Authorization": "Bearer junk"})
    assert answer.status_code == 200


def test_microsofts_sdk_with_the_credential(emu: RunningEmulator) -> None:
    face_sdk = pytest.importorskip("azure.ai.vision.face", reason="azure-ai-vision-face not installed")
    admin = face_sdk.FaceAdministrationClient(emu.endpoint, EmulatorCredential("key-one"),
                                              api_version="v1.2")
    # azure-core sends bearer tokens over https only unless told otherwise per call; the
    # emulator listens on plain http on loopback.
    admin.large_face_list.create("sdk-keyless", name="SDK", enforce_https=False)
    assert admin.large_face_list.get("sdk-keyless", enforce_https=False).name == "SDK"
    admin.large_face_list.delete("sdk-keyless", enforce_https=False)
    refused = face_sdk.FaceAdministrationClient(emu.endpoint, EmulatorCredential("key-one", lifetime=-3600),
                                                api_version="v1.2")
    errors = pytest.importorskip("azure.core.exceptions")
    with pytest.raises(errors.HttpResponseError) as info:
        refused.large_face_list.get_large_face_lists(enforce_https=False)
    assert info.value.status_code == 401
