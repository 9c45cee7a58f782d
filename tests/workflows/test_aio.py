"""The awaitable workflows take the asyncio clients, do the same work as the sync ones
without blocking the loop, and refuse the wrong client kind at the call."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from facekit import AsyncFaceClient, FaceClient
from facekit import workflows as sync_workflows
from facekit.emulator.server import RunningEmulator
from facekit.types import GroupRef
from facekit.workflows import aio
from tests.workflows.helpers import group_state, link_people


@pytest.mark.filterwarnings("error")
def test_async_enroll_train_identify(face_emulator: RunningEmulator, sample_faces: Path,
                                     tmp_path: Path) -> None:
    folder = link_people(sample_faces, tmp_path / "people", ["family2-lady", "family2-man"])
    scene = sample_faces / "scenes" / "test-image-person-group.jpg"

    async def scenario() -> tuple[list[str], list[int]]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        beat = asyncio.create_task(ticker())
        await asyncio.sleep(0)  # the ticker starts
        during: list[int] = []
        async with AsyncFaceClient(face_emulator.endpoint, face_emulator.key, rate=50) as client:
            before = ticks
            report = await aio.enroll_folder(client, folder, "aio")
            during.append(ticks - before)
            before = ticks
            status = await aio.train(client, "aio", wait=True, interval=0.05)
            during.append(ticks - before)
            found = await aio.identify_image(client, scene.read_bytes(), "aio")
            again = await aio.identify_image(client, scene.read_bytes(), GroupRef("aio"))
            group = await client.person_groups.get("aio")
        beat.cancel()
        assert report.ok and status.state.done
        assert group.recognition_model == "recognition_04"     # facekit's default model
        assert [f.person_id for f in found] == [f.person_id for f in again]
        return sorted(str(f.name) for f in found), during

    names, during = asyncio.run(scenario())
    assert names == ["family2-lady", "family2-man"]
    # The event loop kept running during each workflow: one that blocked it would let the
    # ticker run not once between its start and its end (no timing involved).
    assert all(count >= 1 for count in during), during
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        assert group_state(client, GroupRef("aio")) == {"family2-lady": 3, "family2-man": 3}


def test_wrong_client_kind_is_a_type_error_at_the_call(tmp_path: Path) -> None:
    with FaceClient("http://127.0.0.1:9", "k") as sync_client:
        with pytest.raises(TypeError, match=r"aio.train takes an AsyncFaceClient, got FaceClient"):
            asyncio.run(aio.train(sync_client, "g"))  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="AsyncFaceClient"):
            asyncio.run(aio.enroll_folder(sync_client, tmp_path, "g"))  # type: ignore[arg-type]

    async def wrong_way() -> None:
        async with AsyncFaceClient("http://127.0.0.1:9", "k") as client:
            with pytest.raises(TypeError, match=r"train takes a FaceClient, got AsyncFaceClient"):
                sync_workflows.train(client, "g")  # type: ignore[arg-type]
            with pytest.raises(TypeError, match="identify_image takes a FaceClient"):
                sync_workflows.identify_image(client, b"x", "g")  # type: ignore[arg-type]

    asyncio.run(wrong_way())


def test_the_synchronous_twin_shares_the_limiter_and_refuses_a_custom_transport() -> None:
    import httpx

    from facekit.errors import ConfigurationError
    from facekit.workflows.clients import blocking_twin

    async def scenario() -> None:
        secret = "k-twin-0123456789abcdef"
        async with AsyncFaceClient("http://127.0.0.1:9", secret, rate="s0", api_version="v1.2") as client:
            assert secret not in repr(client.twin_settings) + repr(vars(client))
            twin = blocking_twin(client)
            with twin:
                assert twin.limiter is client.limiter
                assert (twin.endpoint, twin.api_version) == (client.endpoint, "v1.2")
        mocked = AsyncFaceClient("http://127.0.0.1:9", "k",
                                 transport=httpx.MockTransport(lambda r: httpx.Response(200)))
        async with mocked:
            with pytest.raises(ConfigurationError, match="custom transport"):
                await aio.train(mocked, "g")

    asyncio.run(scenario())
