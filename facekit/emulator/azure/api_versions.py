"""The Azure Face API versions the emulator serves and the rules that differ by version.

Every version is mounted at ``/face/{version}`` over the same engine and storage, so a
group created through one is visible through the others, as on the real service.
``v1.0`` behaves as before; from v1.1 on, error answers also carry the
``x-ms-error-code`` header, train answers with an ``operation-Location``, identify
defaults to 10 candidates, the Snapshot API is gone, ``emotion``/``gender``/``makeup``
are no longer attribute names, and detection levels use the v1.2 spellings. v1.2 and
v1.3-preview.1 serve liveness sessions; v1.3-preview.1 adds the per-account liveness
settings and the client-assets token.
"""

from __future__ import annotations

V1_0 = "v1.0"
PREVIEWS = ("v1.1-preview.1", "v1.2-preview.1")
V1_2 = "v1.2"
V1_3_PREVIEW = "v1.3-preview.1"
VERSIONS = (V1_0, *PREVIEWS, V1_2, V1_3_PREVIEW)
LIVENESS_VERSIONS = (V1_2, V1_3_PREVIEW)
REMOVED_ATTRIBUTES = ("emotion", "gender", "makeup")


def is_newer(version: str) -> bool:
    """True for v1.1-preview.1 and later (the TypeSpec-era API)."""
    return version != V1_0


def default_candidates(version: str) -> int:
    """identify's ``maxNumOfCandidatesReturned`` when the request leaves it out."""
    return 10 if is_newer(version) else 1


def serves_liveness(version: str) -> bool:
    """True for the versions with the final liveness-session routes (v1.2 and later)."""
    return version in LIVENESS_VERSIONS


def serves_session_images(version: str) -> bool:
    """True where detect takes a liveness session's image (``sessionImageId``): v1.2 and
    later, and v1.2-preview.1's own session routes."""
    return serves_liveness(version) or version == "v1.2-preview.1"
