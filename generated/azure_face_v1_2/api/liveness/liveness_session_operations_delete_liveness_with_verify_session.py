from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/detectLivenessWithVerify-sessions/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FaceErrorResponse:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FaceErrorResponse]:
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
) -> Response[Any | FaceErrorResponse]:
    """Delete all session related information for matching the specified session id.

     > [!NOTE]
    > Deleting a session deactivates the Session Auth Token by blocking future API calls made with that
    Auth Token. While this can be used to remove any access for that token, those requests will still
    count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens
    in the case that it is misused.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FaceErrorResponse | None:
    """Delete all session related information for matching the specified session id.

     > [!NOTE]
    > Deleting a session deactivates the Session Auth Token by blocking future API calls made with that
    Auth Token. While this can be used to remove any access for that token, those requests will still
    count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens
    in the case that it is misused.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FaceErrorResponse]:
    """Delete all session related information for matching the specified session id.

     > [!NOTE]
    > Deleting a session deactivates the Session Auth Token by blocking future API calls made with that
    Auth Token. While this can be used to remove any access for that token, those requests will still
    count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens
    in the case that it is misused.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FaceErrorResponse | None:
    """Delete all session related information for matching the specified session id.

     > [!NOTE]
    > Deleting a session deactivates the Session Auth Token by blocking future API calls made with that
    Auth Token. While this can be used to remove any access for that token, those requests will still
    count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens
    in the case that it is misused.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
