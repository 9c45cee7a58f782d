from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.meta_data_contract import MetaDataContract
from ...types import Response


def _get_kwargs(
    face_list_id: str,
    *,
    body: MetaDataContract,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/facelists/{face_list_id}".format(
            face_list_id=quote(str(face_list_id), safe=""),
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
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> Response[APIError | Any]:
    """Create an empty face list with user-specified faceListId, name, an optional userData and
    recognitionModel. Up to 64 face lists are allowed in one subscription.
    <br /> Face list is a list of faces, up to 1,000 faces, and used by [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar).
    <br /> After creation, user should use [FaceList - Add
    Face](https://docs.microsoft.com/rest/api/faceapi/facelist/addfacefromurl) to import the faces. No
    image will be stored. Only the extracted face features are stored on server until [FaceList -
    Delete](https://docs.microsoft.com/rest/api/faceapi/facelist/delete) is called.
    <br /> Find Similar is used for scenario like finding celebrity-like faces, similar face filtering,
    or as a light way face identification. But if the actual use is to identify person, please use
    [PersonGroup](https://docs.microsoft.com/rest/api/faceapi/persongroup) /
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup) and [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br /> Please consider [LargeFaceList](https://docs.microsoft.com/rest/api/faceapi/largefacelist)
    when the face number is large. It can support up to 1,000,000 faces.
    <br />'recognitionModel' should be specified to associate with this face list. The default value for
    'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify the
    model you need in this parameter. New faces that are added to an existing face list will use the
    recognition model that's already associated with the collection. Existing face features in a face
    list can't be updated to features extracted by another version of recognition model.
    Please Refer to [Specify a face recognition model](https://docs.microsoft.com/azure/cognitive-
    services/face/face-api-how-to-topics/specify-recognition-model).

    Args:
        face_list_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        face_list_id=face_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> APIError | Any | None:
    """Create an empty face list with user-specified faceListId, name, an optional userData and
    recognitionModel. Up to 64 face lists are allowed in one subscription.
    <br /> Face list is a list of faces, up to 1,000 faces, and used by [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar).
    <br /> After creation, user should use [FaceList - Add
    Face](https://docs.microsoft.com/rest/api/faceapi/facelist/addfacefromurl) to import the faces. No
    image will be stored. Only the extracted face features are stored on server until [FaceList -
    Delete](https://docs.microsoft.com/rest/api/faceapi/facelist/delete) is called.
    <br /> Find Similar is used for scenario like finding celebrity-like faces, similar face filtering,
    or as a light way face identification. But if the actual use is to identify person, please use
    [PersonGroup](https://docs.microsoft.com/rest/api/faceapi/persongroup) /
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup) and [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br /> Please consider [LargeFaceList](https://docs.microsoft.com/rest/api/faceapi/largefacelist)
    when the face number is large. It can support up to 1,000,000 faces.
    <br />'recognitionModel' should be specified to associate with this face list. The default value for
    'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify the
    model you need in this parameter. New faces that are added to an existing face list will use the
    recognition model that's already associated with the collection. Existing face features in a face
    list can't be updated to features extracted by another version of recognition model.
    Please Refer to [Specify a face recognition model](https://docs.microsoft.com/azure/cognitive-
    services/face/face-api-how-to-topics/specify-recognition-model).

    Args:
        face_list_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | Any
    """

    return sync_detailed(
        face_list_id=face_list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> Response[APIError | Any]:
    """Create an empty face list with user-specified faceListId, name, an optional userData and
    recognitionModel. Up to 64 face lists are allowed in one subscription.
    <br /> Face list is a list of faces, up to 1,000 faces, and used by [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar).
    <br /> After creation, user should use [FaceList - Add
    Face](https://docs.microsoft.com/rest/api/faceapi/facelist/addfacefromurl) to import the faces. No
    image will be stored. Only the extracted face features are stored on server until [FaceList -
    Delete](https://docs.microsoft.com/rest/api/faceapi/facelist/delete) is called.
    <br /> Find Similar is used for scenario like finding celebrity-like faces, similar face filtering,
    or as a light way face identification. But if the actual use is to identify person, please use
    [PersonGroup](https://docs.microsoft.com/rest/api/faceapi/persongroup) /
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup) and [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br /> Please consider [LargeFaceList](https://docs.microsoft.com/rest/api/faceapi/largefacelist)
    when the face number is large. It can support up to 1,000,000 faces.
    <br />'recognitionModel' should be specified to associate with this face list. The default value for
    'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify the
    model you need in this parameter. New faces that are added to an existing face list will use the
    recognition model that's already associated with the collection. Existing face features in a face
    list can't be updated to features extracted by another version of recognition model.
    Please Refer to [Specify a face recognition model](https://docs.microsoft.com/azure/cognitive-
    services/face/face-api-how-to-topics/specify-recognition-model).

    Args:
        face_list_id (str):
        body (MetaDataContract): A combination of user defined name and user specified data and
            recognition model name for largePersonGroup/personGroup, and largeFaceList/faceList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | Any]
    """

    kwargs = _get_kwargs(
        face_list_id=face_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    face_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MetaDataContract,
) -> APIError | Any | None:
    """Create an empty face list with user-specified faceListId, name, an optional userData and
    recognitionModel. Up to 64 face lists are allowed in one subscription.
    <br /> Face list is a list of faces, up to 1,000 faces, and used by [Face - Find
    Similar](https://docs.microsoft.com/rest/api/faceapi/face/findsimilar).
    <br /> After creation, user should use [FaceList - Add
    Face](https://docs.microsoft.com/rest/api/faceapi/facelist/addfacefromurl) to import the faces. No
    image will be stored. Only the extracted face features are stored on server until [FaceList -
    Delete](https://docs.microsoft.com/rest/api/faceapi/facelist/delete) is called.
    <br /> Find Similar is used for scenario like finding celebrity-like faces, similar face filtering,
    or as a light way face identification. But if the actual use is to identify person, please use
    [PersonGroup](https://docs.microsoft.com/rest/api/faceapi/persongroup) /
    [LargePersonGroup](https://docs.microsoft.com/rest/api/faceapi/largepersongroup) and [Face -
    Identify](https://docs.microsoft.com/rest/api/faceapi/face/identify).
    <br /> Please consider [LargeFaceList](https://docs.microsoft.com/rest/api/faceapi/largefacelist)
    when the face number is large. It can support up to 1,000,000 faces.
    <br />'recognitionModel' should be specified to associate with this face list. The default value for
    'recognitionModel' is 'recognition_01', if the latest model needed, please explicitly specify the
    model you need in this parameter. New faces that are added to an existing face list will use the
    recognition model that's already associated with the collection. Existing face features in a face
    list can't be updated to features extracted by another version of recognition model.
    Please Refer to [Specify a face recognition model](https://docs.microsoft.com/azure/cognitive-
    services/face/face-api-how-to-topics/specify-recognition-model).

    Args:
        face_list_id (str):
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
            face_list_id=face_list_id,
            client=client,
            body=body,
        )
    ).parsed
