"""facekit: a Python toolkit for cloud face services.

Layers, bottom up: OpenAPI specs (``openapi/``) → generated low-level clients
(``azure_face_v1_0``, ``tencent_facefusion_2022_09_27``) → facekit's hand-written clients,
workflows and command line, with a local emulator beside them.
"""

from facekit._version import __version__
from facekit.azure import AsyncFaceClient, FaceClient
from facekit.config import FaceSettings, Secret
from facekit.tencent import AsyncFusionClient, FusionClient

__all__ = [
    "AsyncFaceClient",
    "AsyncFusionClient",
    "FaceClient",
    "FaceSettings",
    "FusionClient",
    "Secret",
    "__version__",
]
