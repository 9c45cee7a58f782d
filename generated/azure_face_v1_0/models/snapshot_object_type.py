from enum import StrEnum


class SnapshotObjectType(StrEnum):
    FACELIST = "FaceList"
    LARGEFACELIST = "LargeFaceList"
    LARGEPERSONGROUP = "LargePersonGroup"
    PERSONGROUP = "PersonGroup"

    def __str__(self) -> str:
        return str(self.value)
