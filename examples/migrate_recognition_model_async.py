"""``migrate_recognition_model.py`` with :class:`facekit.AsyncFaceClient`: the people are
copied to the group bound to the new model concurrently.

Run: ``python migrate_recognition_model_async.py``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from shared import face_service, samples, unique_id

from facekit import AsyncFaceClient, DetectionModel, RecognitionModel

OLD_MODEL, NEW_MODEL = RecognitionModel.RECOGNITION_01, RecognitionModel.RECOGNITION_04


async def enroll(client: AsyncFaceClient, group_id: str, name: str, photo: Path) -> None:
    person = await client.person_groups.persons.create(group_id, name)
    await client.person_groups.persons.add_face(
        group_id, person.person_id, photo, user_data=str(photo)
    )


async def copy_person(
    client: AsyncFaceClient, old_id: str, new_id: str, person_id: str, name: str
) -> int:
    """Create ``name`` in ``new_id`` and add its faces again from their photos."""
    person = await client.person_groups.persons.get(old_id, person_id)
    copy = await client.person_groups.persons.create(new_id, name)
    added = 0
    for face_id in person.persisted_face_ids or []:
        face = await client.person_groups.persons.get_face(old_id, person_id, face_id)
        if face.user_data:
            await client.person_groups.persons.add_face(
                new_id,
                copy.person_id,
                Path(face.user_data),
                detection_model=DetectionModel.DETECTION_03,
            )
            added += 1
    return added


async def main() -> None:
    photos = samples()
    old_id, new_id = unique_id("example-old"), unique_id("example-new")
    with face_service() as service:
        async with AsyncFaceClient(service.endpoint, service.key) as client:
            groups = client.person_groups
            try:
                await groups.create(old_id, "Old model", recognition_model=OLD_MODEL)
                await asyncio.gather(
                    *(enroll(client, old_id, n, p[0]) for n, p in photos.people.items())
                )
                await groups.create(new_id, "New model", recognition_model=NEW_MODEL)
                people = [
                    (p.person_id, p.name or p.person_id) async for p in groups.persons.list(old_id)
                ]
                added = await asyncio.gather(
                    *(copy_person(client, old_id, new_id, pid, name) for pid, name in people)
                )
                await groups.train(new_id)
                await groups.wait_for_training(new_id, interval=0.2)
                print(f"migrated {old_id} to {new_id} ({NEW_MODEL}): {sum(added)} faces")
                scene = photos.scene("identification1.jpg", "obama3.jpg")
                faces = await client.detect(
                    scene, detection_model=DetectionModel.DETECTION_03, recognition_model=NEW_MODEL
                )
                new_names = {p.person_id: p.name async for p in groups.persons.list(new_id)}
                face_ids = [face.face_id for face in faces if face.face_id]
                for result in await client.identify(face_ids[:10], person_group_id=new_id):
                    found = [str(new_names[c.person_id]) for c in result.candidates]
                    print(f"{result.face_id}: {', '.join(found) or 'nobody'}")
            finally:
                for group_id in (old_id, new_id):
                    await groups.delete(group_id)


if __name__ == "__main__":
    asyncio.run(main())
