"""Enroll the sample people in a person group, train it, and identify a group photo.

The group is bound to one recognition model, and the faces to identify must be detected
with the same one. The group is deleted at the end. Run: ``python person_group_identify.py``.
"""

from __future__ import annotations

from shared import face_service, samples, unique_id

from facekit import DetectionModel, FaceClient, RecognitionModel

DETECTION = DetectionModel.DETECTION_03
RECOGNITION = RecognitionModel.RECOGNITION_04


def main() -> None:
    photos = samples()
    scene = photos.scene("identification1.jpg", "obama3.jpg")
    group_id = unique_id("example-people")
    with face_service() as service, FaceClient(service.endpoint, service.key) as client:
        client.person_groups.create(group_id, "Example people", recognition_model=RECOGNITION)
        try:
            names: dict[str, str] = {}
            for name, person_photos in photos.people.items():
                person = client.person_groups.persons.create(group_id, name)
                names[person.person_id] = name
                for photo in person_photos[:2]:
                    client.person_groups.persons.add_face(
                        group_id, person.person_id, photo, detection_model=DETECTION
                    )
            client.person_groups.train(group_id)
            client.person_groups.wait_for_training(group_id, interval=0.2)
            print(f"trained {group_id} with {len(names)} people")

            faces = client.detect(scene, detection_model=DETECTION, recognition_model=RECOGNITION)
            face_ids = [face.face_id for face in faces if face.face_id]
            results = client.identify(face_ids[:10], person_group_id=group_id)
            for result in results:
                if result.candidates:
                    best = result.candidates[0]
                    print(f"{result.face_id}: {names[best.person_id]} ({best.confidence:.2f})")
                else:
                    print(f"{result.face_id}: nobody in the group")
        finally:
            client.person_groups.delete(group_id)


if __name__ == "__main__":
    main()
