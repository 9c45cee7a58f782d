from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.meta_data_contract import MetaDataContract
from ...types import Response


def _get_kwargs(
    person_group_id: str,
    *,
    body: MetaDataContract,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/persongroups/{person_group_id}".format(
            person_group_id=quote(str(person_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | Any:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> Response[APIError | Any]:
    """Create a new person group with specified personGroupId, name, user-provided userData and
    recognitionModel.
    <br /> A person group is the container of the uploaded person data, including face recognition
    features.
    <br /> After creation, use [PersonGroup Person -
    Create](https://docs.microsoft.com/rest/api/faceapi/persongroupperson/create) to add persons into
    the group, and then call [PersonGroup -
    Train](https://docs.microsoft.com/rest/api/faceapi/persongroup/train) to get this group ready for
    [Face - Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br /> No image will be stored. Only the person's extracted face features and userData will be
    stored on server until [PersonGroup Person -
    Delete](https://docs.microsoft.com/rest/api/faceapi/persongroupperson/delete) or [PersonGroup -
    Delete](https://docs.microsoft.com/rest/api/faceapi/persongroup/delete) is called.
    <br/>'recognitionModel' should be specified to associate with this person group. The default value
    for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify
    the model you need in this parameter. New faces that are added to an existing person group will use
    the recognition model that's already associated with the collection. Existing face features in a
    person group can't be updated to features extracted by another version of recognition model.

    Person group quota:
    * Free-tier subscription quota: 1,000 person groups. Each holds up to 1,000 persons.
    * S0-tier subscription quota: 1,000,000 person groups. Each holds up to 10,000 persons.
    * to handle larger scale face identification problem, please consider using
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup).

    Args:
        person_group_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> APIError | Any | None:
    """Create a new person group with specified personGroupId, name, user-provided userData and
    recognitionModel.
    <br /> A person group is the container of the uploaded person data, including face recognition
    features.
    <br /> After creation, use [PersonGroup Person -
    Create](https://docs.microsoft.com/rest/api/faceapi/persongroupperson/create) to add persons into
    the group, and then call [PersonGroup -
    Train](https://docs.microsoft.com/rest/api/faceapi/persongroup/train) to get this group ready for
    [Face - Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br /> No image will be stored. Only the person's extracted face features and userData will be
    stored on server until [PersonGroup Person -
    Delete](https://docs.microsoft.com/rest/api/faceapi/persongroupperson/delete) or [PersonGroup -
    Delete](https://docs.microsoft.com/rest/api/faceapi/persongroup/delete) is called.
    <br/>'recognitionModel' should be specified to associate with this person group. The default value
    for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify
    the model you need in this parameter. New faces that are added to an existing person group will use
    the recognition model that's already associated with the collection. Existing face features in a
    person group can't be updated to features extracted by another version of recognition model.

    Person group quota:
    * Free-tier subscription quota: 1,000 person groups. Each holds up to 1,000 persons.
    * S0-tier subscription quota: 1,000,000 person groups. Each holds up to 10,000 persons.
    * to handle larger scale face identification problem, please consider using
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup).

    Args:
        person_group_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return sync_detailed(
        person_group_id=person_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> Response[APIError | Any]:
    """Create a new person group with specified personGroupId, name, user-provided userData and
    recognitionModel.
    <br /> A person group is the container of the uploaded person data, including face recognition
    features.
    <br /> After creation, use [PersonGroup Person -
    Create](https://docs.microsoft.com/rest/api/faceapi/persongroupperson/create) to add persons into
    the group, and then call [PersonGroup -
    Train](https://docs.microsoft.com/rest/api/faceapi/persongroup/train) to get this group ready for
    [Face - Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br /> No image will be stored. Only the person's extracted face features and userData will be
    stored on server until [PersonGroup Person -
    Delete](https://docs.microsoft.com/rest/api/faceapi/persongroupperson/delete) or [PersonGroup -
    Delete](https://docs.microsoft.com/rest/api/faceapi/persongroup/delete) is called.
    <br/>'recognitionModel' should be specified to associate with this person group. The default value
    for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify
    the model you need in this parameter. New faces that are added to an existing person group will use
    the recognition model that's already associated with the collection. Existing face features in a
    person group can't be updated to features extracted by another version of recognition model.

    Person group quota:
    * Free-tier subscription quota: 1,000 person groups. Each holds up to 1,000 persons.
    * S0-tier subscription quota: 1,000,000 person groups. Each holds up to 10,000 persons.
    * to handle larger scale face identification problem, please consider using
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup).

    Args:
        person_group_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        person_group_id=person_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> APIError | Any | None:
    """Create a new person group with specified personGroupId, name, user-provided userData and
    recognitionModel.
    <br /> A person group is the container of the uploaded person data, including face recognition
    features.
    <br /> After creation, use [PersonGroup Person -
    Create](https://docs.microsoft.com/rest/api/faceapi/persongroupperson/create) to add persons into
    the group, and then call [PersonGroup -
    Train](https://docs.microsoft.com/rest/api/faceapi/persongroup/train) to get this group ready for
    [Face - Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br /> No image will be stored. Only the person's extracted face features and userData will be
    stored on server until [PersonGroup Person -
    Delete](https://docs.microsoft.com/rest/api/faceapi/persongroupperson/delete) or [PersonGroup -
    Delete](https://docs.microsoft.com/rest/api/faceapi/persongroup/delete) is called.
    <br/>'recognitionModel' should be specified to associate with this person group. The default value
    for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify
    the model you need in this parameter. New faces that are added to an existing person group will use
    the recognition model that's already associated with the collection. Existing face features in a
    person group can't be updated to features extracted by another version of recognition model.

    Person group quota:
    * Free-tier subscription quota: 1,000 person groups. Each holds up to 1,000 persons.
    * S0-tier subscription quota: 1,000,000 person groups. Each holds up to 10,000 persons.
    * to handle larger scale face identification problem, please consider using
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup).

    Args:
        person_group_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return (
        await asyncio_detailed(
            person_group_id=person_group_id,
            client=client,
            body=body,
        )
    ).parsed
