"""One spelling for every enum-like value of detection results.

The live service, the v1.0 spec and the v1.2 spec spell the same values differently
(``NoGlasses``/``noGlasses``, ``Low``/``low``, ``GoodExposure``/``goodExposure``,
``headWear``/``headwear``). Keyed by the lower-case form, this table gives the v1.2
spelling, which facekit's client exposes and the emulator sends on v1.1 and later.
"""

from __future__ import annotations

CANONICAL_SPELLINGS: dict[str, str] = {
    v.lower(): v
    for v in (
        "noGlasses",
        "readingGlasses",
        "sunglasses",
        "swimmingGoggles",
        "low",
        "medium",
        "high",
        "underExposure",
        "goodExposure",
        "overExposure",
        "headwear",
        "glasses",
        "mask",
        "noMask",
        "faceMask",
        "otherMaskOrOcclusion",
        "uncertain",
        "male",
        "female",
        "unknown",
        "white",
        "gray",
        "blond",
        "brown",
        "red",
        "black",
        "other",
    )
}
