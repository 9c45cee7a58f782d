"""Construction, configuration, argument checks and secrets of FaceClient/AsyncFaceClient."""

from __future__ import annotations

import asyncio
import inspect
import logging
import traceback
from collections.abc import Callable

import httpx
import pytest

from facekit import AsyncFaceClient, FaceClient, FaceSettings
from facekit.azure import _auth as auth
from facekit.config import Secret
from facekit.errors import BadInputError, ConfigurationError, NotFoundError
from tests.unit.azure.conftest import ENDPOINT, KEY, Recorder, json_response


def test_reads_quickstart_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACE_ENDPOINT", "https://a.cognitiveservices.azure.com/")
    monkeypatch.setenv("FACE_SUBSCRIPTION_KEY", KEY)
    with FaceClient() as client:
        assert client.base_url == "https://a.cognitiveservices.azure.com/face/v1.0"


def test_reads_azure_aliases_and_ignores_empty_values() -> None:
    env = {"FACE_ENDPOINT": " ", "AZURE_FACE_ENDPOINT": "https://b.cognitiveservices.azure.com/face/v1.0",
           "FACE_SUBSCRIPTION_KEY": "", "AZURE_FACE_KEY": KEY}
    settings = FaceSettings.from_env(env)
    assert settings.endpoint == "https://b.cognitiveservices.azure.com"
    assert settings.key.reveal() == KEY


def test_missing_credentials_name_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FACE_ENDPOINT", "AZURE_FACE_ENDPOINT", "FACE_SUBSCRIPTION_KEY", "AZURE_FACE_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="FACE_ENDPOINT or AZURE_FACE_ENDPOINT"):
        FaceClient()
    with pytest.raises(ConfigurationError, match="no credentials"):
        FaceClient("https://x.cognitiveservices.azure.com")
    with pytest.raises(ConfigurationError, match="http"):
        FaceClient("x.cognitiveservices.azure.com", KEY)


def test_key_is_sent_in_the_subscription_header(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, [])])
    with make_client(rec) as client:
        list(client.face_lists.list())
    request = rec.requests[0]
    assert request.headers["Ocp-Apim-Subscription-Key"] == KEY
    assert str(request.url) == f"{ENDPOINT}/face/v1.0/facelists?returnRecognitionModel=true"


def test_token_credential_sends_a_bearer_token_and_reuses_it() -> None:
    class Credential:
        calls = 0

        def get_token(self, *scopes: str) -> object:
            Credential.calls += 1
            assert scopes == ("https://cognitiveservices.azure.com/.default",)
            import time
            return type("T", (), {"token": "tok-1", "expires_on": int(time.time()) + 3600})()

    rec = Recorder([json_response(200, [])])
    with FaceClient(ENDPOINT, credential=Credential(), transport=httpx.MockTransport(rec)) as client:
        list(client.face_lists.list())
        list(client.face_lists.list())
    assert [r.headers["Authorization"] for r in rec.requests] == ["Bearer tok-1"] * 2
    assert "Ocp-Apim-Subscription-Key" not in rec.requests[0].headers
    assert Credential.calls == 1


def test_secret_never_shows(make_client: Callable[..., FaceClient], caplog: pytest.LogCaptureFixture) -> None:
    rec = Recorder([json_response(404, {"error": {"code": "PersonGroupNotFound", "message": "Person group is not found."}})])
    with caplog.at_level(logging.DEBUG), make_client(rec) as client:
        shown = [repr(client), repr(client._http), repr(client._executor.client),
                 repr(auth.KeyAuth(KEY)), repr(Secret(KEY)), str(Secret(KEY)),
                 repr(FaceSettings(endpoint=ENDPOINT, key=Secret(KEY)))]
        with pytest.raises(NotFoundError) as info:
            client.person_groups.get("pg")
        shown += [str(info.value), repr(info.value),
                  "".join(traceback.format_exception(info.value))]
    shown += [r.getMessage() for r in caplog.records]
    assert not [s for s in shown if KEY in s]


