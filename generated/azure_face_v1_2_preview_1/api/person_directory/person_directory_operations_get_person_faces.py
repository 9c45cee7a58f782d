from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.list_face_result import ListFaceResult
from ...types import Response


def _get_kwargs(
    person_id: str,
    recognition_model: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/persons/{person_id}/recognitionModels/{recognition_model}/persistedfaces".format(
            person_id=quote(str(person_id), safe=""),
            recognition_model=quote(str(recognition_model), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | ListFaceResult:
    if response.status_code == 200:
        response_200 = ListFaceResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | ListFaceResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: str,
    recognition_model: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | ListFaceResult]:
    """Retrieve a person's persistedFaceIds representing the registered person face feature(s).

    Args:
        person_id (str):
        recognition_model (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | ListFaceResult]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        recognition_model=recognition_model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    recognition_model: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | ListFaceResult | None:
    """Retrieve a person's persistedFaceIds representing the registered person face feature(s).

    Args:
        person_id (str):
        recognition_model (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | ListFaceResult
    """

    return sync_detailed(
        person_id=person_id,
        recognition_model=recognition_model,
        client=client,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    recognition_model: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | ListFaceResult]:
    """Retrieve a person's persistedFaceIds representing the registered person face feature(s).

    Args:
        person_id (str):
        recognition_model (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | ListFaceResult]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        recognition_model=recognition_model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    recognition_model: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | ListFaceResult | None:
    """Retrieve a person's persistedFaceIds representing the registered person face feature(s).

    Args:
        person_id (str):
        recognition_model (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | ListFaceResult
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            recognition_model=recognition_model,
            client=client,
        )
    ).parsed
