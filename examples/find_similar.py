"""Find similar faces: a face from a group photo among candidate faces (detected face ids),
then among the persisted faces of a face list. Run: ``python find_similar.py``.
"""

from __future__ import annotations

from shared import face_service, samples, unique_id

from facekit import DetectionModel, FaceClient, RecognitionModel

DETECTION = DetectionModel.DETECTION_03
RECOGNITION = RecognitionModel.RECOGNITION_04


def main() -> None:
    photos = samples()
    candidates = [paths[0] for paths in photos.people.values()]
    with face_service() as service, FaceClient(service.endpoint, service.key) as client:
        where: dict[str, str] = {}
        for photo in candidates:
            for face in client.detect(
                photo, detection_model=DETECTION, recognition_model=RECOGNITION
            ):
                if face.face_id:
                    where[face.face_id] = photo.name
        query = next(iter(photos.people.values()))[-1]
        faces = client.detect(query, detection_model=DETECTION, recognition_model=RECOGNITION)
        query_id = next(face.face_id for face in faces if face.face_id)

        similar = client.find_similar(query_id, face_ids=list(where), max_candidates=3)
        print(f"faces like the one in {query.name}:")
        for match in similar:
            if match.face_id:
                print(f"  {where[match.face_id]} (confidence {match.confidence:.2f})")

        list_id = unique_id("example-list")
        client.face_lists.create(list_id, "Candidates", recognition_model=RECOGNITION)
        try:
            names: dict[str, str] = {}
            for photo in candidates:
                added = client.face_lists.add_face(list_id, photo, detection_model=DETECTION)
                names[added.persisted_face_id] = photo.name
            matches = client.find_similar(query_id, face_list_id=list_id, mode="matchFace")
            print("in the face list:")
            for match in matches:
                if match.persisted_face_id:
                    print(f"  {names[match.persisted_face_id]} ({match.confidence:.2f})")
        finally:
            client.face_lists.delete(list_id)


if __name__ == "__main__":
    main()
