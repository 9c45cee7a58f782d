"""The Azure Face API versions facekit speaks, and what each of them offers.

Every version keeps the v1.0 paths, operation names and JSON field names for the
operations they share (detection, recognition, the four container kinds), so one set of
resources serves them all from ``{endpoint}/face/{version}``. What differs is listed per
version in :class:`ApiVersion`; the client consults it before a call, so an operation a
version lacks fails at once with a clear message instead of a 404 from the service.
"""

from __future__ import annotations

import attrs

from facekit.errors import BadInputError, ConfigurationError

DEFAULT_API_VERSION = "v1.0"
# identify's candidates per face unless the caller asks for more; always sent, because the
# service's own default differs (1 in v1.0, 10 from v1.1 on).
DEFAULT_CANDIDATES = 1
# Attributes v1.1 and later no longer know (azure-face-api.md §6.1).
REMOVED_ATTRIBUTES = frozenset({"emotion", "gender", "makeup"})


@attrs.frozen
class ApiVersion:
    """One version string and the features it serves."""

    name: str
    snapshots: bool = False  # the Snapshot API (v1.0 only; retired)
    person_directory: bool = False  # PersonDirectory / DynamicPersonGroup management
    directory_recognition: bool = False  # identify/verify against PD persons or DPGs
    liveness: bool = False  # the final liveness-session routes
    # GET/PATCH /settings, the client-assets token, the v1.3 liveness-session options
    liveness_settings: bool = False
    removed_attributes: frozenset[str] = frozenset()

    def require(self, feature: str, what: str) -> None:
        """Raise :class:`ConfigurationError` unless this version serves ``feature``."""
        if getattr(self, feature):
            return
        serving = [v.name for v in VERSIONS.values() if getattr(v, feature)]
        raise ConfigurationError(
            f"{what}: not available in Azure Face {self.name} (served by "
            f"{' and '.join(serving)}; pass api_version=... to the client)"
        )

    def check_attributes(self, names: str | None) -> None:
        """Refuse detection attributes this version no longer knows, before any call."""
        if not names or not self.removed_attributes:
            return
        asked = {name.strip().lower() for name in names.split(",")}
        removed = sorted(name for name in self.removed_attributes if name.lower() in asked)
        if removed:
            raise BadInputError(
                f"Azure Face {self.name} no longer returns {', '.join(removed)}; "
                "leave them out (only v1.0 still accepts them, for approved resources)",
                code="BadArgument",
            )


VERSIONS: dict[str, ApiVersion] = {
    "v1.0": ApiVersion("v1.0", snapshots=True),
    "v1.1-preview.1": ApiVersion(
        "v1.1-preview.1",
        person_directory=True,
        directory_recognition=True,
        removed_attributes=REMOVED_ATTRIBUTES,
    ),
    "v1.2-preview.1": ApiVersion(
        "v1.2-preview.1",
        person_directory=True,
        directory_recognition=True,
        removed_attributes=REMOVED_ATTRIBUTES,
    ),
    "v1.2": ApiVersion(
        "v1.2",
        directory_recognition=True,
        liveness=True,
        removed_attributes=REMOVED_ATTRIBUTES,
    ),
    "v1.3-preview.1": ApiVersion(
        "v1.3-preview.1",
        directory_recognition=True,
        liveness=True,
        liveness_settings=True,
        removed_attributes=REMOVED_ATTRIBUTES,
    ),
}


def lookup_version(name: str) -> ApiVersion:
    """The :class:`ApiVersion` called ``name`` (:class:`ConfigurationError` if unknown)."""
    try:
        return VERSIONS[name]
    except (KeyError, TypeError):
        raise ConfigurationError(
            f"unknown Azure Face API version {name!r}; use one of {', '.join(VERSIONS)}"
        ) from None
