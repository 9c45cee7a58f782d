# Derived from facekit/azure/_async/operations.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Long-running PersonDirectory / DynamicPersonGroup changes (previews only).

Creating a PersonDirectory person, adding or deleting its faces and changing a
DynamicPersonGroup's members answer 202 with an ``operation-Location`` naming
``/operations/{operationId}``; the change is visible once that operation has
succeeded. :meth:`DirectoryOperations.settle` reads the header and, when asked to,
waits for the operation.
"""

from __future__ import annotations

from typing import Any

from azure_face_v1_2_preview_1.api.operation import get_operation_result
from azure_face_v1_2_preview_1.models import OperationResult

from facekit.azure._locations import operation_id_from_location
from facekit.azure._results import expect
from facekit.azure._sync.executor import Executor
from facekit.azure._sync.polling import wait_for_operation
from facekit.azure.schemas.status import OperationStatus
from facekit.azure.versions import ApiVersion

WHAT = "The PersonDirectory operation status"


class DirectoryOperations:
    def __init__(self, executor: Executor, version: ApiVersion) -> None:
        self._x = executor
        self._version = version

    def status(self, operation_id: str) -> OperationStatus:
        self._version.require("person_directory", WHAT)
        response = self._x.call(get_operation_result.sync_detailed, operation_id)
        return OperationStatus.from_generated(expect(response, OperationResult))

    def wait(
        self,
        operation_id: str,
        *,
        timeout: float = 300.0,
        interval: float = 0.5,
        max_interval: float = 10.0,
    ) -> OperationStatus:
        """Poll until the operation succeeded (raises when it failed or on timeout)."""

        def fetch() -> OperationStatus:
            return self.status(operation_id)

        return wait_for_operation(
            fetch,
            what=f"operation {operation_id}",
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=self._x.sleep,
        )

    def settle(self, response: Any, *, wait: bool) -> str | None:
        """The operation id of a 202 answer (None for a 200), waited for if ``wait``."""
        location = response.headers.get("operation-location")
        if int(response.status_code) != 202 or not location:
            return None
        operation_id = operation_id_from_location(location)
        if wait:
            self.wait(operation_id)
        return operation_id
