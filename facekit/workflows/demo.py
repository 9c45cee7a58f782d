"""The demo: enroll the sample people, train, identify who is in the sample scenes.

Used by ``facekit demo`` (the README's main job). Photos come from
:mod:`facekit.samples`; the manifest lives in facekit's cache folder, since the sample
folder may be read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from facekit.azure import FaceClient
from facekit.images import read_image_source
from facekit.workflows.enroll import enroll_folder
from facekit.workflows.groups import GroupRef
from facekit.workflows.identify import NameBook, identify_image
from facekit.workflows.train import train

DEMO_GROUP = "facekit-demo"
# Scenes worth identifying, in order of preference (the shared set, then the registry set).
SCENES = ("identification1.jpg", "test-image-person-group.jpg", "obama3.jpg")

Say = Callable[[str], None]


def demo_scenes(samples: Path) -> list[Path]:
    found = [samples / "scenes" / name for name in SCENES if (samples / "scenes" / name).exists()]
    return found or sorted((samples / "scenes").glob("*.jpg"))[:2]


def run_demo(
    client: FaceClient,
    samples: Path,
    out: Path,
    say: Say,
    *,
    manifest_path: Path,
    group_id: str = DEMO_GROUP,
) -> dict[str, Any]:
    group = GroupRef(group_id)
    say(f"1. enrolling the people in {samples / 'people'} into person group {group_id!r}")
    report = enroll_folder(
        client,
        samples / "people",
        group_id,
        name="facekit demo",
        recognition_model="recognition_04",
        manifest_path=manifest_path,
    )
    counts = report.counts("face")
    say(f"   faces: {', '.join(f'{n} {k}' for k, n in counts.items())}")
    say("2. training the group and waiting for it")
    status = train(client, group_id, kind="person-group", wait=True, timeout=600)
    say(f"   training {status.state}")
    results: dict[str, Any] = {}
    names = NameBook(client, group)
    scenes = demo_scenes(samples)
    for index, scene in enumerate(scenes, start=3):
        say(f"{index}. identifying the faces in {scene.name}")
        image = read_image_source(scene)
        found = identify_image(client, image, group, names=names)
        for face in found:
            who = f"{face.name} (confidence {face.confidence:.2f})" if face.name else "unknown"
            say(f"   {who} at ({face.box.left}, {face.box.top})")
        results[scene.name] = [f.to_dict() for f in found]
        if index == 3:
            from facekit.workflows.draw import draw_faces  # Pillow, loaded when drawing

            draw_faces(image, [(f.box, f.name or "unknown") for f in found], out)
            say(f"   annotated picture: {out}")
    return {
        "group": group_id,
        "enroll": report.to_dict()["counts"],
        "training": str(status.state),
        "scenes": results,
        "picture": str(out),
    }
