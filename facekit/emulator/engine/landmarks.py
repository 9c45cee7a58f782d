"""Landmark geometry: Azure's 27 named points and head pose from the face mesh.

Azure's 27 landmarks
--------------------
Each named point is a vertex of MediaPipe's canonical face mesh
(:mod:`facekit.emulator.engine.mesh`), chosen by anatomy (:data:`MESH_INDEX`); the
pupils come from the iris model or, when it is not run, are the mean of their eye's
corners and lids. "Left" and "right" are those of the *image*, as in Azure: in a
frontal face ``pupilLeft`` has the smaller x.

Head pose
---------
``cv2.solvePnP`` (SQPnP solver) fits a generic 3-D face to twelve mesh points with a
pinhole camera whose focal length is the image's longer side and whose centre is the
image's centre. The generic face (millimetres, origin at the nose tip, x towards the
image's right, y down, z away from the camera) was written for this module from typical
adult proportions: eyes 90 mm apart at their outer corners and 32 mm at their inner
corners, mouth 50 mm wide, the nose tip 28 mm in front of the inner and 42 mm in front
of the outer eye corners, the chin 80 mm below the nose tip. The fitted rotation,
decomposed as R = Rz(roll)·Ry(yaw)·Rx(pitch), gives in degrees:

* ``roll`` > 0 when the face is turned clockwise in the picture;
* ``yaw`` > 0 when the face turns towards the image's right;
* ``pitch`` > 0 when the face tilts up (chin forward).

A frontal, upright face gives values near 0 for all three. dlib's 5-point model (used to
align the recognition chip) gives a coarser estimate with the same fit
(:func:`head_pose_from_five`); ``qualityForRecognition`` takes its yaw from the mesh
when the mesh was computed, else from the five points.
"""

from __future__ import annotations

import math

import attrs
import numpy as np
import numpy.typing as npt

__all__ = [
    "AZURE_LANDMARK_NAMES",
    "FIVE_POINT_IBUG",
    "GENERIC_FACE",
    "MESH_FOR_IBUG",
    "MESH_INDEX",
    "HeadPose",
    "azure_landmarks",
    "head_pose_from_five",
    "head_pose_from_mesh",
]

Points = npt.NDArray[np.float64]

# Azure name -> mesh vertex ("left" and "right" of the image; pupils: the iris model)
MESH_INDEX: dict[str, int] = {
    "noseTip": 4,  # tip of the nose
    "mouthLeft": 61,  # image-left mouth corner
    "mouthRight": 291,  # image-right mouth corner
    "eyebrowLeftOuter": 70,  # outer end of the image-left brow
    "eyebrowLeftInner": 55,  # inner end of the image-left brow
    "eyeLeftOuter": 33,  # outer corner of the image-left eye
    "eyeLeftTop": 159,  # its upper lid
    "eyeLeftBottom": 145,  # its lower lid
    "eyeLeftInner": 133,  # its inner corner
    "eyebrowRightInner": 285,  # inner end of the image-right brow
    "eyebrowRightOuter": 300,  # outer end of the image-right brow
    "eyeRightInner": 362,  # inner corner of the image-right eye
    "eyeRightTop": 386,  # its upper lid
    "eyeRightBottom": 374,  # its lower lid
    "eyeRightOuter": 263,  # its outer corner
    "noseRootLeft": 193,  # image-left of the top of the nose bridge
    "noseRootRight": 417,  # image-right of the top of the nose bridge
    "noseLeftAlarTop": 45,  # top of the image-left nostril wing
    "noseRightAlarTop": 275,  # top of the image-right nostril wing
    "noseLeftAlarOutTip": 75,  # outermost point of the image-left wing
    "noseRightAlarOutTip": 305,  # outermost point of the image-right wing
    "upperLipTop": 0,  # top of the upper lip (outer contour)
    "upperLipBottom": 13,  # bottom of the upper lip (inner contour)
    "underLipTop": 14,  # top of the lower lip (inner contour)
    "underLipBottom": 17,  # bottom of the lower lip (outer contour)
}
_EYE_POINTS = {"pupilLeft": (33, 133, 159, 145), "pupilRight": (362, 263, 386, 374)}

# Azure's documented order of the 27 names.
AZURE_LANDMARK_NAMES: tuple[str, ...] = (
    "pupilLeft",
    "pupilRight",
    "noseTip",
    "mouthLeft",
    "mouthRight",
    "eyebrowLeftOuter",
    "eyebrowLeftInner",
    "eyeLeftOuter",
    "eyeLeftTop",
    "eyeLeftBottom",
    "eyeLeftInner",
    "eyebrowRightInner",
    "eyebrowRightOuter",
    "eyeRightInner",
    "eyeRightTop",
    "eyeRightBottom",
    "eyeRightOuter",
    "noseRootLeft",
    "noseRootRight",
    "noseLeftAlarTop",
    "noseRightAlarTop",
    "noseLeftAlarOutTip",
    "noseRightAlarOutTip",
    "upperLipTop",
    "upperLipBottom",
    "underLipTop",
    "underLipBottom",
)

# The iBUG index of each point of dlib's 5-point model, in the model's order.
FIVE_POINT_IBUG: tuple[int, ...] = (45, 42, 36, 39, 33)

