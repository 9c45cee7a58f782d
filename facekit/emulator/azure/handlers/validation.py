"""Checks of ids, query parameters and JSON bodies, done before storage is touched.

Every check raises :class:`~facekit.emulator.wire.ApiError` with the code the live
service uses for that mistake (mostly ``400 BadArgument``). Unknown query parameters
(``overload``, ``_overload`` and anything else) are ignored, as the service ignores them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from facekit.emulator import strict_json
from facekit.emulator.azure.backend.enrollment import NewFace
from facekit.emulator.wire import ApiError, bad_argument

CONTAINER_ID = re.compile(r"^[a-z0-9\-_]{1,64}$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
RECOGNITION_MODELS = ("recognition_01", "recognition_02", "recognition_03", "recognition_04")
DETECTION_MODELS = ("detection_01", "detection_02", "detection_03")
DEFAULT_RECOGNITION_MODEL = "recognition_01"
DEFAULT_DETECTION_MODEL = "detection_01"
NAME_MAX = 128
USER_DATA_MAX = 16_384
FACE_USER_DATA_MAX = 1_024
START_MAX = 64
TOP_MAX = 1_000
INTEGER = re.compile(r"^[+-]?[0-9]{1,18}$")  # ASCII digits only, no '_', no exponent


def is_container_id(value: str) -> bool:
    return bool(CONTAINER_ID.match(value))


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and bool(UUID.match(value))


def container_id_or(error: ApiError, value: str) -> str:
    """``value`` when it is a valid container id; otherwise raise ``error``."""
    if not is_container_id(value):
        raise error
    return value


def uuid_or(error: ApiError, value: str) -> str:
    """``value`` lower-cased when it is a UUID; otherwise raise ``error``."""
    if not is_uuid(value):
        raise error
    return value.lower()


# ----------------------------------------------------------------- query --


def query_bool(query: Mapping[str, str], name: str, default: bool) -> bool:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    lowered = raw.strip().lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise bad_argument(f"Invalid value of '{name}': expected true or false.")


def query_int(
    query: Mapping[str, str], name: str, default: int | None, low: int, high: int
) -> int | None:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    if not INTEGER.match(raw.strip()):
        raise bad_argument(f"Invalid value of '{name}': expected an integer.")
    value = int(raw.strip())
    if not low <= value <= high:
        raise bad_argument(f"'{name}' must lie between {low} and {high}.")
    return value


def query_start(query: Mapping[str, str]) -> str:
    start = query.get("start", "")
    if len(start) > START_MAX:
        raise bad_argument(f"'start' is longer than {START_MAX} characters.")
    return start


def query_top(query: Mapping[str, str], default: int | None) -> int | None:
    return query_int(query, "top", default, 1, TOP_MAX)


def recognition_model(value: object, *, name: str = "recognitionModel") -> str:
    if value is None or value == "":
        return DEFAULT_RECOGNITION_MODEL
    if not isinstance(value, str) or value.lower() not in RECOGNITION_MODELS:
        raise bad_argument(
            f"Invalid '{name}'; supported values are {', '.join(RECOGNITION_MODELS)}."
        )
    return value.lower()


def detection_model(value: object) -> str:
    if value is None or value == "":
        return DEFAULT_DETECTION_MODEL
    if not isinstance(value, str) or value.lower() not in DETECTION_MODELS:
        raise bad_argument(
            f"Invalid 'detectionModel'; supported values are {', '.join(DETECTION_MODELS)}."
        )
    return value.lower()


def target_face(raw: str | None) -> tuple[int, int, int, int] | None:
    """``left,top,width,height`` as four non-negative integers (width, height > 0)."""
    if raw is None or raw == "":
        return None
    parts = [part.strip() for part in raw.split(",")]
    numbers = [int(part) for part in parts] if all(INTEGER.match(p) for p in parts) else []
    if len(numbers) != 4 or min(numbers) < 0 or numbers[2] == 0 or numbers[3] == 0:
        raise bad_argument(
            "Invalid 'targetFace': expected four non-negative integers "
            "'left,top,width,height' with a positive width and height."
        )
    return numbers[0], numbers[1], numbers[2], numbers[3]


def face_user_data(query: Mapping[str, str]) -> str | None:
    value = query.get("userData")
    if value is not None and len(value) > FACE_USER_DATA_MAX:
        raise bad_argument(f"'userData' is longer than {FACE_USER_DATA_MAX} characters.")
    return value


# ------------------------------------------------------------------ body --


def new_face(query: Mapping[str, str], image: bytes | None) -> NewFace:
    """The face an add-face call asks to store: ``userData``, ``targetFace`` and
    ``detectionModel`` from the query, and the image."""
    user_data = face_user_data(query)
    target = target_face(query.get("targetFace"))
    model = detection_model(query.get("detectionModel"))
    assert image is not None
    return NewFace(image=image, detection_model=model, target=target, user_data=user_data)


def invalid_request_body(message: str) -> ApiError:
    """The liveness operations' code for a body that breaks their schema."""
    return ApiError(400, "InvalidRequestBody", message)


