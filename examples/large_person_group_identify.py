"""The same as ``person_group_identify.py`` with a large person group (up to a million
people), and adding every face through a persisted-face check.

Run: ``python large_person_group_identify.py``.
"""

from __future__ import annotations

from shared import face_service, samples, unique_id

from facekit import DetectionModel, FaceClient, RecognitionModel

DETECTION = DetectionModel.DETECTION_03
RECOGNITION = RecognitionModel.RECOGNITION_04


def main() -> None:
    photos = samples()
    scene = photos.scene("identification1.jpg", "obama3.jpg")
    group_id = unique_id("example-large")
    with face_service() as service, FaceClient(service.endpoint, service.key) as client:
        groups = client.large_person_groups
        groups.create(group_id, "Example people (large)", recognition_model=RECOGNITION)
        try:
            names: dict[str, str] = {}
            for name, person_photos in photos.people.items():
                person = groups.persons.create(group_id, name, user_data="example")
                names[person.person_id] = name
                for photo in person_photos[:2]:
                    groups.persons.add_face(
                        group_id, person.person_id, photo, detection_model=DETECTION
                    )
            groups.train(group_id)
            status = groups.wait_for_training(group_id, interval=0.2)
            print(f"training of {group_id}: {status.state}")
            print(f"{sum(1 for _ in groups.persons.list(group_id))} people enrolled")

            faces = client.detect(scene, detection_model=DETECTION, recognition_model=RECOGNITION)
            face_ids = [face.face_id for face in faces if face.face_id]
            for result in client.identify(face_ids[:10], large_person_group_id=group_id):
                who = [f"{names[c.person_id]} ({c.confidence:.2f})" for c in result.candidates]
                print(f"{result.face_id}: {', '.join(who) or 'nobody in the group'}")
        finally:
            groups.delete(group_id)


if __name__ == "__main__":
    main()
