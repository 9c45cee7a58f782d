from enum import StrEnum


class PersonGroupOperationsAddPersonGroupPersonFaceFromUrlDetectionModel(StrEnum):
    DETECTION_01 = "detection_01"
    DETECTION_02 = "detection_02"
    DETECTION_03 = "detection_03"

    def __str__(self) -> str:
        return str(self.value)
