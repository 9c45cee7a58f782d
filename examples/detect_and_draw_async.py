"""``detect_and_draw.py`` with :class:`facekit.AsyncFaceClient`: detect the faces of
several photos concurrently and draw each. Writes ``detected-<photo>.png``.

Run: ``python detect_and_draw_async.py``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PIL import Image, ImageDraw
from shared import face_service, samples

from facekit import AsyncFaceClient, DetectionModel, FaceAttribute, RecognitionModel


async def detect_and_draw(client: AsyncFaceClient, photo: Path) -> None:
    faces = await client.detect(
        photo,
        attributes=[FaceAttribute.HEAD_POSE, FaceAttribute.QUALITY_FOR_RECOGNITION],
        detection_model=DetectionModel.DETECTION_01,
        recognition_model=RecognitionModel.RECOGNITION_04,
    )
    with Image.open(photo) as opened:
        picture = opened.convert("RGB")
    pen = ImageDraw.Draw(picture)
    for face in faces:
        box = face.face_rectangle
        pen.rectangle(
            (box.left, box.top, box.left + box.width, box.top + box.height), outline="red", width=3
        )
    output = f"detected-{photo.stem}.png"
    picture.save(output)
    poses = [
        f"yaw {face.face_attributes.head_pose.yaw:.0f}"
        for face in faces
        if face.face_attributes and face.face_attributes.head_pose
    ]
    print(f"{photo.name}: {len(faces)} face(s) ({', '.join(poses)}), drawn: {output}")


async def main() -> None:
    photos = samples().scenes[:3]
    with face_service() as service:
        async with AsyncFaceClient(service.endpoint, service.key) as client:
            await asyncio.gather(*(detect_and_draw(client, photo) for photo in photos))


if __name__ == "__main__":
    asyncio.run(main())
