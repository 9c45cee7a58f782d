"""The one error wrapper of both services (:mod:`facekit.emulator.guard`), as each
service words it: the service's own refusal, a client gone mid-upload, a change that
could not be saved, and any other failure, byte for byte."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.requests import ClientDisconnect
from starlette.responses import Response

from facekit.emulator.app import EmulatorApp, create_app
from facekit.emulator.azure.http import AzureErrorWording
from facekit.emulator.config import EmulatorConfig
from facekit.emulator.guard import answer_safely
from facekit.emulator.tencent.params import TencentApiError
from facekit.emulator.tencent.routes import TencentErrorWording
from facekit.emulator.wire import ApiError
from facekit.tencent.signer import TC3Auth
from tests.emulator.azure_support import LOOPBACK_ONLY, in_process

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

KEY = "guard-key"
SECRET_ID, SECRET_KEY = "AKID-guard", "guard-secret"
FULL = "database or disk is full"
NOT_SAVED = (
    "The emulator could not save the change: the disk holding the data directory is full. "
    "Nothing was changed; free some space or make the data directory writable, then send "
    "the request again."
)
FAILED = "The emulator failed to process the request."


def answer(raised: BaseException, wording: Any, refusal: type[Exception]) -> Response:
    async def handle() -> Response:
        raise raised

    return asyncio.run(answer_safely(handle, refusal, wording, label="test"))


AZURE_CASES = [
    (ApiError(404, "PersonGroupNotFound", "gone"), 404, "PersonGroupNotFound", "gone"),
    (sqlite3.OperationalError(FULL), 507, "InsufficientStorage", NOT_SAVED),
    (RuntimeError("boom"), 500, "InternalServerError", FAILED),
]


@pytest.mark.parametrize(("raised", "status", "code", "message"), AZURE_CASES)
@pytest.mark.parametrize("version", ["v1.0", "v1.2"])
def test_azure_words_each_failure_as_its_json_error(
    raised: Exception, status: int, code: str, message: str, version: str
) -> None:
    response = answer(raised, AzureErrorWording(version), ApiError)
    assert response.status_code == status
    assert response.body == json.dumps(
        {"error": {"code": code, "message": message}}, separators=(",", ":")
    ).encode()
    assert response.headers.get("x-ms-error-code") == (None if version == "v1.0" else code)


TENCENT_CASES = [
    (TencentApiError("InvalidAction", "no", zh="不"), "InvalidAction", "no", "不"),
    (
        sqlite3.OperationalError(FULL),
        "FailedOperation",
        NOT_SAVED,
        "模拟器未能保存更改（the disk holding the data directory is full），没有任何更改；"
        "请释放磁盘空间或让数据目录可写，然后重试。",
    ),
    (RuntimeError("boom"), "InternalError", FAILED, "模拟器处理请求失败。"),
]


@pytest.mark.parametrize(("raised", "code", "english", "chinese"), TENCENT_CASES)
def test_tencent_words_each_failure_as_its_response_error(
    raised: Exception, code: str, english: str, chinese: str
) -> None:
    for language, message in (("", english), ("zh-CN", chinese)):
        response = answer(raised, TencentErrorWording("r-1", language), TencentApiError)
        assert response.status_code == 200  # Tencent answers every failure with 200
        assert json.loads(response.body) == {
            "Response": {"Error": {"Code": code, "Message": message}, "RequestId": "r-1"}
        }


@pytest.mark.parametrize(
    ("wording", "refusal"),
    [(AzureErrorWording("v1.2"), ApiError), (TencentErrorWording("r-1", ""), TencentApiError)],
)
def test_a_client_gone_mid_upload_gets_an_empty_400_from_either_service(
    wording: Any, refusal: type[Exception]
) -> None:
    response = answer(ClientDisconnect(), wording, refusal)
    assert (response.status_code, response.body) == (400, b"")


# ------------------------------------------------- through both services' routes --


@pytest.fixture
def app(tmp_path: Path) -> Iterator[EmulatorApp]:
    application = create_app(
        EmulatorConfig(
            data_dir=tmp_path, keys=(KEY,), tencent_credentials=((SECRET_ID, SECRET_KEY),)
        )
    )
    yield application
    application.close()


def full_disk(*args: Any, **kwargs: Any) -> Any:
    raise sqlite3.OperationalError(FULL)


def test_an_azure_operation_that_cannot_save_answers_507(
    app: EmulatorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.emulator.store, "create_container", full_disk)
    answer = in_process(app, "PUT", "/face/v1.2/persongroups/g", json={"name": "G"},
                  headers={"Ocp-Apim-Subscription-Key": KEY})  # fmt: skip
    assert answer.status_code == 507
    assert answer.headers["x-ms-error-code"] == "InsufficientStorage"
    assert answer.json() == {"error": {"code": "InsufficientStorage", "message": NOT_SAVED}}


def test_a_tencent_action_that_cannot_save_answers_failed_operation(
    app: EmulatorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.tencent.actions, "describe_material_list", full_disk)
    answer = in_process(
        app,
        "POST",
        "/",
        content=b'{"ActivityId": "1", "Limit": 10, "Offset": 0}',
        auth=TC3Auth(SECRET_ID, SECRET_KEY, region="ap-guangzhou"),
        headers={
            "Content-Type": "application/json",
            "X-TC-Action": "DescribeMaterialList",
            "X-TC-Version": "2022-09-27",
        },
    )
    assert answer.status_code == 200
    error = answer.json()["Response"]["Error"]
    assert error == {"Code": "FailedOperation", "Message": NOT_SAVED}
