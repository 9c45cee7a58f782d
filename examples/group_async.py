"""``group.py`` with :class:`facekit.AsyncFaceClient`: every photo is detected
concurrently, then grouped. Run: ``python group_async.py``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from shared import face_service, samples

from facekit import AsyncFaceClient, DetectionModel, RecognitionModel


async def first_face(client: AsyncFaceClient, photo: Path) -> tuple[str, str] | None:
    faces = await client.detect(
        photo,
        detection_model=DetectionModel.DETECTION_03,
        recognition_model=RecognitionModel.RECOGNITION_04,
    )
    ids = [face.face_id for face in faces if face.face_id]
    return (ids[0], photo.name) if ids else None


async def main() -> None:
    photos = [photo for paths in samples().people.values() for photo in paths[:2]]
    with face_service() as service:
        async with AsyncFaceClient(service.endpoint, service.key) as client:
            found = await asyncio.gather(*(first_face(client, photo) for photo in photos))
            where = dict(face for face in found if face is not None)
            result = await client.group(list(where))
    for number, members in enumerate(result.groups, start=1):
        print(f"group {number}: {', '.join(sorted(where[m] for m in members))}")
    if result.messy_group:
        print(f"alone: {', '.join(sorted(where[m] for m in result.messy_group))}")


if __name__ == "__main__":
    asyncio.run(main())
