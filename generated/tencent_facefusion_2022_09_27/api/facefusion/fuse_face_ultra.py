from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fuse_face_ultra_envelope import FuseFaceUltraEnvelope
from ...models.fuse_face_ultra_request import FuseFaceUltraRequest
from ...types import Response


def _get_kwargs(
    *,
    body: FuseFaceUltraRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/FuseFaceUltra",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FuseFaceUltraEnvelope | None:
    if response.status_code == 200:
        response_200 = FuseFaceUltraEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuseFaceUltraEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FuseFaceUltraRequest,
) -> Response[FuseFaceUltraEnvelope]:
    """Fuse user faces into a template image supplied with the call (wire action FuseFaceUltra).

     The "pro" fusion: the caller sends the template image itself (`ModelUrl` or
    `ModelImage`, up to 8K) instead of naming a console material. China site only;
    rate-limited to 2 requests per second (`RequestLimitExceeded` beyond).

    Wire form: `POST /` with `X-TC-Action: FuseFaceUltra`.

    Error codes are those of FuseFace; in addition an out-of-range
    `FusionUltraParam` value answers `FailedOperation.ParameterValueError`.

    Args:
        body (FuseFaceUltraRequest): Parameters of the FuseFaceUltra action. Give the template
            image as `ModelUrl`
            or `ModelImage` (the URL wins when both are set): JPG/PNG, each side greater
            than 64 and less than 8000 pixels, with faces larger than 34×34 pixels.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FuseFaceUltraEnvelope]
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
    body: FuseFaceUltraRequest,
) -> FuseFaceUltraEnvelope | None:
    """Fuse user faces into a template image supplied with the call (wire action FuseFaceUltra).

     The "pro" fusion: the caller sends the template image itself (`ModelUrl` or
    `ModelImage`, up to 8K) instead of naming a console material. China site only;
    rate-limited to 2 requests per second (`RequestLimitExceeded` beyond).

    Wire form: `POST /` with `X-TC-Action: FuseFaceUltra`.

    Error codes are those of FuseFace; in addition an out-of-range
    `FusionUltraParam` value answers `FailedOperation.ParameterValueError`.

    Args:
        body (FuseFaceUltraRequest): Parameters of the FuseFaceUltra action. Give the template
            image as `ModelUrl`
            or `ModelImage` (the URL wins when both are set): JPG/PNG, each side greater
            than 64 and less than 8000 pixels, with faces larger than 34×34 pixels.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FuseFaceUltraEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FuseFaceUltraRequest,
) -> Response[FuseFaceUltraEnvelope]:
    """Fuse user faces into a template image supplied with the call (wire action FuseFaceUltra).

     The "pro" fusion: the caller sends the template image itself (`ModelUrl` or
    `ModelImage`, up to 8K) instead of naming a console material. China site only;
    rate-limited to 2 requests per second (`RequestLimitExceeded` beyond).

    Wire form: `POST /` with `X-TC-Action: FuseFaceUltra`.

    Error codes are those of FuseFace; in addition an out-of-range
    `FusionUltraParam` value answers `FailedOperation.ParameterValueError`.

    Args:
        body (FuseFaceUltraRequest): Parameters of the FuseFaceUltra action. Give the template
            image as `ModelUrl`
            or `ModelImage` (the URL wins when both are set): JPG/PNG, each side greater
            than 64 and less than 8000 pixels, with faces larger than 34×34 pixels.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FuseFaceUltraEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FuseFaceUltraRequest,
) -> FuseFaceUltraEnvelope | None:
    """Fuse user faces into a template image supplied with the call (wire action FuseFaceUltra).

     The "pro" fusion: the caller sends the template image itself (`ModelUrl` or
    `ModelImage`, up to 8K) instead of naming a console material. China site only;
    rate-limited to 2 requests per second (`RequestLimitExceeded` beyond).

    Wire form: `POST /` with `X-TC-Action: FuseFaceUltra`.

    Error codes are those of FuseFace; in addition an out-of-range
    `FusionUltraParam` value answers `FailedOperation.ParameterValueError`.

    Args:
        body (FuseFaceUltraRequest): Parameters of the FuseFaceUltra action. Give the template
            image as `ModelUrl`
            or `ModelImage` (the URL wins when both are set): JPG/PNG, each side greater
            than 64 and less than 8000 pixels, with faces larger than 34×34 pixels.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FuseFaceUltraEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
