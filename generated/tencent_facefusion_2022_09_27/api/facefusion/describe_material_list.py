from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.describe_material_list_envelope import DescribeMaterialListEnvelope
from ...models.describe_material_list_request import DescribeMaterialListRequest
from ...types import Response


def _get_kwargs(
    *,
    body: DescribeMaterialListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/DescribeMaterialList",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DescribeMaterialListEnvelope | None:
    if response.status_code == 200:
        response_200 = DescribeMaterialListEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DescribeMaterialListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeMaterialListRequest,
) -> Response[DescribeMaterialListEnvelope]:
    """List the materials (templates) of an activity (wire action DescribeMaterialList).

     Pages through the materials of one activity, optionally narrowed to a single
    material. China site only; rate-limited to 1 request per second.

    Wire form: `POST /` with `X-TC-Action: DescribeMaterialList`.

    Besides the common codes, this action may answer with `FailedOperation`,
    `FailedOperation.FuseMaterialNotExist`, `FailedOperation.InnerError`,
    `FailedOperation.ParameterValueError`, `FailedOperation.RequestTimeout`,
    `FailedOperation.ServerError`, `InvalidParameterValue.ActivityIdNotFound`,
    `InvalidParameterValue.MaterialIdNotFound`,
    `InvalidParameterValue.ParameterValueError`, `ResourceNotFound`,
    `ResourceUnavailable.InArrears` and `ResourceUnavailable.NotExist`.

    Args:
        body (DescribeMaterialListRequest): Parameters of the DescribeMaterialList action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeMaterialListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeMaterialListRequest,
) -> DescribeMaterialListEnvelope | None:
    """List the materials (templates) of an activity (wire action DescribeMaterialList).

     Pages through the materials of one activity, optionally narrowed to a single
    material. China site only; rate-limited to 1 request per second.

    Wire form: `POST /` with `X-TC-Action: DescribeMaterialList`.

    Besides the common codes, this action may answer with `FailedOperation`,
    `FailedOperation.FuseMaterialNotExist`, `FailedOperation.InnerError`,
    `FailedOperation.ParameterValueError`, `FailedOperation.RequestTimeout`,
    `FailedOperation.ServerError`, `InvalidParameterValue.ActivityIdNotFound`,
    `InvalidParameterValue.MaterialIdNotFound`,
    `InvalidParameterValue.ParameterValueError`, `ResourceNotFound`,
    `ResourceUnavailable.InArrears` and `ResourceUnavailable.NotExist`.

    Args:
        body (DescribeMaterialListRequest): Parameters of the DescribeMaterialList action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeMaterialListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeMaterialListRequest,
) -> Response[DescribeMaterialListEnvelope]:
    """List the materials (templates) of an activity (wire action DescribeMaterialList).

     Pages through the materials of one activity, optionally narrowed to a single
    material. China site only; rate-limited to 1 request per second.

    Wire form: `POST /` with `X-TC-Action: DescribeMaterialList`.

    Besides the common codes, this action may answer with `FailedOperation`,
    `FailedOperation.FuseMaterialNotExist`, `FailedOperation.InnerError`,
    `FailedOperation.ParameterValueError`, `FailedOperation.RequestTimeout`,
    `FailedOperation.ServerError`, `InvalidParameterValue.ActivityIdNotFound`,
    `InvalidParameterValue.MaterialIdNotFound`,
    `InvalidParameterValue.ParameterValueError`, `ResourceNotFound`,
    `ResourceUnavailable.InArrears` and `ResourceUnavailable.NotExist`.

    Args:
        body (DescribeMaterialListRequest): Parameters of the DescribeMaterialList action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeMaterialListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeMaterialListRequest,
) -> DescribeMaterialListEnvelope | None:
    """List the materials (templates) of an activity (wire action DescribeMaterialList).

     Pages through the materials of one activity, optionally narrowed to a single
    material. China site only; rate-limited to 1 request per second.

    Wire form: `POST /` with `X-TC-Action: DescribeMaterialList`.

    Besides the common codes, this action may answer with `FailedOperation`,
    `FailedOperation.FuseMaterialNotExist`, `FailedOperation.InnerError`,
    `FailedOperation.ParameterValueError`, `FailedOperation.RequestTimeout`,
    `FailedOperation.ServerError`, `InvalidParameterValue.ActivityIdNotFound`,
    `InvalidParameterValue.MaterialIdNotFound`,
    `InvalidParameterValue.ParameterValueError`, `ResourceNotFound`,
    `ResourceUnavailable.InArrears` and `ResourceUnavailable.NotExist`.

    Args:
        body (DescribeMaterialListRequest): Parameters of the DescribeMaterialList action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeMaterialListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
