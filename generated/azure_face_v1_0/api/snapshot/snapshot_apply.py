from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.apply_snapshot_request import ApplySnapshotRequest
from ...types import Response


def _get_kwargs(
    snapshot_id: str,
    *,
    body: ApplySnapshotRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/snapshots/{snapshot_id}/apply".format(
            snapshot_id=quote(str(snapshot_id), safe=""),
        ),
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
    snapshot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplySnapshotRequest,
) -> Response[APIError | Any]:
    """Submit an operation to apply a snapshot to current subscription. For each snapshot, only
    subscriptions included in the applyScope of Snapshot - Take can apply it.<br />
    The snapshot interfaces are for users to backup and restore their face data from one face
    subscription to another, inside same region or across regions. The workflow contains two phases,
    user first calls Snapshot - Take to create a copy of the source object and store it as a snapshot,
    then calls Snapshot - Apply to paste the snapshot to target subscription. The snapshots are stored
    in a centralized location (per Azure instance), so that they can be applied cross accounts and
    regions.<br />
    Applying snapshot is an asynchronous operation. An operation id can be obtained from the "Operation-
    Location" field in response header, to be used in OperationStatus - Get for tracking the progress of
    applying the snapshot. The target object id will be included in the "resourceLocation" field in
    OperationStatus - Get response when the operation status is "succeeded".<br />
    Snapshot applying time depends on the number of person and face entries in the snapshot object. It
    could be in seconds, or up to 1 hour for 1,000,000 persons with multiple faces.<br />
    Snapshots will be automatically expired and cleaned in 48 hours after it is created by Snapshot -
    Take. So the target subscription is required to apply the snapshot in 48 hours since its
    creation.<br />
    Applying a snapshot will not block any other operations against the target object, however it is not
    recommended because the correctness cannot be guaranteed during snapshot applying. After snapshot
    applying is completed, all operations towards the target object can work as normal. Snapshot also
    includes the training results of the source object, which means target subscription the snapshot
    applied to does not need re-train the target object before calling Identify/FindSimilar.<br />
    One snapshot can be applied multiple times in parallel, while currently only CreateNew apply mode is
    supported, which means the apply operation will fail if target subscription already contains an
    object of same type and using the same objectId. Users can specify the "objectId" in request body to
    avoid such conflicts.<br />
    * Free-tier subscription quota: 100 apply operations per month.
    * S0-tier subscription quota: 100 apply operations per day.

    Args:
        snapshot_id (str):
        body (ApplySnapshotRequest): Request body for applying snapshot operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    snapshot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplySnapshotRequest,
) -> APIError | Any | None:
    """Submit an operation to apply a snapshot to current subscription. For each snapshot, only
    subscriptions included in the applyScope of Snapshot - Take can apply it.<br />
    The snapshot interfaces are for users to backup and restore their face data from one face
    subscription to another, inside same region or across regions. The workflow contains two phases,
    user first calls Snapshot - Take to create a copy of the source object and store it as a snapshot,
    then calls Snapshot - Apply to paste the snapshot to target subscription. The snapshots are stored
    in a centralized location (per Azure instance), so that they can be applied cross accounts and
    regions.<br />
    Applying snapshot is an asynchronous operation. An operation id can be obtained from the "Operation-
    Location" field in response header, to be used in OperationStatus - Get for tracking the progress of
    applying the snapshot. The target object id will be included in the "resourceLocation" field in
    OperationStatus - Get response when the operation status is "succeeded".<br />
    Snapshot applying time depends on the number of person and face entries in the snapshot object. It
    could be in seconds, or up to 1 hour for 1,000,000 persons with multiple faces.<br />
    Snapshots will be automatically expired and cleaned in 48 hours after it is created by Snapshot -
    Take. So the target subscription is required to apply the snapshot in 48 hours since its
    creation.<br />
    Applying a snapshot will not block any other operations against the target object, however it is not
    recommended because the correctness cannot be guaranteed during snapshot applying. After snapshot
    applying is completed, all operations towards the target object can work as normal. Snapshot also
    includes the training results of the source object, which means target subscription the snapshot
    applied to does not need re-train the target object before calling Identify/FindSimilar.<br />
    One snapshot can be applied multiple times in parallel, while currently only CreateNew apply mode is
    supported, which means the apply operation will fail if target subscription already contains an
    object of same type and using the same objectId. Users can specify the "objectId" in request body to
    avoid such conflicts.<br />
    * Free-tier subscription quota: 100 apply operations per month.
    * S0-tier subscription quota: 100 apply operations per day.

    Args:
        snapshot_id (str):
        body (ApplySnapshotRequest): Request body for applying snapshot operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return sync_detailed(
        snapshot_id=snapshot_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    snapshot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplySnapshotRequest,
) -> Response[APIError | Any]:
    """Submit an operation to apply a snapshot to current subscription. For each snapshot, only
    subscriptions included in the applyScope of Snapshot - Take can apply it.<br />
    The snapshot interfaces are for users to backup and restore their face data from one face
    subscription to another, inside same region or across regions. The workflow contains two phases,
    user first calls Snapshot - Take to create a copy of the source object and store it as a snapshot,
    then calls Snapshot - Apply to paste the snapshot to target subscription. The snapshots are stored
    in a centralized location (per Azure instance), so that they can be applied cross accounts and
    regions.<br />
    Applying snapshot is an asynchronous operation. An operation id can be obtained from the "Operation-
    Location" field in response header, to be used in OperationStatus - Get for tracking the progress of
    applying the snapshot. The target object id will be included in the "resourceLocation" field in
    OperationStatus - Get response when the operation status is "succeeded".<br />
    Snapshot applying time depends on the number of person and face entries in the snapshot object. It
    could be in seconds, or up to 1 hour for 1,000,000 persons with multiple faces.<br />
    Snapshots will be automatically expired and cleaned in 48 hours after it is created by Snapshot -
    Take. So the target subscription is required to apply the snapshot in 48 hours since its
    creation.<br />
    Applying a snapshot will not block any other operations against the target object, however it is not
    recommended because the correctness cannot be guaranteed during snapshot applying. After snapshot
    applying is completed, all operations towards the target object can work as normal. Snapshot also
    includes the training results of the source object, which means target subscription the snapshot
    applied to does not need re-train the target object before calling Identify/FindSimilar.<br />
    One snapshot can be applied multiple times in parallel, while currently only CreateNew apply mode is
    supported, which means the apply operation will fail if target subscription already contains an
    object of same type and using the same objectId. Users can specify the "objectId" in request body to
    avoid such conflicts.<br />
    * Free-tier subscription quota: 100 apply operations per month.
    * S0-tier subscription quota: 100 apply operations per day.

    Args:
        snapshot_id (str):
        body (ApplySnapshotRequest): Request body for applying snapshot operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    snapshot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplySnapshotRequest,
) -> APIError | Any | None:
    """Submit an operation to apply a snapshot to current subscription. For each snapshot, only
    subscriptions included in the applyScope of Snapshot - Take can apply it.<br />
    The snapshot interfaces are for users to backup and restore their face data from one face
    subscription to another, inside same region or across regions. The workflow contains two phases,
    user first calls Snapshot - Take to create a copy of the source object and store it as a snapshot,
    then calls Snapshot - Apply to paste the snapshot to target subscription. The snapshots are stored
    in a centralized location (per Azure instance), so that they can be applied cross accounts and
    regions.<br />
    Applying snapshot is an asynchronous operation. An operation id can be obtained from the "Operation-
    Location" field in response header, to be used in OperationStatus - Get for tracking the progress of
    applying the snapshot. The target object id will be included in the "resourceLocation" field in
    OperationStatus - Get response when the operation status is "succeeded".<br />
    Snapshot applying time depends on the number of person and face entries in the snapshot object. It
    could be in seconds, or up to 1 hour for 1,000,000 persons with multiple faces.<br />
    Snapshots will be automatically expired and cleaned in 48 hours after it is created by Snapshot -
    Take. So the target subscription is required to apply the snapshot in 48 hours since its
    creation.<br />
    Applying a snapshot will not block any other operations against the target object, however it is not
    recommended because the correctness cannot be guaranteed during snapshot applying. After snapshot
    applying is completed, all operations towards the target object can work as normal. Snapshot also
    includes the training results of the source object, which means target subscription the snapshot
    applied to does not need re-train the target object before calling Identify/FindSimilar.<br />
    One snapshot can be applied multiple times in parallel, while currently only CreateNew apply mode is
    supported, which means the apply operation will fail if target subscription already contains an
    object of same type and using the same objectId. Users can specify the "objectId" in request body to
    avoid such conflicts.<br />
    * Free-tier subscription quota: 100 apply operations per month.
    * S0-tier subscription quota: 100 apply operations per day.

    Args:
        snapshot_id (str):
        body (ApplySnapshotRequest): Request body for applying snapshot operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return (
        await asyncio_detailed(
            snapshot_id=snapshot_id,
            client=client,
            body=body,
        )
    ).parsed