def test_secret_refuses_pickling_and_empty_values() -> None:
    import pickle
    with pytest.raises(TypeError):
        pickle.dumps(Secret(KEY))
    with pytest.raises(ConfigurationError):
        Secret("")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.identify([]), "face_ids must hold 1 to 10"),
        (lambda c: c.identify(["a"] * 11, person_group_id="g"), "face_ids must hold 1 to 10"),
        (lambda c: c.identify(["a"]), "exactly one of person_group_id, large_person_group_id"),
        (lambda c: c.identify(["a"], person_group_id="g", large_person_group_id="h"), "got person_group_id, large_person_group_id"),
        (lambda c: c.group(["a"]), "face_ids must hold 2 to 1000"),
        (lambda c: c.find_similar("a"), "exactly one of face_ids, face_list_id, large_face_list_id"),
        (lambda c: c.verify_person("f", "p"), "exactly one of"),
        (lambda c: c.detect_from_url("/home/me/photo.jpg"), "http(s) URL"),
        (lambda c: c.large_face_lists.add_face("l", b"\xff\xd8" * 600, target_face=(1, 2, 3)), "four non-negative"),
    ],
)
def test_bad_arguments_fail_before_any_call(make_client: Callable[..., FaceClient], call: Callable[[FaceClient], object], message: str) -> None:
    rec = Recorder([json_response(200, [])])
    with make_client(rec) as client, pytest.raises(BadInputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call(client)
    assert rec.requests == []


def test_comma_joined_parameters(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, {"persistedFaceId": "0d3ffbc1-5cbd-4ce6-a8bb-8cd1e0a5e9c0"})])
    with make_client(rec) as client:
        client.person_groups.persons.add_face("g", "p", b"\xff\xd8" * 600, target_face=(10, 20, 30, 40),
                                              user_data="u")
    url = rec.requests[0].url
    assert url.params["targetFace"] == "10,20,30,40"
    assert url.params["userData"] == "u"
    assert rec.requests[0].headers["content-type"] == "application/octet-stream"


def test_paging_follows_start_until_a_short_page(make_client: Callable[..., FaceClient]) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        start = request.url.params.get("start", "")
        ids = [f"{i:08d}-0000-4000-8000-000000000000" for i in range(5)]
        rest = [i for i in ids if i > start][:2]
        return json_response(200, [{"personId": i, "name": i[:8]} for i in rest])

    rec = Recorder([page])
    with make_client(rec) as client:
        persons = list(client.person_groups.persons.list("g", page_size=2))
    assert [p.name for p in persons] == ["00000000", "00000001", "00000002", "00000003", "00000004"]
    assert len(rec.requests) == 3
    assert rec.requests[1].url.params["start"].startswith("00000001")


def test_odd_success_status_is_accepted(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([httpx.Response(299, json=[{"faceRectangle": {"left": 1, "top": 2, "width": 3, "height": 4}}])])
    with make_client(rec) as client:
        faces = client.detect(b"\xff\xd8" * 600)
    assert faces[0].face_rectangle.width == 3


def test_sync_and_async_clients_have_the_same_surface() -> None:
    def surface(cls: type) -> dict[str, list[str]]:
        return {name: list(inspect.signature(fn).parameters)
                for name, fn in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")}

    from facekit.azure._async import face_lists as af
    from facekit.azure._async import groups as ag
    from facekit.azure._sync import face_lists as sf
    from facekit.azure._sync import groups as sg
    pairs = [(FaceClient, AsyncFaceClient), (sg.Groups, ag.AsyncGroups), (sg.Persons, ag.AsyncPersons),
             (sf.FaceLists, af.AsyncFaceLists), (sf.LargeFaceLists, af.AsyncLargeFaceLists)]
    for sync_cls, async_cls in pairs:
        assert surface(sync_cls) == surface(async_cls)
        for name, fn in inspect.getmembers(async_cls, inspect.isfunction):
            if not name.startswith("_") and name not in ("list", "list_faces"):
                assert inspect.iscoroutinefunction(fn) or name.startswith("__"), name


def test_async_lists_are_lazy_async_iterators(make_async_client: Callable[..., AsyncFaceClient]) -> None:
    rec = Recorder([json_response(200, [{"largePersonGroupId": "a", "name": "A"}])])

    async def scenario() -> list[str]:
        async with make_async_client(rec) as client:
            return [g.large_person_group_id async for g in client.large_person_groups.list()]

    assert asyncio.run(scenario()) == ["a"]
