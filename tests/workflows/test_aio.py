"""The awaitable workflows do the same work as the sync ones without blocking the loop."""

from __future__ import annotations

import asyncio
from pathlib import Path

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.workflows import aio
from facekit.workflows.groups import GroupRef
from tests.workflows.helpers import group_state, link_people


def test_async_enroll_train_identify(face_emulator: RunningEmulator, sample_faces: Path,
                                     tmp_path: Path) -> None:
    folder = link_people(sample_faces, tmp_path / "people", ["family2-lady", "family2-man"])
    scene = sample_faces / "scenes" / "test-image-person-group.jpg"

    async def scenario(client: FaceClient) -> tuple[list[str], int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        beat = asyncio.create_task(ticker())
        report = await aio.enroll_folder(client, folder, "aio")
        await aio.train(client, "aio", wait=True, interval=0.05)
        found = await aio.identify_image(client, scene.read_bytes(), GroupRef("aio"))
        beat.cancel()
        assert report.ok
        return sorted(str(f.name) for f in found), ticks

    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        names, ticks = asyncio.run(scenario(client))
        assert group_state(client, GroupRef("aio")) == {"family2-lady": 3, "family2-man": 3}
    assert names == ["family2-lady", "family2-man"]
    assert ticks > 5  # the event loop kept running while the workflows worked
