"""Tencent Cloud FaceFusion: fuse a user's face into a template ("material") of a project.

Against the local emulator the example registers a template itself (the console's job on
the real service); against Tencent Cloud set ``FACEFUSION_PROJECT_ID`` and
``FACEFUSION_MODEL_ID`` to a project and material made in the console. Writes
``fused.jpg``. Run: ``python face_fusion.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

from shared import fusion_service, fusion_template, samples

from facekit import FusionClient

OUTPUT = Path("fused.jpg")


def main() -> None:
    photos = samples()
    people = list(photos.people.values())
    template, user_photo = people[0][0], people[-1][0]
    with (
        fusion_service() as service,
        FusionClient(service.secret_id, service.key, endpoint=service.endpoint) as fusion,
    ):
        if service.local:
            project_id = "at_example"
            material = fusion.add_material(
                project_id, fusion_template(template), name="example template"
            )
            model_id = material.material_id
        else:
            project_id = os.environ["FACEFUSION_PROJECT_ID"]
            model_id = os.environ["FACEFUSION_MODEL_ID"]
        for material in fusion.iter_materials(project_id):
            print(f"material {material.material_id}: {len(material.faces)} face(s)")
        result = fusion.fuse_face(project_id, model_id, user_photo, fuse_face_degree=80)
    OUTPUT.write_bytes(result.image)
    print(f"fused {user_photo.name} into the template: {OUTPUT} ({len(result.image)} bytes)")


if __name__ == "__main__":
    main()
