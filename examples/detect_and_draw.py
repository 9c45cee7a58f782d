"""Detect the faces in a photo, print their position and head pose, and draw them.

Writes ``detected-faces.png`` in the current folder. Run: ``python detect_and_draw.py``.
"""

from __future__ import annotations

from PIL import Image, ImageDraw
from shared import face_service, samples

from facekit import DetectionModel, FaceAttribute, FaceClient, RecognitionModel

OUTPUT = "detected-faces.png"


def main() -> None:
    photo = samples().scene("detection1.jpg", "test-image-person-group.jpg")
    with face_service() as service, FaceClient(service.endpoint, service.key) as client:
        faces = client.detect(
            photo,
            attributes=[FaceAttribute.HEAD_POSE, FaceAttribute.QUALITY_FOR_RECOGNITION],
            detection_model=DetectionModel.DETECTION_01,
            recognition_model=RecognitionModel.RECOGNITION_04,
        )
    print(f"{len(faces)} face(s) in {photo.name}")
    with Image.open(photo) as opened:
        picture = opened.convert("RGB")
    pen = ImageDraw.Draw(picture)
    for face in faces:
        box = face.face_rectangle
        pen.rectangle(
            (box.left, box.top, box.left + box.width, box.top + box.height), outline="red", width=3
        )
        attributes = face.face_attributes
        pose = attributes.head_pose if attributes else None
        quality = attributes.quality_for_recognition if attributes else None
        print(
            f"  at ({box.left}, {box.top}) size {box.width}x{box.height}"
            + (f", yaw {pose.yaw:.0f} pitch {pose.pitch:.0f} roll {pose.roll:.0f}" if pose else "")
            + (f", quality for recognition: {quality}" if quality else "")
        )
    picture.save(OUTPUT)
    print(f"drawn: {OUTPUT}")


if __name__ == "__main__":
    main()
