from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.person_group import PersonGroup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    person_group_id: str,
    *,
    return_recognition_model: bool | Unset = False,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["returnRecognitionModel"] = return_recognition_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/persongroups/{person_group_id}".format(
            person_group_id=quote(str(person_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | PersonGroup:
    if response.status_code == 200:
        response_200 = PersonGroup.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | PersonGroup]:
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
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | PersonGroup]:
    """Retrieve Person Group name, userData and recognitionModel. To get person information under this
    personGroup, use "Get Person Group Persons".

    Args:
        person_group_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | PersonGroup]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        return_recognition_model=return_recognition_model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | PersonGroup | None:
    """Retrieve Person Group name, userData and recognitionModel. To get person information under this
    personGroup, use "Get Person Group Persons".

    Args:
        person_group_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | PersonGroup
    """

    return sync_detailed(
        person_group_id=person_group_id,
        client=client,
        return_recognition_model=return_recognition_model,
    ).parsed


async def asyncio_detailed(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> Response[FaceErrorResponse | PersonGroup]:
    """Retrieve Person Group name, userData and recognitionModel. To get person information under this
    personGroup, use "Get Person Group Persons".

    Args:
        person_group_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | PersonGroup]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        return_recognition_model=return_recognition_model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    return_recognition_model: bool | Unset = False,
) -> FaceErrorResponse | PersonGroup | None:
    """Retrieve Person Group name, userData and recognitionModel. To get person information under this
    personGroup, use "Get Person Group Persons".

    Args:
        person_group_id (str):
        return_recognition_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | PersonGroup
    """

    return (
        await asyncio_detailed(
            person_group_id=person_group_id,
            client=client,
            return_recognition_model=return_recognition_model,
        )
    ).parsed
