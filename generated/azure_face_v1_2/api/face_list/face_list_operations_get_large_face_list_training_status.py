from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.face_error_response import FaceErrorResponse
from ...models.training_result import TrainingResult
from ...types import Response


def _get_kwargs(
    large_face_list_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/largefacelists/{large_face_list_id}/training".format(
            large_face_list_id=quote(str(large_face_list_id), safe=""),
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
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | TrainingResult]:
    """To check the Large Face List training status completed or still ongoing. Large Face List training is
    an asynchronous operation triggered by "Train Large Face List".

    Training time depends on the number of face entries in a Large Face List. It could be in seconds, or
    up to half an hour for 1,000,000 faces.

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | TrainingResult]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | TrainingResult | None:
    """To check the Large Face List training status completed or still ongoing. Large Face List training is
    an asynchronous operation triggered by "Train Large Face List".

    Training time depends on the number of face entries in a Large Face List. It could be in seconds, or
    up to half an hour for 1,000,000 faces.

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | TrainingResult
    """

    return sync_detailed(
        large_face_list_id=large_face_list_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FaceErrorResponse | TrainingResult]:
    """To check the Large Face List training status completed or still ongoing. Large Face List training is
    an asynchronous operation triggered by "Train Large Face List".

    Training time depends on the number of face entries in a Large Face List. It could be in seconds, or
    up to half an hour for 1,000,000 faces.

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceErrorResponse | TrainingResult]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FaceErrorResponse | TrainingResult | None:
    """To check the Large Face List training status completed or still ongoing. Large Face List training is
    an asynchronous operation triggered by "Train Large Face List".

    Training time depends on the number of face entries in a Large Face List. It could be in seconds, or
    up to half an hour for 1,000,000 faces.

    Args:
        large_face_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceErrorResponse | TrainingResult
    """

    return (
        await asyncio_detailed(
            large_face_list_id=large_face_list_id,
            client=client,
        )
    ).parsed
