"""FusionClient, AsyncFusionClient and the official Tencent Cloud SDK against the
emulator's Tencent routes served on a loopback port: real images both ways."""

from __future__ import annotations

import asyncio
import base64
import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from facekit.errors import AccessDeniedError, InvalidImageError, NotFoundError
from facekit.tencent import AsyncFusionClient, FusionClient, MergeFace
from tests.unit.tencent.conftest import SECRET_ID, SECRET_KEY, RunningTencent, jpeg

pytestmark = pytest.mark.faces


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def pixels(data: bytes) -> np.ndarray:  # type: ignore[type-arg]
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def test_register_list_and_fuse_with_url_and_base64_results(tencent_server: RunningTencent, template_photo: Path, user_photos: list[Path]) -> None:
    with tencent_server.client() as client:
        material = client.add_material("at_live", template_photo, name="lady")
        assert [m.material_id for m in client.iter_materials("at_live")] == [material.material_id]
        by_url = client.fuse_face("at_live", material.material_id, user_photos[0])
        by_b64 = client.fuse_face("at_live", material.material_id, user_photos[0], rsp_img_type="base64")
    template_size = size_of(template_photo.read_bytes())
    assert size_of(by_url.image) == template_size == size_of(by_b64.image)
    assert by_url.url is not None and by_url.url.startswith(tencent_server.endpoint + "/_facekit/fused/")
    assert by_b64.url is None and by_b64.request_id
    assert np.abs(pixels(by_url.image) - pixels(by_b64.image)).mean() < 2  # same fusion


def test_several_faces_by_template_face_id_and_a_url_input(tencent_server: RunningTencent, sample_faces: Path, user_photos: list[Path]) -> None:
    group = sample_faces / "scenes" / "test-image-person-group.jpg"
    with tencent_server.client() as client:
        material = client.add_material("at_group", group)
        first, second = material.faces
        result = client.fuse_face(
            "at_group", material.material_id,
            faces=[MergeFace(image=user_photos[0], template_face_id=first.face_id),
                   MergeFace(image=user_photos[1], template_face_id=second.face_id)],
            logo_add=False,
        )
        # The emulator downloads user images from loopback URLs, e.g. an earlier result.
        again = client.fuse_face("at_group", material.material_id, urls=result.url, logo_add=False)
    original = pixels(group.read_bytes())
    fused = pixels(result.image)
    for face in (first, second):
        assert face.box is not None
        box = (slice(face.box.y, face.box.y + face.box.height), slice(face.box.x, face.box.x + face.box.width))
        assert np.abs(fused[box] - original[box]).mean() > 3
    assert size_of(again.image) == size_of(group.read_bytes())


def test_fuse_face_ultra_with_the_callers_template(tencent_server: RunningTencent, template_photo: Path, user_photos: list[Path]) -> None:
    with tencent_server.client() as client:
        result = client.fuse_face_ultra(user_photos[2], model_image=template_photo, swap_model_type=4,
                                        params={"WarpRadio": 0.7})
    assert size_of(result.image) == size_of(template_photo.read_bytes())


def test_errors_from_the_emulator_arrive_as_facekit_exceptions(tencent_server: RunningTencent, template_photo: Path) -> None:
    with tencent_server.client() as client:
        material = client.add_material("at_err", template_photo)
        with pytest.raises(InvalidImageError) as info:
            client.fuse_face("at_err", material.material_id, jpeg(200, 200), rsp_img_type="base64")
        assert info.value.code == "FailedOperation.NoFaceDetected" and info.value.request_id
        with pytest.raises(NotFoundError):
            client.fuse_face("at_err", "mt_404", template_photo)
        with pytest.raises(InvalidImageError) as added:
            client.add_material("at_err", jpeg(200, 200))
        assert added.value.code == "FailedOperation.NoFaceDetected"
    with FusionClient(SECRET_ID, "a-wrong-key", endpoint=tencent_server.endpoint) as wrong, \
            pytest.raises(AccessDeniedError) as denied:
        wrong.describe_material_list("at_err")
    assert denied.value.code == "AuthFailure.SignatureFailure"


def test_async_client_round_trip(tencent_server: RunningTencent, template_photo: Path, user_photos: list[Path]) -> None:
    async def scenario() -> tuple[bytes, list[str]]:
        async with AsyncFusionClient(SECRET_ID, SECRET_KEY, endpoint=tencent_server.endpoint, list_rate=None) as client:
            material = await client.add_material("at_async", template_photo)
            results = await asyncio.gather(*[
                client.fuse_face("at_async", material.material_id, photo) for photo in user_photos
            ])
            ids = [m.material_id async for m in client.iter_materials("at_async")]
            return results[0].image, ids

    image, ids = asyncio.run(scenario())
    assert size_of(image) == size_of(template_photo.read_bytes()) and len(ids) == 1


def test_the_official_sdk_works_against_the_emulator_unchanged(tencent_server: RunningTencent, template_photo: Path, user_photos: list[Path]) -> None:
    pytest.importorskip("tencentcloud.facefusion.v20220927")
    from tencentcloud.common import credential
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile
    from tencentcloud.facefusion.v20220927 import facefusion_client, models

    with tencent_server.client() as ours:
        material = ours.add_material("at_sdk", template_photo)
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=tencent_server.endpoint.removeprefix("http://"), protocol="http"))
    sdk = facefusion_client.FacefusionClient(credential.Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou", profile)

    listing = models.DescribeMaterialListRequest()
    listing.from_json_string(json.dumps({"ActivityId": "at_sdk", "Limit": 20, "Offset": 0}))
    listed = sdk.DescribeMaterialList(listing)
    assert listed.Count == 1 and listed.MaterialInfos[0].MaterialId == material.material_id
    assert listed.MaterialInfos[0].MaterialFaceList[0].FaceId == material.faces[0].face_id

    fuse = models.FuseFaceRequest()
    fuse.from_json_string(json.dumps({
        "ProjectId": "at_sdk", "ModelId": material.material_id, "RspImgType": "base64",
        "MergeInfos": [{"Image": base64.b64encode(user_photos[0].read_bytes()).decode()}],
    }))
    fused = sdk.FuseFace(fuse)
    assert size_of(base64.b64decode(fused.FusedImage)) == size_of(template_photo.read_bytes())
    assert fused.RequestId

    wrong = facefusion_client.FacefusionClient(credential.Credential(SECRET_ID, "wrong-key"), "ap-guangzhou", profile)
    with pytest.raises(TencentCloudSDKException) as info:
        wrong.DescribeMaterialList(listing)
    assert info.value.code == "AuthFailure.SignatureFailure" and info.value.requestId
