"""``verify.py`` with :class:`facekit.AsyncFaceClient`: the three photos are detected
concurrently. Run: ``python verify_async.py``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from shared import face_service, samples

from facekit import AsyncFaceClient, DetectionModel, RecognitionModel


async def face_id(client: AsyncFaceClient, photo: Path) -> str:
    faces = await client.detect(
        photo,
        detection_model=DetectionModel.DETECTION_03,
        recognition_model=RecognitionModel.RECOGNITION_04,
    )
    ids = [face.face_id for face in faces if face.face_id]
    if not ids:
        raise SystemExit(f"no face found in {photo}")
    return ids[0]


async def main() -> None:
    photos = samples()
    same = next(name for name, paths in photos.people.items() if len(paths) >= 2)
    other = next(name for name in photos.people if name != same)
    with face_service() as service:
        async with AsyncFaceClient(service.endpoint, service.key) as client:
            a, b, c = await asyncio.gather(
                face_id(client, photos.people[same][0]),
                face_id(client, photos.people[same][1]),
                face_id(client, photos.people[other][0]),
            )
            for label, left, right in ((f"{same} vs {same}", a, b), (f"{same} vs {other}", a, c)):
                result = await client.verify_faces(left, right)
                print(f"{label}: identical={result.is_identical} ({result.confidence:.2f})")


if __name__ == "__main__":
    asyncio.run(main())
