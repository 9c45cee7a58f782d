from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.training_result import TrainingResult
from ...types import Response


def _get_kwargs(
    large_person_group_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/largepersongroups/{large_person_group_id}/training".format(
            large_person_group_id=quote(str(large_person_group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceErrorResponse | TrainingResult:
    if response.status_code == 200:
        response_200 = TrainingResult.from_dict(response.json())

        return response_200

    response_default = FaceErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceErrorResponse | TrainingResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | TrainingResult]:
    """To check Large Person Group training status completed or still ongoing. Large Person Group training
    is an asynchronous operation triggered by "Train Large Person Group" API.

     Training time depends on the number of person entries, and their faces in a Large Person Group. It
    could be in seconds, or up to half an hour for 1,000,000 persons.

    Args:
        large_person_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | TrainingResult]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | TrainingResult | None:
    """To check Large Person Group training status completed or still ongoing. Large Person Group training
    is an asynchronous operation triggered by "Train Large Person Group" API.

     Training time depends on the number of person entries, and their faces in a Large Person Group. It
    could be in seconds, or up to half an hour for 1,000,000 persons.

    Args:
        large_person_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | TrainingResult
    """

    return sync_detailed(
        large_person_group_id=large_person_group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | TrainingResult]:
    """To check Large Person Group training status completed or still ongoing. Large Person Group training
    is an asynchronous operation triggered by "Train Large Person Group" API.

     Training time depends on the number of person entries, and their faces in a Large Person Group. It
    could be in seconds, or up to half an hour for 1,000,000 persons.

    Args:
        large_person_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | TrainingResult]
    """

    kwargs = _get_kwargs(
        large_person_group_id=large_person_group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | TrainingResult | None:
    """To check Large Person Group training status completed or still ongoing. Large Person Group training
    is an asynchronous operation triggered by "Train Large Person Group" API.

     Training time depends on the number of person entries, and their faces in a Large Person Group. It
    could be in seconds, or up to half an hour for 1,000,000 persons.

    Args:
        large_person_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | TrainingResult
    """

    return (
        await asyncio_detailed(
            large_person_group_id=large_person_group_id,
            client=client,
        )
    ).parsed
