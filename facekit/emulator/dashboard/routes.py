"""The dashboard's HTTP routes (Starlette), all under :data:`~.front.PATH`.

Pages: ``/`` (state browser), ``/accounts/{n}/{kind}/{id}`` (one container),
``/requests`` (inspector) and ``/requests/{seq}`` (one request), ``/try`` (try a photo),
``/controls``. Live parts are refreshed from ``/fragments/...``. Data:
``/requests.jsonl`` (export, same filters as the page), ``/settings``,
``/requests/{seq}/images/{n}.jpg`` and ``/materials/{id}.jpg`` (thumbnails). Controls:
``POST /controls/settings``, ``/controls/finish-training``, ``/controls/expire-faceids``
and ``/controls/reset-account``. ``/api/{n}/face/...`` forwards a call of the "try a photo"
page to the emulator's REST API as account ``n`` (the page never holds a key).
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import TYPE_CHECKING, Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from facekit.emulator.config import TIERS
from facekit.emulator.dashboard import controls, render, state
from facekit.emulator.dashboard.front import PATH, authority_name, trusted_names
from facekit.emulator.dashboard.masking import thumbnail
from facekit.emulator.state.records import GROUP_KINDS

if TYPE_CHECKING:
    from facekit.emulator.dashboard.front import Front
    from facekit.emulator.dashboard.host import DashboardHost

TOKEN_COOKIE = "facekit_dashboard_token"
TOKEN_HEADER = "x-facekit-dashboard-token"
SETTINGS_FIELDS = ("tier", "chaos", "latency")
STATIC_TYPES = {".js": "text/javascript", ".css": "text/css"}
Endpoint = Callable[[Request], Awaitable[Response]]


def _static(name: str) -> bytes:
    return resources.files("facekit.emulator.dashboard").joinpath("static", name).read_bytes()


def dashboard_app(host: DashboardHost, front: Front, token: str | None) -> Starlette:
    emulator = host.emulator
    base = PATH
    names = trusted_names(emulator.config.host)

    def refusal(request: Request) -> Response | None:
        host = request.headers.get("host") or ""
        origin = request.headers.get("origin")
        if not token and authority_name(host) not in names:
            return Response(
                "without a token the dashboard answers only to the names localhost, "
                "127.0.0.1, [::1] and its bound address: open it by one of them\n",
                403,
            )
        # An Origin must be this Host itself, so it too is one of the names above.
        if origin is not None and origin.partition("://")[2].lower() != host.lower():
            return Response("requests from pages of other sites are refused\n", 403)
        if token:
            given = (
                request.query_params.get("token")
                or request.headers.get(TOKEN_HEADER)
                or request.cookies.get(TOKEN_COOKIE)
                or ""
            )
            if not hmac.compare_digest(given.encode(), token.encode()):
                return Response("the dashboard needs its token: open it once with ?token=…\n", 401)
        return None

    def guarded(handler: Endpoint) -> Endpoint:
        async def endpoint(request: Request) -> Response:
            refused = refusal(request)
            if refused is not None:
                return refused
            response = await handler(request)
            if token and request.query_params.get("token"):
                response.set_cookie(
                    TOKEN_COOKIE, token, httponly=True, samesite="strict", path=base
                )
            return response

        endpoint.__name__ = handler.__name__
        return endpoint

    def chosen_account(request: Request) -> state.Account:
        accounts = state.accounts(emulator)
        raw = request.query_params.get("account") or request.path_params.get("number") or "1"
        try:
            number = int(raw)
        except ValueError:
            number = 1
        return state.account(emulator, number) or accounts[0]

    def markup(text: str) -> HTMLResponse:
        # The state holds what clients wrote (names, userData): scrub known secrets.
        return HTMLResponse(front.scrub(text))

    def page(title: str, active: str, body: str) -> HTMLResponse:
        return markup(render.layout(base, title, active, body))

    def state_html(account: state.Account) -> str:
        credentials = host.tencent.config.credentials
        return render.state_fragment(
            base,
            account,
            state.containers(emulator, account.account_id),
            state.directory(emulator, account.account_id),
            state.snapshots(emulator, account.account_id),
            state.operations(emulator, account.account_id),
            state.liveness_sessions(emulator, account.account_id),
            state.tencent_activities(host.tencent.store, [i for i, _ in credentials]),
        )

    async def home(request: Request) -> Response:
        account = chosen_account(request)
        picker = render.account_picker(base, "", state.accounts(emulator), account.number)
        fragment = f"{base}/fragments/state?account={account.number}"
        body = f"<h2>State</h2>{picker}" + render.live(fragment, state_html(account))
        return page("State", "", body)

    async def state_fragment(request: Request) -> Response:
        return markup(state_html(chosen_account(request)))

    def container_html(request: Request) -> str | None:
        account = chosen_account(request)
        kind = request.path_params["kind"]
        view = state.container(emulator, account.account_id, kind, request.path_params["cid"])
        if view is None:
            return None
        persons, faces = state.members(emulator, view.container)
        return render.container_fragment(view, persons, faces)

    async def container_page(request: Request) -> Response:
        content = container_html(request)
        if content is None:
            return page("Not found", "", '<p class="empty">No such container.</p>')
        kind = request.path_params["kind"]
        title = f"{state.KIND_TITLES.get(kind, kind)}: {request.path_params['cid']}"
        fragment = base + "/fragments/container" + request.url.path[len(base + "/accounts") :]
        return page(title, "", f"<h2>{render.esc(title)}</h2>" + render.live(fragment, content))

    async def container_fragment(request: Request) -> Response:
        return markup(container_html(request) or '<p class="empty">deleted</p>')

    def filters(request: Request) -> dict[str, str]:
        return {
            name: request.query_params[name]
            for name in ("status", "operation", "account")
            if request.query_params.get(name)
        }

    async def requests_page(request: Request) -> Response:
        query = filters(request)
        entries = front.requests.filter(**query)
        everything = front.requests.entries()
        operations = sorted({e.operation for e in everything if e.operation})
        accounts = sorted({e.account for e in everything if e.account})
        body = render.requests_page(
            base, render.requests_fragment(base, entries), query, operations, accounts
        )
        return page("Requests", "requests", body)

    async def requests_fragment(request: Request) -> Response:
        entries = front.requests.filter(**filters(request))
        return markup(render.requests_fragment(base, entries))

    async def export(request: Request) -> Response:
        entries = front.requests.filter(**filters(request))
        return Response(
            front.requests.jsonl(entries),
            media_type="application/x-ndjson",
            headers={"content-disposition": 'attachment; filename="facekit-requests.jsonl"'},
        )

    async def request_page(request: Request) -> Response:
        entry = front.requests.get(int(request.path_params["seq"]))
        if entry is None:
            return page("Gone", "requests", '<p class="empty">No longer in the log.</p>')
        return page(f"Request #{entry.seq}", "requests", render.request_page(base, entry))

    async def request_image(request: Request) -> Response:
        entry = front.requests.get(int(request.path_params["seq"]))
        number = int(request.path_params["number"])
        if entry is None or not 0 <= number < len(entry.images):
            return Response(b"", 404)
        picture = entry.images[number].thumbnail
        return Response(picture or b"", 200 if picture else 404, media_type="image/jpeg")

    async def material_image(request: Request) -> Response:
        try:
            template = host.tencent.store.template(request.path_params["material_id"])
        except KeyError:
            return Response(b"", 404)
        small = thumbnail(template)
        return Response(small[0] if small else b"", 200 if small else 404, media_type="image/jpeg")

    async def try_page(request: Request) -> Response:
        groups: dict[int, list[tuple[str, str, str, str]]] = {}
        for account in state.accounts(emulator):
            by_kind = state.containers(emulator, account.account_id)
            groups[account.number] = [
                (
                    kind,
                    view.container.container_id,
                    view.container.name,
                    view.container.recognition_model,
                )
                for kind in GROUP_KINDS
                for view in by_kind[kind]
                if state.is_trained(view)
            ]
        return page("Try a photo", "try", render.try_page(base, state.accounts(emulator), groups))

    async def controls_page(request: Request) -> Response:
        body = render.controls_page(
            base, state.accounts(emulator), controls.settings(emulator), TIERS
        )
        return page("Controls", "controls", body)

    async def fields(request: Request, allowed: frozenset[str]) -> dict[str, Any]:
        return controls.read_body(
            request.headers.get("content-type", ""), await request.body(), allowed
        )

    def number(value: Any, name: str) -> float | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise controls.ControlError(f"{name} must be a number, got {value!r}")
        try:
            return float(value)
        except ValueError:
            raise controls.ControlError(f"{name} must be a number, got {value!r}") from None

    def account_of(values: dict[str, Any]) -> state.Account:
        raw = values.get("account")
        found = None
        if isinstance(raw, int) and not isinstance(raw, bool):
            found = state.account(emulator, raw)
        elif isinstance(raw, str) and raw.isascii() and raw.isdigit():
            found = state.account(emulator, int(raw))
        if found is None:
            raise controls.ControlError(
                "account must be the number of a key (1 to "
                f"{len(emulator.config.keys)}), got {raw!r}"
            )
        return found

    def control(action: Callable[[dict[str, Any]], Any], *allowed: str) -> Endpoint:
        async def endpoint(request: Request) -> Response:
            try:
                values = await fields(request, frozenset(allowed))
                return JSONResponse({"ok": True, "result": action(values)})
            except controls.ControlError as error:
                return JSONResponse({"ok": False, "error": str(error)}, status_code=400)

        endpoint.__name__ = getattr(action, "__name__", "control")
        return endpoint

    def settings_action(values: dict[str, Any]) -> Any:
        tier = values.get("tier") or None
        if tier is not None and not isinstance(tier, str):
            raise controls.ControlError(f"tier must be a name, got {tier!r}")
        return controls.change_settings(
            host,
            tier=tier,
            chaos=number(values.get("chaos"), "chaos"),
            latency=number(values.get("latency"), "latency"),
        )

    def finish_action(values: dict[str, Any]) -> Any:
        account = account_of(values)
        return {
            "account": account.label,
            "hurried": controls.finish_trainings(emulator, account.account_id),
        }

    def expire_action(values: dict[str, Any]) -> Any:
        account = account_of(values)
        return {
            "account": account.label,
            "expired": controls.expire_face_ids(emulator, account.account_id),
        }

    def reset_action(values: dict[str, Any]) -> Any:
        account = account_of(values)
        return {
            "account": account.label,
            "deleted": controls.reset_account(emulator, account.account_id),
        }

    async def current_settings(request: Request) -> Response:
        return JSONResponse(controls.settings(emulator))

    async def proxy(request: Request) -> Response:
        account = state.account(emulator, int(request.path_params["number"]))
        if account is None:
            return JSONResponse({"error": "no such account"}, status_code=404)
        key = emulator.config.keys[account.number - 1]
        transport = httpx.ASGITransport(app=front.recorded)
        headers = {"ocp-apim-subscription-key": key}
        if request.headers.get("content-type"):
            headers["content-type"] = request.headers["content-type"]
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            answer = await client.request(
                request.method,
                "/face/" + request.path_params["rest"],
                params=list(request.query_params.multi_items()),
                content=await request.body(),
                headers=headers,
            )
        return Response(
            answer.content,
            answer.status_code,
            media_type=answer.headers.get("content-type"),
        )

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        suffix = name[name.rfind(".") :]
        if name not in ("dashboard.js", "dashboard.css"):
            return Response(b"", 404)
        return Response(_static(name), media_type=STATIC_TYPES[suffix])

    async def to_home(request: Request) -> Response:
        return RedirectResponse(f"{base}/" + (f"?{request.url.query}" if request.url.query else ""))

    routes = [
        Route(base, guarded(to_home)),
        Route(f"{base}/", guarded(home)),
        Route(f"{base}/fragments/state", guarded(state_fragment)),
        Route(f"{base}/accounts/{{number:int}}/{{kind}}/{{cid}}", guarded(container_page)),
        Route(
            f"{base}/fragments/container/{{number:int}}/{{kind}}/{{cid}}",
            guarded(container_fragment),
        ),
        Route(f"{base}/requests", guarded(requests_page)),
        Route(f"{base}/fragments/requests", guarded(requests_fragment)),
        Route(f"{base}/requests.jsonl", guarded(export)),
        Route(f"{base}/requests/{{seq:int}}", guarded(request_page)),
        Route(f"{base}/requests/{{seq:int}}/images/{{number:int}}.jpg", guarded(request_image)),
        Route(f"{base}/materials/{{material_id}}.jpg", guarded(material_image)),
        Route(f"{base}/try", guarded(try_page)),
        Route(f"{base}/controls", guarded(controls_page)),
        Route(f"{base}/settings", guarded(current_settings)),
        Route(
            f"{base}/controls/settings",
            guarded(control(settings_action, *SETTINGS_FIELDS)),
            methods=["POST"],
        ),
        Route(
            f"{base}/controls/finish-training",
            guarded(control(finish_action, "account")),
            methods=["POST"],
        ),
        Route(
            f"{base}/controls/expire-faceids",
            guarded(control(expire_action, "account")),
            methods=["POST"],
        ),
        Route(
            f"{base}/controls/reset-account",
            guarded(control(reset_action, "account")),
            methods=["POST"],
        ),
        Route(
            f"{base}/api/{{number:int}}/face/{{rest:path}}",
            guarded(proxy),
            methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        ),
        Route(f"{base}/static/{{name}}", guarded(static)),
    ]
    return Starlette(routes=routes)
