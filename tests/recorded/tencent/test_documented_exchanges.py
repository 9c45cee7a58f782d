"""Recorded FaceFusion exchanges (cassettes) and how facekit reads them.

Recorded against the emulator's Tencent routes in-process (httpx's ASGITransport under
facekit's own transport, so the cassettes hold the rewritten, signed wire requests):
``pytest --record-mode=rewrite tests/recorded/tencent/test_documented_exchanges.py``. Replay
needs neither the emulator nor the network. Every action is ``POST /``, so requests are
told apart by ``X-TC-Action`` and their body. Authorization and host are filtered out,
and image bytes would be stored as digests; these exchanges carry no face image — image
round trips are covered by the live emulator tests.
"""

from __future__ import annotations

import asyncio
import io
import random
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest
from PIL import Image

from facekit.emulator.engine.rectangle import Rectangle
from facekit.emulator.tencent.config import TencentConfig
from facekit.emulator.tencent.materials import owner_of
from facekit.emulator.tencent.routes import TencentApp, create_tencent_app
from facekit.errors import AccessDeniedError, InvalidImageError, NotFoundError
from facekit.retry import RetryPolicy
from facekit.tencent import AsyncFusionClient, FaceBox
from tests.unit.tencent.conftest import NOW, SECRET_ID, SECRET_KEY

T = TypeVar("T")
ENDPOINT = "http://127.0.0.1:5000"
ACTIVITY = "at_1729474366010862613"
MATERIAL_IDS = [f"mt_17294743660108626{n:02d}" for n in range(1, 4)]
RECORD_SEED = 20261122  # RequestIds from a seeded stream: re-recording gives the same cassettes
VCR = pytest.mark.vcr(match_on=["method", "host", "path", "tc_action", "body"])


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def synthetic_template(width: int = 320, height: int = 400) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 170, 150)).save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def build_app(clock: Clock, **options: Any) -> TencentApp:
    """An in-memory emulator holding three materials with fixed ids and times."""
    app = create_tencent_app(TencentConfig(credentials=[(SECRET_ID, SECRET_KEY)], clock=clock,
                                           deterministic_ids=RECORD_SEED, **options))
    for number, material_id in enumerate(MATERIAL_IDS):
        app.emulator.store.add_material(
            owner_of(SECRET_ID), ACTIVITY, synthetic_template(),
            width=320, height=400, faces=[Rectangle(100, 120, 110 - number, 120 - number)],
            name=f"template {number + 1}", material_id=material_id,
        )
        clock.now += 60
    clock.now = NOW + 3600
    return app


@pytest.fixture
def app(clock: Clock) -> Iterator[TencentApp]:
    application = build_app(clock)
    yield application
    application.close()


def run(
    app: TencentApp,
    clock: Clock,
    scenario: Callable[[AsyncFusionClient], Awaitable[T]],
    **options: Any,
) -> T:
    async def sleep(seconds: float) -> None:
        clock.now += seconds

    async def go() -> T:
        options.setdefault("secret_key", SECRET_KEY)
        options.setdefault("retry", RetryPolicy(max_attempts=6, rng=random.Random(7)))
        async with AsyncFusionClient(
            SECRET_ID, endpoint=ENDPOINT, clock=clock, sleep=sleep, list_rate=None,
            transport=httpx.ASGITransport(app=app), **options,
        ) as client:
            return await scenario(client)

    return asyncio.run(go())


@VCR
def test_materials_are_listed_page_by_page(app: TencentApp, clock: Clock) -> None:
    async def scenario(client: AsyncFusionClient) -> list[Any]:
        return [m async for m in client.iter_materials(ACTIVITY, page_size=2)]

    materials = run(app, clock, scenario)
    assert [m.material_id for m in materials] == MATERIAL_IDS
    first = materials[0]
    assert first.name == "template 1" and first.status == 21
    assert first.create_time == "2023-11-15 06:13:20"
    assert [(f.face_id, f.box) for f in first.faces] == [(MATERIAL_IDS[0] + "_1", FaceBox(100, 120, 110, 120))]


@VCR
def test_one_material_and_unknown_ids(app: TencentApp, clock: Clock) -> None:
    async def scenario(client: AsyncFusionClient) -> tuple[Any, NotFoundError, NotFoundError]:
        page = await client.describe_material_list(ACTIVITY, material_id=MATERIAL_IDS[1])
        errors = []
        for call in (
            client.describe_material_list(ACTIVITY, material_id="mt_0000000000000000000"),
            client.describe_material_list("at_0000000000000000000"),
        ):
            try:
                await call
            except NotFoundError as exc:
                errors.append(exc)
        return page, errors[0], errors[1]

    page, material, activity = run(app, clock, scenario)
    assert page.count == 1 and [m.material_id for m in page.materials] == [MATERIAL_IDS[1]]
    assert material.code == "InvalidParameterValue.MaterialIdNotFound" and material.request_id
    assert activity.code == "InvalidParameterValue.ActivityIdNotFound" and activity.status == 200


@VCR
def test_a_wrong_secret_key_is_access_denied(app: TencentApp, clock: Clock) -> None:
    async def scenario(client: AsyncFusionClient) -> Any:
        return await client.describe_material_list(ACTIVITY)

    with pytest.raises(AccessDeniedError) as info:
        run(app, clock, scenario, secret_key="not-the-secret-key")
    assert info.value.code == "AuthFailure.SignatureFailure" and info.value.request_id


@VCR
def test_throttled_listing_is_retried_after_a_pause(clock: Clock) -> None:
    throttled_app = build_app(clock, rates={"DescribeMaterialList": (1, 1.0)})
    slept: list[float] = []

    async def scenario(client: AsyncFusionClient) -> list[int]:
        counts = []
        for offset in (0, 1):
            before = clock.now
            page = await client.describe_material_list(ACTIVITY, limit=1, offset=offset)
            slept.append(clock.now - before)
            counts.append(page.count)
        return counts

    try:
        counts = run(throttled_app, clock, scenario)
    finally:
        throttled_app.close()
    assert counts == [3, 3]
    assert slept[0] == 0 and slept[1] > 0  # the second call waited out RequestLimitExceeded


@VCR
def test_fusing_onto_an_unknown_material_is_not_found(app: TencentApp, clock: Clock) -> None:
    async def scenario(client: AsyncFusionClient) -> Any:
        return await client.fuse_face(ACTIVITY, "mt_0000000000000000000", synthetic_template(90, 90),
                                      rsp_img_type="base64")

    with pytest.raises(NotFoundError) as info:
        run(app, clock, scenario)
    assert info.value.code == "InvalidParameterValue.MaterialIdNotFound"


@VCR
def test_a_photo_without_a_face_is_an_invalid_image(app: TencentApp, clock: Clock) -> None:
    async def scenario(client: AsyncFusionClient) -> Any:
        return await client.fuse_face(ACTIVITY, MATERIAL_IDS[0], synthetic_template(160, 160),
                                      rsp_img_type="base64")

    with pytest.raises(InvalidImageError) as info:
        run(app, clock, scenario)
    assert info.value.code == "FailedOperation.NoFaceDetected"