def json_object(body: bytes) -> dict[str, Any]:
    """The request body as a JSON object (400 BadArgument when it is not one)."""
    if not body.strip():
        raise bad_argument("Request body is empty.")
    try:
        value = strict_json.loads(body)
    except strict_json.JsonRefused as refused:
        raise bad_argument(refused.message) from None
    except (ValueError, UnicodeDecodeError):
        raise bad_argument("Request body is invalid JSON.") from None
    except RecursionError:
        raise bad_argument("Request body nests JSON values too deeply.") from None
    if not isinstance(value, dict):
        raise bad_argument("Request body must be a JSON object.")
    return value


def optional_string(obj: Mapping[str, Any], name: str, max_length: int) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_argument(f"'{name}' must be a string.")
    if len(value) > max_length:
        raise bad_argument(f"'{name}' is longer than {max_length} characters.")
    return value


def required_name(obj: Mapping[str, Any]) -> str:
    name = optional_string(obj, "name", NAME_MAX)
    if not name:
        raise bad_argument("'name' is required and must not be empty.")
    return name


def optional_name(obj: Mapping[str, Any]) -> str | None:
    name = optional_string(obj, "name", NAME_MAX)
    if name is not None and name == "":
        raise bad_argument("'name' must not be empty.")
    return name


def user_data(obj: Mapping[str, Any]) -> str | None:
    return optional_string(obj, "userData", USER_DATA_MAX)


def body_uuid(obj: Mapping[str, Any], name: str, *, required: bool = True) -> str | None:
    value = obj.get(name)
    if value is None:
        if required:
            raise bad_argument(f"'{name}' is required.")
        return None
    if not is_uuid(value):
        raise bad_argument(f"'{name}' is not a valid id.")
    assert isinstance(value, str)
    return value.lower()


def body_uuid_list(obj: Mapping[str, Any], name: str, low: int, high: int) -> list[str]:
    value = obj.get(name)
    if not isinstance(value, list):
        raise bad_argument(f"'{name}' must be an array of ids.")
    if not low <= len(value) <= high:
        raise bad_argument(f"'{name}' must hold between {low} and {high} ids.")
    if not all(is_uuid(item) for item in value):
        raise bad_argument(f"'{name}' holds an invalid id.")
    return [str(item).lower() for item in value]


def body_container_id(obj: Mapping[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not is_container_id(value):
        raise bad_argument(f"'{name}' is invalid: use 1 to 64 of a-z, 0-9, '-' and '_'.")
    return value


def body_int(obj: Mapping[str, Any], name: str, default: int, low: int, high: int) -> int:
    value = obj.get(name)
    if value is None:
        return default
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (isinstance(value, float) and not (math.isfinite(value) and value.is_integer()))
    ):
        raise bad_argument(f"'{name}' must be an integer.")
    if not low <= int(value) <= high:
        raise bad_argument(f"'{name}' must lie between {low} and {high}.")
    return int(value)


def body_fraction(obj: Mapping[str, Any], name: str) -> float | None:
    value = obj.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise bad_argument(f"'{name}' must be a finite number.")
    if not 0.0 <= float(value) <= 1.0:
        raise bad_argument(f"'{name}' must lie between 0 and 1.")
    return float(value)
