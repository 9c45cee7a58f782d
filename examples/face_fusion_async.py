"""``face_fusion.py`` with :class:`facekit.AsyncFusionClient`: several users' photos are
fused into one template concurrently. Writes ``fused-<photo>.jpg``.

Run: ``python face_fusion_async.py``.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from shared import fusion_service, fusion_template, samples

from facekit import AsyncFusionClient


async def fuse(fusion: AsyncFusionClient, project_id: str, model_id: str, photo: Path) -> None:
    result = await fusion.fuse_face(project_id, model_id, photo, fuse_face_degree=80)
    output = Path(f"fused-{photo.stem}.jpg")
    output.write_bytes(result.image)
    print(f"fused {photo.name}: {output}")


async def main() -> None:
    people = list(samples().people.values())
    template, users = people[0][0], [paths[0] for paths in people[1:3]]
    with fusion_service() as service:
        async with AsyncFusionClient(
            service.secret_id, service.key, endpoint=service.endpoint
        ) as fusion:
            if service.local:
                project_id = "at_example"
                material = await fusion.add_material(project_id, fusion_template(template))
                model_id = material.material_id
            else:
                project_id = os.environ["FACEFUSION_PROJECT_ID"]
                model_id = os.environ["FACEFUSION_MODEL_ID"]
            await asyncio.gather(*(fuse(fusion, project_id, model_id, p) for p in users))


if __name__ == "__main__":
    asyncio.run(main())
