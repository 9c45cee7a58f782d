"""FaceFusion through `facekit serve`'s combined app: the same port as the Azure routes."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
from PIL import Image

from facekit import FaceClient, FusionClient
from facekit.emulator.server import run_emulator


def test_fusion_and_azure_routes_share_one_port(sample_faces: Path) -> None:
    template = sorted((sample_faces / "people" / "family1-mom").glob("*.jpg"))[0]
    user = sorted((sample_faces / "people" / "family2-lady").glob("*.jpg"))[0]
    with run_emulator(tencent_credentials=(("AKIDcombinedtest0001", "combined-secret"),)) as emu:
        assert emu.tencent_credentials == ("AKIDcombinedtest0001", "combined-secret")
        with FusionClient("AKIDcombinedtest0001", "combined-secret", endpoint=emu.endpoint) as fusion:
            material = fusion.add_material("at_combined", template)
            result = fusion.fuse_face("at_combined", material.material_id, user.read_bytes(),
                                      rsp_img_type="base64")
        with Image.open(io.BytesIO(result.image)) as fused, Image.open(template) as original:
            assert fused.size == original.size
        with FaceClient(emu.endpoint, emu.key) as face:
            assert list(face.face_lists.list()) == []


def test_latency_option_delays_every_answer() -> None:
    import time

    with run_emulator(latency=0.2) as emu:
        started = time.perf_counter()
        httpx.get(f"{emu.base_url}/facelists", headers={"Ocp-Apim-Subscription-Key": emu.key})
        assert time.perf_counter() - started >= 0.2
