from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.meta_data_contract import MetaDataContract
from ...types import Response


def _get_kwargs(
    large_face_list_id: str,
    *,
    body: MetaDataContract,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/largefacelists/{large_face_list_id}".format(
            large_face_list_id=quote(str(large_face_list_id), safe=""),
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
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> Response[APIError | Any]:
    """Create an empty large face list with user-specified largeFaceListId, name, an optional userData and
    recognitionModel.
    <br /> Large face list is a list of faces, up to 1,000,000 faces, and used by [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar).
    <br /> After creation, user should use [LargeFaceList Face -
    Add](https://docs.microsoft.com/rest/api/faceapi/largefacelist/addfacefromurl) to import the faces
    and [LargeFaceList - Train](https://docs.microsoft.com/rest/api/faceapi/largefacelist/train) to make
    it ready for [Face - Find Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar). No
    image will be stored. Only the extracted face features are stored on server until [LargeFaceList -
    Delete](https://docs.microsoft.com/rest/api/faceapi/largefacelist/delete) is called.
    <br /> Find Similar is used for scenario like finding celebrity-like faces, similar face filtering,
    or as a light way face identification. But if the actual use is to identify person, please use
    [PersonGroup](https://docs.microsoft.com/rest/api/faceapi/persongroup) /
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup) and [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br/>'recognitionModel' should be specified to associate with this large face list. The default
    value for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly
    specify the model you need in this parameter. New faces that are added to an existing large face
    list will use the recognition model that's already associated with the collection. Existing face
    features in a large face list can't be updated to features extracted by another version of
    recognition model. Please refer to [Specify a recognition
    model](https://docs.microsoft.com/azure/cognitive-services/face/face-api-how-to-topics/specify-
    recognition-model).

    Large face list quota:
    * Free-tier subscription quota: 64 large face lists.
    * S0-tier subscription quota: 1,000,000 large face lists.

    Args:
        large_face_list_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> APIError | Any | None:
    """Create an empty large face list with user-specified largeFaceListId, name, an optional userData and
    recognitionModel.
    <br /> Large face list is a list of faces, up to 1,000,000 faces, and used by [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar).
    <br /> After creation, user should use [LargeFaceList Face -
    Add](https://docs.microsoft.com/rest/api/faceapi/largefacelist/addfacefromurl) to import the faces
    and [LargeFaceList - Train](https://docs.microsoft.com/rest/api/faceapi/largefacelist/train) to make
    it ready for [Face - Find Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar). No
    image will be stored. Only the extracted face features are stored on server until [LargeFaceList -
    Delete](https://docs.microsoft.com/rest/api/faceapi/largefacelist/delete) is called.
    <br /> Find Similar is used for scenario like finding celebrity-like faces, similar face filtering,
    or as a light way face identification. But if the actual use is to identify person, please use
    [PersonGroup](https://docs.microsoft.com/rest/api/faceapi/persongroup) /
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup) and [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br/>'recognitionModel' should be specified to associate with this large face list. The default
    value for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly
    specify the model you need in this parameter. New faces that are added to an existing large face
    list will use the recognition model that's already associated with the collection. Existing face
    features in a large face list can't be updated to features extracted by another version of
    recognition model. Please refer to [Specify a recognition
    model](https://docs.microsoft.com/azure/cognitive-services/face/face-api-how-to-topics/specify-
    recognition-model).

    Large face list quota:
    * Free-tier subscription quota: 64 large face lists.
    * S0-tier subscription quota: 1,000,000 large face lists.

    Args:
        large_face_list_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return sync_detailed(
        large_face_list_id=large_face_list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> Response[APIError | Any]:
    """Create an empty large face list with user-specified largeFaceListId, name, an optional userData and
    recognitionModel.
    <br /> Large face list is a list of faces, up to 1,000,000 faces, and used by [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar).
    <br /> After creation, user should use [LargeFaceList Face -
    Add](https://docs.microsoft.com/rest/api/faceapi/largefacelist/addfacefromurl) to import the faces
    and [LargeFaceList - Train](https://docs.microsoft.com/rest/api/faceapi/largefacelist/train) to make
    it ready for [Face - Find Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar). No
    image will be stored. Only the extracted face features are stored on server until [LargeFaceList -
    Delete](https://docs.microsoft.com/rest/api/faceapi/largefacelist/delete) is called.
    <br /> Find Similar is used for scenario like finding celebrity-like faces, similar face filtering,
    or as a light way face identification. But if the actual use is to identify person, please use
    [PersonGroup](https://docs.microsoft.com/rest/api/faceapi/persongroup) /
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup) and [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br/>'recognitionModel' should be specified to associate with this large face list. The default
    value for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly
    specify the model you need in this parameter. New faces that are added to an existing large face
    list will use the recognition model that's already associated with the collection. Existing face
    features in a large face list can't be updated to features extracted by another version of
    recognition model. Please refer to [Specify a recognition
    model](https://docs.microsoft.com/azure/cognitive-services/face/face-api-how-to-topics/specify-
    recognition-model).

    Large face list quota:
    * Free-tier subscription quota: 64 large face lists.
    * S0-tier subscription quota: 1,000,000 large face lists.

    Args:
        large_face_list_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        large_face_list_id=large_face_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    large_face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> APIError | Any | None:
    """Create an empty large face list with user-specified largeFaceListId, name, an optional userData and
    recognitionModel.
    <br /> Large face list is a list of faces, up to 1,000,000 faces, and used by [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar).
    <br /> After creation, user should use [LargeFaceList Face -
    Add](https://docs.microsoft.com/rest/api/faceapi/largefacelist/addfacefromurl) to import the faces
    and [LargeFaceList - Train](https://docs.microsoft.com/rest/api/faceapi/largefacelist/train) to make
    it ready for [Face - Find Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar). No
    image will be stored. Only the extracted face features are stored on server until [LargeFaceList -
    Delete](https://docs.microsoft.com/rest/api/faceapi/largefacelist/delete) is called.
    <br /> Find Similar is used for scenario like finding celebrity-like faces, similar face filtering,
    or as a light way face identification. But if the actual use is to identify person, please use
    [PersonGroup](https://docs.microsoft.com/rest/api/faceapi/persongroup) /
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup) and [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br/>'recognitionModel' should be specified to associate with this large face list. The default
    value for 'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly
    specify the model you need in this parameter. New faces that are added to an existing large face
    list will use the recognition model that's already associated with the collection. Existing face
    features in a large face list can't be updated to features extracted by another version of
    recognition model. Please refer to [Specify a recognition
    model](https://docs.microsoft.com/azure/cognitive-services/face/face-api-how-to-topics/specify-
    recognition-model).

    Large face list quota:
    * Free-tier subscription quota: 64 large face lists.
    * S0-tier subscription quota: 1,000,000 large face lists.

    Args:
        large_face_list_id (str):
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
            large_face_list_id=large_face_list_id,
            client=client,
            body=body,
        )
    ).parsed
