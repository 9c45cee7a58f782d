"""``person_group_identify.py`` with :class:`facekit.AsyncFaceClient`: the people are
enrolled concurrently. Run: ``python person_group_identify_async.py``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from shared import face_service, samples, unique_id

from facekit import AsyncFaceClient, DetectionModel, RecognitionModel

DETECTION = DetectionModel.DETECTION_03
RECOGNITION = RecognitionModel.RECOGNITION_04


async def enroll(client: AsyncFaceClient, group_id: str, name: str, photos: list[Path]) -> str:
    """Create ``name`` in the group with up to two of ``photos``; returns the person id."""
    person = await client.person_groups.persons.create(group_id, name)
    for photo in photos[:2]:
        await client.person_groups.persons.add_face(
            group_id, person.person_id, photo, detection_model=DETECTION
        )
    return person.person_id


async def main() -> None:
    photos = samples()
    scene = photos.scene("identification1.jpg", "obama3.jpg")
    group_id = unique_id("example-people")
    with face_service() as service:
        async with AsyncFaceClient(service.endpoint, service.key) as client:
            await client.person_groups.create(group_id, "Example", recognition_model=RECOGNITION)
            try:
                ids = await asyncio.gather(
                    *(enroll(client, group_id, n, p) for n, p in photos.people.items())
                )
                names = dict(zip(ids, photos.people, strict=True))
                await client.person_groups.train(group_id)
                await client.person_groups.wait_for_training(group_id, interval=0.2)
                faces = await client.detect(
                    scene, detection_model=DETECTION, recognition_model=RECOGNITION
                )
                face_ids = [face.face_id for face in faces if face.face_id]
                for result in await client.identify(face_ids[:10], person_group_id=group_id):
                    who = [names[c.person_id] for c in result.candidates]
                    print(f"{result.face_id}: {', '.join(who) or 'nobody in the group'}")
            finally:
                await client.person_groups.delete(group_id)


if __name__ == "__main__":
    asyncio.run(main())
