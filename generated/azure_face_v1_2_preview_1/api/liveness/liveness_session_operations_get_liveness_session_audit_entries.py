from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.liveness_session_audit_entry import LivenessSessionAuditEntry
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["start"] = start

    params["top"] = top

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/detectLiveness/singleModal/sessions/{session_id}/audit".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | list[LivenessSessionAuditEntry]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LivenessSessionAuditEntry.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | list[LivenessSessionAuditEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> Response[FaceErrorResponse | list[LivenessSessionAuditEntry]]:
    """Gets session requests and response body for the session.

    Args:
        session_id (str):
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[LivenessSessionAuditEntry]]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        start=start,
        top=top,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> FaceErrorResponse | list[LivenessSessionAuditEntry] | None:
    """Gets session requests and response body for the session.

    Args:
        session_id (str):
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[LivenessSessionAuditEntry]
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        start=start,
        top=top,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> Response[FaceErrorResponse | list[LivenessSessionAuditEntry]]:
    """Gets session requests and response body for the session.

    Args:
        session_id (str):
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | list[LivenessSessionAuditEntry]]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        start=start,
        top=top,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    top: int | Unset = 1000,
) -> FaceErrorResponse | list[LivenessSessionAuditEntry] | None:
    """Gets session requests and response body for the session.

    Args:
        session_id (str):
        start (str | Unset):
        top (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | list[LivenessSessionAuditEntry]
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            start=start,
            top=top,
        )
    ).parsed