# Generic face in millimetres (see the module text), by iBUG index (the names used for
# dlib's 5 points) ...
GENERIC_FACE: dict[int, tuple[float, float, float]] = {
    30: (0.0, 0.0, 0.0),  # nose tip
    27: (0.0, -40.0, 24.0),  # top of the nose bridge
    33: (0.0, 12.0, 16.0),  # base of the nose
    31: (-14.0, 8.0, 18.0),  # nostril wings
    35: (14.0, 8.0, 18.0),
    36: (-45.0, -32.0, 42.0),  # outer eye corners
    45: (45.0, -32.0, 42.0),
    39: (-16.0, -31.0, 28.0),  # inner eye corners
    42: (16.0, -31.0, 28.0),
    48: (-25.0, 34.0, 30.0),  # mouth corners
    54: (25.0, 34.0, 30.0),
    8: (0.0, 80.0, 28.0),  # chin
}
# ... and the mesh point at each of those places.
MESH_FOR_IBUG: dict[int, int] = {
    30: 4, 27: 168, 33: 2, 31: 75, 35: 305, 36: 33, 45: 263, 39: 133, 42: 362, 48: 61,
    54: 291, 8: 152,
}  # fmt: skip
_POSE_IBUG = tuple(sorted(GENERIC_FACE))


@attrs.frozen
class HeadPose:
    """Head rotation in degrees (signs as described in the module text)."""

    roll: float
    yaw: float
    pitch: float


def azure_landmarks(mesh: Points, pupils: Points | None = None) -> dict[str, tuple[float, float]]:
    """Azure's 27 named landmarks from the 468 mesh points (x, y) and, when known, the
    two pupil centres (image-left, image-right) from the iris model."""
    if mesh.shape != (468, 2):
        raise ValueError(f"expected 468×2 mesh coordinates, got shape {mesh.shape}")
    found: dict[str, tuple[float, float]] = {}
    for name in AZURE_LANDMARK_NAMES:
        if name in _EYE_POINTS:
            side = 0 if name == "pupilLeft" else 1
            if pupils is not None and np.isfinite(pupils[side]).all():
                x, y = pupils[side]
            else:
                x, y = mesh[list(_EYE_POINTS[name])].mean(axis=0)
        else:
            x, y = mesh[MESH_INDEX[name]]
        found[name] = (float(x), float(y))
    return found


def head_pose_from_mesh(mesh: Points, width: int, height: int) -> HeadPose:
    """Head pose from the 468 mesh points in an image of ``width``×``height`` pixels."""
    if mesh.shape != (468, 2):
        raise ValueError(f"expected 468×2 mesh coordinates, got shape {mesh.shape}")
    points = mesh[[MESH_FOR_IBUG[i] for i in _POSE_IBUG]]
    return _solve(points, _POSE_IBUG, width, height)


def head_pose_from_five(points: Points, width: int, height: int) -> HeadPose:
    """Head pose from dlib's 5-point landmarks (coarser: pitch is weakly determined)."""
    if points.shape != (5, 2):
        raise ValueError(f"expected 5×2 landmark coordinates, got shape {points.shape}")
    return _solve(points, FIVE_POINT_IBUG, width, height)


def _solve(image_points: Points, ibug: tuple[int, ...], width: int, height: int) -> HeadPose:
    import cv2

    model = np.array([GENERIC_FACE[i] for i in ibug], dtype=np.float64)
    focal = float(max(width, height))
    camera = np.array(
        [[focal, 0.0, width / 2.0], [0.0, focal, height / 2.0], [0.0, 0.0, 1.0]],
        dtype=np.float64,
    )
    ok, rotation, _translation = cv2.solvePnP(
        model,
        np.ascontiguousarray(image_points, dtype=np.float64),
        camera,
        None,
        flags=cv2.SOLVEPNP_SQPNP,
    )
    if not ok:
        return _roll_only(image_points, ibug)
    matrix, _ = cv2.Rodrigues(rotation)
    return _euler(np.asarray(matrix, dtype=np.float64))


def _euler(matrix: npt.NDArray[np.float64]) -> HeadPose:
    """Angles of R = Rz(roll)·Ry(yaw)·Rx(pitch) in the module's sign conventions."""
    yaw_about_y = math.asin(max(-1.0, min(1.0, -float(matrix[2, 0]))))
    pitch_about_x = math.atan2(float(matrix[2, 1]), float(matrix[2, 2]))
    roll_about_z = math.atan2(float(matrix[1, 0]), float(matrix[0, 0]))
    # With y down and z away from the camera, a positive rotation about y turns the
    # face towards the image's left and one about x moves the chin away (face down):
    # flip both so that "right" and "up" are positive.
    return HeadPose(
        roll=math.degrees(roll_about_z),
        yaw=-math.degrees(yaw_about_y),
        pitch=-math.degrees(pitch_about_x),
    )


def _roll_only(image_points: Points, ibug: tuple[int, ...]) -> HeadPose:
    """Fallback when the fit fails: roll from the outer eye corners, nothing else."""
    left = image_points[ibug.index(36)]
    right = image_points[ibug.index(45)]
    roll = math.degrees(math.atan2(right[1] - left[1], right[0] - left[0]))
    return HeadPose(roll=roll, yaw=0.0, pitch=0.0)
