from enum import StrEnum


class SnapshotApplyMode(StrEnum):
    CREATENEW = "CreateNew"

    def __str__(self) -> str:
        return str(self.value)
