"""Where facekit finds its endpoint and credentials.

The environment variables are the ones the Azure Face quickstart uses
(``FACE_ENDPOINT``, ``FACE_SUBSCRIPTION_KEY``), with the ``AZURE_FACE_ENDPOINT`` /
``AZURE_FACE_KEY`` aliases. An empty variable counts as unset. Keys are kept in a
:class:`Secret`, whose ``repr`` and ``str`` never show the value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import attrs

from facekit.errors import ConfigurationError

ENDPOINT_VARIABLES = ("FACE_ENDPOINT", "AZURE_FACE_ENDPOINT")
KEY_VARIABLES = ("FACE_SUBSCRIPTION_KEY", "AZURE_FACE_KEY")


class Secret:
    """A credential that never shows itself in ``repr()``, ``str()`` or f-strings."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise ConfigurationError("a credential must not be empty")
        self._value = value

    def reveal(self) -> str:
        """The value, for the one place that sends it on the wire."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret is not picklable")


def first_set(env: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    """The value of the first variable in ``names`` that is set and not blank."""
    for name in names:
        value = env.get(name, "").strip()
        if value:
            return value
    return None


@attrs.frozen
class FaceSettings:
    """Endpoint and key of an Azure Face resource (or of the local emulator)."""

    endpoint: str
    key: Secret = attrs.field(repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> FaceSettings:
        """Read ``FACE_ENDPOINT``/``FACE_SUBSCRIPTION_KEY`` (or their ``AZURE_FACE_*`` aliases)."""
        source = os.environ if env is None else env
        endpoint = first_set(source, ENDPOINT_VARIABLES)
        key = first_set(source, KEY_VARIABLES)
        missing = [
            " or ".join(names)
            for names, value in ((ENDPOINT_VARIABLES, endpoint), (KEY_VARIABLES, key))
            if value is None
        ]
        if missing:
            raise ConfigurationError("not set: " + "; ".join(missing))
        assert endpoint is not None and key is not None
        return cls(endpoint=normalise_endpoint(endpoint), key=Secret(key))


def normalise_endpoint(endpoint: str) -> str:
    """``https://x.cognitiveservices.azure.com/`` → ``https://x.cognitiveservices.azure.com``.

    A trailing ``/face/v1.0`` (or other version) is cut off too: facekit adds the version.
    """
    value = endpoint.strip().rstrip("/")
    if not value.startswith(("http://", "https://")):
        raise ConfigurationError(f"endpoint must start with http:// or https://, got {value!r}")
    marker = value.find("/face/")
    if marker != -1:
        value = value[:marker]
    return value
