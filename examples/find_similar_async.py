"""``find_similar.py`` with :class:`facekit.AsyncFaceClient`: candidates are detected
concurrently. Run: ``python find_similar_async.py``.
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
    photos = samples()
    candidates = [paths[0] for paths in photos.people.values()]
    query = next(iter(photos.people.values()))[-1]
    with face_service() as service:
        async with AsyncFaceClient(service.endpoint, service.key) as client:
            found = await asyncio.gather(*(first_face(client, p) for p in [query, *candidates]))
            faces = [face for face in found if face is not None]
            (query_id, _), where = faces[0], dict(faces[1:])
            similar = await client.find_similar(query_id, face_ids=list(where), max_candidates=3)
    print(f"faces like the one in {query.name}:")
    for match in similar:
        if match.face_id:
            print(f"  {where[match.face_id]} (confidence {match.confidence:.2f})")


if __name__ == "__main__":
    asyncio.run(main())
