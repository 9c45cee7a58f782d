"""Microsoft's official v1.3-preview.1 examples, vendored under
``tests/unit/azure/data/official-examples/v1.3-preview.1`` (see PROVENANCE.md there), and what
each one's operation is on the wire."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs

VERSION = "v1.3-preview.1"
FOLDER = Path(__file__).resolve().parent / "data" / "official-examples" / VERSION

# operationId → method and path (the description's, parameters in braces)
ROUTES: dict[str, tuple[str, str]] = {
    "LivenessSessionOperations_GetSettings": ("GET", "/settings"),
    "LivenessSessionOperations_PatchSettings": ("PATCH", "/settings"),
    "LivenessSessionOperations_GetClientAssetsAccessToken": (
        "GET", "/settings/getClientAssetsAccessToken"),
    "LivenessSessionOperations_CreateLivenessSession": ("POST", "/detectLiveness-sessions"),
    "LivenessSessionOperations_GetLivenessSessionResult": (
        "GET", "/detectLiveness-sessions/{sessionId}"),
    "LivenessSessionOperations_DeleteLivenessSession": (
        "DELETE", "/detectLiveness-sessions/{sessionId}"),
    "LivenessSessionOperations_CreateLivenessWithVerifySession": (
        "POST", "/detectLivenessWithVerify-sessions"),
    "FaceDetectionOperations_DetectFromUrl": ("POST", "/detect"),
    "PersonGroupOperations_GetPersonGroup": ("GET", "/persongroups/{personGroupId}"),
    "PersonGroupOperations_GetPersonGroups": ("GET", "/persongroups"),
    "PersonGroupOperations_UpdatePersonGroup": ("PATCH", "/persongroups/{personGroupId}"),
    "PersonGroupOperations_CreatePersonGroupPerson": (
        "POST", "/persongroups/{personGroupId}/persons"),
    "FaceListOperations_CreateLargeFaceList": ("PUT", "/largefacelists/{largeFaceListId}"),
    "FaceRecognitionOperations_VerifyFaceToFace": ("POST", "/verify"),
}
# The example's request and answer for PatchSettings contradict the description (see
# PROVENANCE.md); this is the pair Microsoft's REST reference page for the operation
# publishes ("Liveness Session Operations - Patch Settings"), matching the description.
PATCH_SETTINGS_AS_DOCUMENTED = {"livenessAbuseMonitoring": {"enabled": True}}
DIVERGENT = frozenset({"LivenessSessionOperations_PatchSettings.json"})


@attrs.frozen
class OfficialExample:
    file: str
    operation_id: str
    method: str
    path_template: str
    parameters: dict[str, Any]
    status: int
    answer: Any

    @property
    def path_parameters(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.parameters.items()
                if "{" + k + "}" in self.path_template}

    @property
    def body(self) -> Any:
        return self.parameters.get("body")

    @property
    def query(self) -> dict[str, str]:
        """Parameters that are neither in the path, the body, nor the version."""
        skip = {"apiVersion", "body", *self.path_parameters}
        if self.operation_id.endswith("CreateLivenessWithVerifySession"):
            return {}  # its parameters are form fields
        return {k: json.dumps(v) if isinstance(v, bool) else str(v)
                for k, v in self.parameters.items() if k not in skip}


def load() -> list[OfficialExample]:
    examples = []
    for path in sorted(FOLDER.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        ((status, response),) = data["responses"].items()
        method, template = ROUTES[data["operationId"]]
        examples.append(OfficialExample(path.name, data["operationId"], method, template,
                                        data["parameters"], int(status), response.get("body")))
    return examples


EXAMPLES = load()
