from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...types import Response


def _get_kwargs(
    person_group_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/persongroups/{person_group_id}/train".format(
            person_group_id=quote(str(person_group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FaceErrorResponse:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FaceErrorResponse]:
    """Submit a Person Group training task. Training is a crucial step that only a trained Person Group can
    be used by "Identify From Person Group".

     The training task is an asynchronous task. Training time depends on the number of person entries,
    and their faces in a Person Group. It could be several seconds to minutes. To check training status,
    please use "Get Person Group Training Status".

    Args:
        person_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FaceErrorResponse | None:
    """Submit a Person Group training task. Training is a crucial step that only a trained Person Group can
    be used by "Identify From Person Group".

     The training task is an asynchronous task. Training time depends on the number of person entries,
    and their faces in a Person Group. It could be several seconds to minutes. To check training status,
    please use "Get Person Group Training Status".

    Args:
        person_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return sync_detailed(
        person_group_id=person_group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FaceErrorResponse]:
    """Submit a Person Group training task. Training is a crucial step that only a trained Person Group can
    be used by "Identify From Person Group".

     The training task is an asynchronous task. Training time depends on the number of person entries,
    and their faces in a Person Group. It could be several seconds to minutes. To check training status,
    please use "Get Person Group Training Status".

    Args:
        person_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FaceErrorResponse]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FaceErrorResponse | None:
    """Submit a Person Group training task. Training is a crucial step that only a trained Person Group can
    be used by "Identify From Person Group".

     The training task is an asynchronous task. Training time depends on the number of person entries,
    and their faces in a Person Group. It could be several seconds to minutes. To check training status,
    please use "Get Person Group Training Status".

    Args:
        person_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FaceErrorResponse
    """

    return (
        await asyncio_detailed(
            person_group_id=person_group_id,
            client=client,
        )
    ).parsed
