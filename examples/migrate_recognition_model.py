"""Move a person group to a newer recognition model.

Face features of one recognition model cannot be compared with another's, and the
service never gives images back, so migrating means: create a group bound to the new
model, create the same people in it, and add each face again from its original photo.
This example keeps the photo's path in every face's ``user_data`` when enrolling, so the
migration can find the photos from the old group alone. (``facekit migrate`` does the
same from an enrollment manifest.) Run: ``python migrate_recognition_model.py``.
"""

from __future__ import annotations

from pathlib import Path

from shared import Samples, face_service, samples, unique_id

from facekit import DetectionModel, FaceClient, RecognitionModel

OLD_MODEL, NEW_MODEL = RecognitionModel.RECOGNITION_01, RecognitionModel.RECOGNITION_04


def enroll_old_group(client: FaceClient, group_id: str, photos: Samples) -> None:
    client.person_groups.create(group_id, "Old model", recognition_model=OLD_MODEL)
    for name, paths in photos.people.items():
        person = client.person_groups.persons.create(group_id, name)
        for photo in paths[:1]:
            client.person_groups.persons.add_face(
                group_id, person.person_id, photo, user_data=str(photo)
            )


def migrate(client: FaceClient, old_id: str, new_id: str) -> int:
    """Copy every person of ``old_id`` into a new group bound to NEW_MODEL; faces added."""
    client.person_groups.create(new_id, "New model", recognition_model=NEW_MODEL)
    added = 0
    for person in client.person_groups.persons.list(old_id):
        copy = client.person_groups.persons.create(new_id, person.name or person.person_id)
        for face_id in person.persisted_face_ids or []:
            face = client.person_groups.persons.get_face(old_id, person.person_id, face_id)
            if not face.user_data:
                print(f"  {person.name}: face {face_id} has no photo on record, skipped")
                continue
            client.person_groups.persons.add_face(
                new_id,
                copy.person_id,
                Path(face.user_data),
                detection_model=DetectionModel.DETECTION_03,
            )
            added += 1
    client.person_groups.train(new_id)
    client.person_groups.wait_for_training(new_id, interval=0.2)
    return added


def main() -> None:
    photos = samples()
    old_id, new_id = unique_id("example-old"), unique_id("example-new")
    with face_service() as service, FaceClient(service.endpoint, service.key) as client:
        try:
            enroll_old_group(client, old_id, photos)
            added = migrate(client, old_id, new_id)
            print(f"migrated {old_id} ({OLD_MODEL}) to {new_id} ({NEW_MODEL}): {added} faces")

            scene = photos.scene("identification1.jpg", "obama3.jpg")
            faces = client.detect(
                scene, detection_model=DetectionModel.DETECTION_03, recognition_model=NEW_MODEL
            )
            names = {p.person_id: p.name for p in client.person_groups.persons.list(new_id)}
            face_ids = [face.face_id for face in faces if face.face_id]
            for result in client.identify(face_ids[:10], person_group_id=new_id):
                found = [str(names[c.person_id]) for c in result.candidates]
                print(f"{result.face_id}: {', '.join(found) or 'nobody'}")
        finally:
            for group_id in (old_id, new_id):
                client.person_groups.delete(group_id)


if __name__ == "__main__":
    main()
