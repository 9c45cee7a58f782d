"""Verify faces: two photos of one person, two different people, and a face against an
enrolled person. Run: ``python verify.py``.
"""

from __future__ import annotations

from pathlib import Path

from shared import face_service, samples, unique_id

from facekit import DetectionModel, FaceClient, RecognitionModel

DETECTION = DetectionModel.DETECTION_03
RECOGNITION = RecognitionModel.RECOGNITION_04


def face_id(client: FaceClient, photo: Path) -> str:
    """The id of the largest face in ``photo`` (detected for recognition_04)."""
    faces = client.detect(photo, detection_model=DETECTION, recognition_model=RECOGNITION)
    ids = [face.face_id for face in faces if face.face_id]
    if not ids:
        raise SystemExit(f"no face found in {photo}")
    return ids[0]


def main() -> None:
    photos = samples()
    same = next(name for name, paths in photos.people.items() if len(paths) >= 2)
    other = next(name for name in photos.people if name != same)
    first, second = photos.people[same][:2]
    stranger = photos.people[other][0]
    with face_service() as service, FaceClient(service.endpoint, service.key) as client:
        a, b, c = face_id(client, first), face_id(client, second), face_id(client, stranger)
        for label, left, right in ((f"{same} vs {same}", a, b), (f"{same} vs {other}", a, c)):
            result = client.verify_faces(left, right)
            print(f"{label}: identical={result.is_identical} confidence={result.confidence:.2f}")

        group_id = unique_id("example-verify")
        client.person_groups.create(group_id, "Verify example", recognition_model=RECOGNITION)
        try:
            person = client.person_groups.persons.create(group_id, same)
            client.person_groups.persons.add_face(
                group_id, person.person_id, first, detection_model=DETECTION
            )
            result = client.verify_person(b, person.person_id, person_group_id=group_id)
            print(f"{second.name} is {same}: {result.is_identical} ({result.confidence:.2f})")
        finally:
            client.person_groups.delete(group_id)


if __name__ == "__main__":
    main()
