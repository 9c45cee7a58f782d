"""``large_person_group_identify.py`` with :class:`facekit.AsyncFaceClient`; lists the
people with ``async for`` (pages are fetched lazily).

Run: ``python large_person_group_identify_async.py``.
"""

from __future__ import annotations

import asyncio

from shared import face_service, samples, unique_id

from facekit import AsyncFaceClient, DetectionModel, RecognitionModel

DETECTION = DetectionModel.DETECTION_03
RECOGNITION = RecognitionModel.RECOGNITION_04


async def main() -> None:
    photos = samples()
    scene = photos.scene("identification1.jpg", "obama3.jpg")
    group_id = unique_id("example-large")
    with face_service() as service:
        async with AsyncFaceClient(service.endpoint, service.key) as client:
            groups = client.large_person_groups
            await groups.create(group_id, "Example (large)", recognition_model=RECOGNITION)
            try:
                for name, person_photos in photos.people.items():
                    person = await groups.persons.create(group_id, name)
                    for photo in person_photos[:2]:
                        await groups.persons.add_face(
                            group_id, person.person_id, photo, detection_model=DETECTION
                        )
                await groups.train(group_id)
                await groups.wait_for_training(group_id, interval=0.2)
                names = {p.person_id: p.name async for p in groups.persons.list(group_id)}
                print(f"{len(names)} people enrolled in {group_id}")
                faces = await client.detect(
                    scene, detection_model=DETECTION, recognition_model=RECOGNITION
                )
                face_ids = [face.face_id for face in faces if face.face_id]
                for result in await client.identify(face_ids[:10], large_person_group_id=group_id):
                    who = [str(names[c.person_id]) for c in result.candidates]
                    print(f"{result.face_id}: {', '.join(who) or 'nobody in the group'}")
            finally:
                await groups.delete(group_id)


if __name__ == "__main__":
    asyncio.run(main())
