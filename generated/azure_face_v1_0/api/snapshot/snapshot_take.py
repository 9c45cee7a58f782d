from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.take_snapshot_request import TakeSnapshotRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TakeSnapshotRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/snapshots",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | Any:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    response_default = APIError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TakeSnapshotRequest,
) -> Response[APIError | Any]:
    """Submit an operation to take a snapshot of face list, large face list, person group or large person
    group, with user-specified snapshot type, source object id, apply scope and an optional user
    data.<br />
    The snapshot interfaces are for users to backup and restore their face data from one face
    subscription to another, inside same region or across regions. The workflow contains two phases,
    user first calls Snapshot - Take to create a copy of the source object and store it as a snapshot,
    then calls Snapshot - Apply to paste the snapshot to target subscription. The snapshots are stored
    in a centralized location (per Azure instance), so that they can be applied cross accounts and
    regions.<br />
    Taking snapshot is an asynchronous operation. An operation id can be obtained from the "Operation-
    Location" field in response header, to be used in OperationStatus - Get for tracking the progress of
    creating the snapshot. The snapshot id will be included in the "resourceLocation" field in
    OperationStatus - Get response when the operation status is "succeeded".<br />
    Snapshot taking time depends on the number of person and face entries in the source object. It could
    be in seconds, or up to several hours for 1,000,000 persons with multiple faces.<br />
    Snapshots will be automatically expired and cleaned in 48 hours after it is created by Snapshot -
    Take. User can delete the snapshot using Snapshot - Delete by themselves any time before
    expiration.<br />
    Taking snapshot for a certain object will not block any other operations against the object. All
    read-only operations (Get/List and Identify/FindSimilar/Verify) can be conducted as usual. For all
    writable operations, including Add/Update/Delete the source object or its persons/faces and Train,
    they are not blocked but not recommended because writable updates may not be reflected on the
    snapshot during its taking. After snapshot taking is completed, all readable and writable operations
    can work as normal. Snapshot will also include the training results of the source object, which
    means target subscription the snapshot applied to does not need re-train the target object before
    calling Identify/FindSimilar.<br />
    * Free-tier subscription quota: 100 take operations per month.
    * S0-tier subscription quota: 100 take operations per day.

    Args:
        body (TakeSnapshotRequest): Request body for taking snapshot operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
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
    body: TakeSnapshotRequest,
) -> APIError | Any | None:
    """Submit an operation to take a snapshot of face list, large face list, person group or large person
    group, with user-specified snapshot type, source object id, apply scope and an optional user
    data.<br />
    The snapshot interfaces are for users to backup and restore their face data from one face
    subscription to another, inside same region or across regions. The workflow contains two phases,
    user first calls Snapshot - Take to create a copy of the source object and store it as a snapshot,
    then calls Snapshot - Apply to paste the snapshot to target subscription. The snapshots are stored
    in a centralized location (per Azure instance), so that they can be applied cross accounts and
    regions.<br />
    Taking snapshot is an asynchronous operation. An operation id can be obtained from the "Operation-
    Location" field in response header, to be used in OperationStatus - Get for tracking the progress of
    creating the snapshot. The snapshot id will be included in the "resourceLocation" field in
    OperationStatus - Get response when the operation status is "succeeded".<br />
    Snapshot taking time depends on the number of person and face entries in the source object. It could
    be in seconds, or up to several hours for 1,000,000 persons with multiple faces.<br />
    Snapshots will be automatically expired and cleaned in 48 hours after it is created by Snapshot -
    Take. User can delete the snapshot using Snapshot - Delete by themselves any time before
    expiration.<br />
    Taking snapshot for a certain object will not block any other operations against the object. All
    read-only operations (Get/List and Identify/FindSimilar/Verify) can be conducted as usual. For all
    writable operations, including Add/Update/Delete the source object or its persons/faces and Train,
    they are not blocked but not recommended because writable updates may not be reflected on the
    snapshot during its taking. After snapshot taking is completed, all readable and writable operations
    can work as normal. Snapshot will also include the training results of the source object, which
    means target subscription the snapshot applied to does not need re-train the target object before
    calling Identify/FindSimilar.<br />
    * Free-tier subscription quota: 100 take operations per month.
    * S0-tier subscription quota: 100 take operations per day.

    Args:
        body (TakeSnapshotRequest): Request body for taking snapshot operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TakeSnapshotRequest,
) -> Response[APIError | Any]:
    """Submit an operation to take a snapshot of face list, large face list, person group or large person
    group, with user-specified snapshot type, source object id, apply scope and an optional user
    data.<br />
    The snapshot interfaces are for users to backup and restore their face data from one face
    subscription to another, inside same region or across regions. The workflow contains two phases,
    user first calls Snapshot - Take to create a copy of the source object and store it as a snapshot,
    then calls Snapshot - Apply to paste the snapshot to target subscription. The snapshots are stored
    in a centralized location (per Azure instance), so that they can be applied cross accounts and
    regions.<br />
    Taking snapshot is an asynchronous operation. An operation id can be obtained from the "Operation-
    Location" field in response header, to be used in OperationStatus - Get for tracking the progress of
    creating the snapshot. The snapshot id will be included in the "resourceLocation" field in
    OperationStatus - Get response when the operation status is "succeeded".<br />
    Snapshot taking time depends on the number of person and face entries in the source object. It could
    be in seconds, or up to several hours for 1,000,000 persons with multiple faces.<br />
    Snapshots will be automatically expired and cleaned in 48 hours after it is created by Snapshot -
    Take. User can delete the snapshot using Snapshot - Delete by themselves any time before
    expiration.<br />
    Taking snapshot for a certain object will not block any other operations against the object. All
    read-only operations (Get/List and Identify/FindSimilar/Verify) can be conducted as usual. For all
    writable operations, including Add/Update/Delete the source object or its persons/faces and Train,
    they are not blocked but not recommended because writable updates may not be reflected on the
    snapshot during its taking. After snapshot taking is completed, all readable and writable operations
    can work as normal. Snapshot will also include the training results of the source object, which
    means target subscription the snapshot applied to does not need re-train the target object before
    calling Identify/FindSimilar.<br />
    * Free-tier subscription quota: 100 take operations per month.
    * S0-tier subscription quota: 100 take operations per day.

    Args:
        body (TakeSnapshotRequest): Request body for taking snapshot operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TakeSnapshotRequest,
) -> APIError | Any | None:
    """Submit an operation to take a snapshot of face list, large face list, person group or large person
    group, with user-specified snapshot type, source object id, apply scope and an optional user
    data.<br />
    The snapshot interfaces are for users to backup and restore their face data from one face
    subscription to another, inside same region or across regions. The workflow contains two phases,
    user first calls Snapshot - Take to create a copy of the source object and store it as a snapshot,
    then calls Snapshot - Apply to paste the snapshot to target subscription. The snapshots are stored
    in a centralized location (per Azure instance), so that they can be applied cross accounts and
    regions.<br />
    Taking snapshot is an asynchronous operation. An operation id can be obtained from the "Operation-
    Location" field in response header, to be used in OperationStatus - Get for tracking the progress of
    creating the snapshot. The snapshot id will be included in the "resourceLocation" field in
    OperationStatus - Get response when the operation status is "succeeded".<br />
    Snapshot taking time depends on the number of person and face entries in the source object. It could
    be in seconds, or up to several hours for 1,000,000 persons with multiple faces.<br />
    Snapshots will be automatically expired and cleaned in 48 hours after it is created by Snapshot -
    Take. User can delete the snapshot using Snapshot - Delete by themselves any time before
    expiration.<br />
    Taking snapshot for a certain object will not block any other operations against the object. All
    read-only operations (Get/List and Identify/FindSimilar/Verify) can be conducted as usual. For all
    writable operations, including Add/Update/Delete the source object or its persons/faces and Train,
    they are not blocked but not recommended because writable updates may not be reflected on the
    snapshot during its taking. After snapshot taking is completed, all readable and writable operations
    can work as normal. Snapshot will also include the training results of the source object, which
    means target subscription the snapshot applied to does not need re-train the target object before
    calling Identify/FindSimilar.<br />
    * Free-tier subscription quota: 100 take operations per month.
    * S0-tier subscription quota: 100 take operations per day.

    Args:
        body (TakeSnapshotRequest): Request body for taking snapshot operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
