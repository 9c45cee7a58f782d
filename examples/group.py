"""Group faces by person: detect a face in every sample photo and let the service sort
them into groups of the same person (and a "messy group" of loners).

Run: ``python group.py``.
"""

from __future__ import annotations

from shared import face_service, samples

from facekit import DetectionModel, FaceClient, RecognitionModel

DETECTION = DetectionModel.DETECTION_03
RECOGNITION = RecognitionModel.RECOGNITION_04


def main() -> None:
    photos = samples()
    with face_service() as service, FaceClient(service.endpoint, service.key) as client:
        where: dict[str, str] = {}
        for paths in photos.people.values():
            for photo in paths[:2]:
                faces = client.detect(
                    photo, detection_model=DETECTION, recognition_model=RECOGNITION
                )
                for face in faces[:1]:
                    if face.face_id:
                        where[face.face_id] = photo.name
        result = client.group(list(where))
    for number, members in enumerate(result.groups, start=1):
        print(f"group {number}: {', '.join(sorted(where[m] for m in members))}")
    if result.messy_group:
        print(f"alone: {', '.join(sorted(where[m] for m in result.messy_group))}")


if __name__ == "__main__":
    main()
