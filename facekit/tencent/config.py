"""Where the FaceFusion client finds its endpoint, region and credentials.

The credential variables are the official SDK's: ``TENCENTCLOUD_SECRET_ID``,
``TENCENTCLOUD_SECRET_KEY`` and, for temporary credentials, ``TENCENTCLOUD_SESSION_TOKEN``.
The endpoint comes from the ``endpoint`` argument, else ``TENCENTCLOUD_FACEFUSION_ENDPOINT``
(facekit's own variable), else the default host.
An empty variable counts as unset. The SecretKey and the token are kept in
:class:`~facekit.config.Secret`, which never shows its value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs

from facekit.config import Secret, first_set
from facekit.errors import ConfigurationError

SECRET_ID_VARIABLE = "TENCENTCLOUD_SECRET_ID"
SECRET_KEY_VARIABLE = "TENCENTCLOUD_SECRET_KEY"
TOKEN_VARIABLE = "TENCENTCLOUD_SESSION_TOKEN"
# facekit's own (the official SDK has none): where FusionClient sends its calls when no
# endpoint= is given, e.g. http://127.0.0.1:5000 for a running emulator.
ENDPOINT_VARIABLE = "TENCENTCLOUD_FACEFUSION_ENDPOINT"
DEFAULT_ENDPOINT = "https://facefusion.tencentcloudapi.com"
DEFAULT_REGION = "ap-guangzhou"


@attrs.frozen
class TencentCredentials:
    """A SecretId/SecretKey pair and an optional session token."""

    secret_id: str
    secret_key: Secret = attrs.field(repr=False)
    token: Secret | None = attrs.field(default=None, repr=False)

    @classmethod
    def resolve(
        cls,
        secret_id: str | None = None,
        secret_key: str | Secret | None = None,
        token: str | Secret | None = None,
        *,
        env: Mapping[str, str] | None = None,
    ) -> TencentCredentials:
        """Arguments first, then the environment; both parts are required."""
        source = os.environ if env is None else env
        sid = (secret_id or "").strip() or first_set(source, (SECRET_ID_VARIABLE,))
        key: str | Secret | None = secret_key or first_set(source, (SECRET_KEY_VARIABLE,))
        tok: str | Secret | None = token or first_set(source, (TOKEN_VARIABLE,))
        missing = [
            name
            for name, value in (
                (f"a SecretId (secret_id= or ${SECRET_ID_VARIABLE})", sid),
                (f"a SecretKey (secret_key= or ${SECRET_KEY_VARIABLE})", key),
            )
            if not value
        ]
        if missing:
            raise ConfigurationError(
                "Tencent Cloud credentials incomplete: need " + " and ".join(missing)
            )
        assert sid is not None and key is not None
        return cls(
            secret_id=sid,
            secret_key=key if isinstance(key, Secret) else Secret(key),
            token=None if not tok else tok if isinstance(tok, Secret) else Secret(tok),
        )


def resolve_endpoint(endpoint: str | None, *, env: Mapping[str, str] | None = None) -> str:
    """The endpoint to use: the argument, else ``$TENCENTCLOUD_FACEFUSION_ENDPOINT``, else
    the default host (``https://facefusion.tencentcloudapi.com``); normalised."""
    source = os.environ if env is None else env
    given = (endpoint or "").strip() or first_set(source, (ENDPOINT_VARIABLE,))
    return normalise_endpoint(given)


def normalise_endpoint(endpoint: str | None) -> str:
    """``https://host[:port]`` without a trailing slash; the default when None or empty.

    A bare host (``facefusion.ap-shanghai.tencentcloudapi.com``, as the official SDK's
    ``HttpProfile.endpoint`` takes it) gets ``https://``. Every action is served on
    ``/``, so an endpoint with a path is refused.
    """
    value = (endpoint or "").strip() or DEFAULT_ENDPOINT
    if "://" not in value:
        value = "https://" + value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"endpoint must be http(s)://host[:port], got {value!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigurationError(
            f"endpoint must not have a path: Tencent Cloud serves every action on '/' "
            f"(got {value!r})"
        )
    return f"{parts.scheme}://{parts.netloc}"
