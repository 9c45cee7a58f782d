"""Landmark geometry: Azure's 27 named points and head pose from dlib's landmarks.

Azure's 27 landmarks from dlib's 68-point (iBUG 300-W) layout
--------------------------------------------------------------
"Left" and "right" are those of the *image*, as in Azure: in a frontal face
``pupilLeft`` has the smaller x. In iBUG's own terms that is the subject's right side
(points 36–41 are the eye on the image's left). "mean a,b" is the average of the
points, "a→b t" the point a fraction t of the way from point a to point b.

=====================  ====================  ======================================
Azure name             iBUG points           what it is
=====================  ====================  ======================================
pupilLeft              mean 36–41            centre of the image-left eye outline
pupilRight             mean 42–47            centre of the image-right eye outline
noseTip                30                    tip of the nose
mouthLeft              48                    image-left mouth corner
mouthRight             54                    image-right mouth corner
eyebrowLeftOuter       17                    outer end of the image-left brow
eyebrowLeftInner       21                    inner end of the image-left brow
eyeLeftOuter           36                    outer corner of the image-left eye
eyeLeftTop             mean 37,38            upper lid
eyeLeftBottom          mean 40,41            lower lid
eyeLeftInner           39                    inner corner
eyebrowRightInner      22                    inner end of the image-right brow
eyebrowRightOuter      26                    outer end
eyeRightInner          42                    inner corner of the image-right eye
eyeRightTop            mean 43,44            upper lid
eyeRightBottom         mean 46,47            lower lid
eyeRightOuter          45                    outer corner
noseRootLeft           27→39 1/3             beside the top of the nose bridge
noseRootRight          27→42 1/3             (iBUG has only the bridge's centre line)
noseLeftAlarTop        mean 29,31            top of the image-left nostril wing
noseRightAlarTop       mean 29,35            top of the image-right nostril wing
noseLeftAlarOutTip     31                    outermost point of the left wing
noseRightAlarOutTip    35                    outermost point of the right wing
upperLipTop            51                    top of the upper lip (outer contour)
upperLipBottom         62                    bottom of the upper lip (inner contour)
underLipTop            66                    top of the lower lip (inner contour)
underLipBottom         57                    bottom of the lower lip (outer contour)
=====================  ====================  ======================================

The nose-root and alar-top points have no iBUG counterpart; they are interpolated
between neighbouring points as the table says.

dlib's 5-point model gives, in this order: outer and inner corner of the image-right
eye, outer and inner corner of the image-left eye, and the base of the nose (iBUG
45, 42, 36, 39, 33).

Head pose
---------
``cv2.solvePnP`` (SQPnP solver) fits a generic 3-D face to the landmarks with a pinhole
camera whose focal length is the image's longer side and whose centre is the image's
centre. The generic face (millimetres, origin at the nose tip, x towards the image's
right, y down, z away from the camera) was written for this module from typical adult
proportions: eyes 90 mm apart at their outer corners and 32 mm at their inner corners,
mouth 50 mm wide, the nose tip 28 mm in front of the inner and 42 mm in front of the
outer eye corners, the chin 80 mm below the nose tip. The fitted rotation,
decomposed as R = Rz(roll)·Ry(yaw)·Rx(pitch), gives in degrees:

* ``roll`` > 0 when the face is turned clockwise in the picture;
* ``yaw`` > 0 when the face turns towards the image's right;
* ``pitch`` > 0 when the face tilts up (chin forward).

A frontal, upright face gives values near 0 for all three.
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
    "HeadPose",
    "azure_landmarks",
    "head_pose_from_five",
    "head_pose_from_sixty_eight",
]

Points = npt.NDArray[np.float64]

# name -> (iBUG index a, iBUG index b, weight t): the point a + t·(b − a);
# a mean of several points is listed separately below.
_BETWEEN: dict[str, tuple[int, int, float]] = {
    "noseTip": (30, 30, 0.0),
    "mouthLeft": (48, 48, 0.0),
    "mouthRight": (54, 54, 0.0),
    "eyebrowLeftOuter": (17, 17, 0.0),
    "eyebrowLeftInner": (21, 21, 0.0),
    "eyeLeftOuter": (36, 36, 0.0),
    "eyeLeftTop": (37, 38, 0.5),
    "eyeLeftBottom": (40, 41, 0.5),
    "eyeLeftInner": (39, 39, 0.0),
    "eyebrowRightInner": (22, 22, 0.0),
    "eyebrowRightOuter": (26, 26, 0.0),
    "eyeRightInner": (42, 42, 0.0),
    "eyeRightTop": (43, 44, 0.5),
    "eyeRightBottom": (46, 47, 0.5),
    "eyeRightOuter": (45, 45, 0.0),
    "noseRootLeft": (27, 39, 1.0 / 3.0),
    "noseRootRight": (27, 42, 1.0 / 3.0),
    "noseLeftAlarTop": (29, 31, 0.5),
    "noseRightAlarTop": (29, 35, 0.5),
    "noseLeftAlarOutTip": (31, 31, 0.0),
    "noseRightAlarOutTip": (35, 35, 0.0),
    "upperLipTop": (51, 51, 0.0),
    "upperLipBottom": (62, 62, 0.0),
    "underLipTop": (66, 66, 0.0),
    "underLipBottom": (57, 57, 0.0),
}
_MEANS: dict[str, range] = {"pupilLeft": range(36, 42), "pupilRight": range(42, 48)}

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

# Generic face in millimetres (see the module text), by iBUG index.
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
_POSE_68 = tuple(sorted(GENERIC_FACE))


@attrs.frozen
class HeadPose:
    """Head rotation in degrees (signs as described in the module text)."""

    roll: float
    yaw: float
    pitch: float


def azure_landmarks(points: Points) -> dict[str, tuple[float, float]]:
    """Azure's 27 named landmarks from 68 iBUG points (a 68×2 array of x, y)."""
    if points.shape != (68, 2):
        raise ValueError(f"expected 68×2 landmark coordinates, got shape {points.shape}")
    found: dict[str, tuple[float, float]] = {}
    for name in AZURE_LANDMARK_NAMES:
        if name in _MEANS:
            x, y = points[list(_MEANS[name])].mean(axis=0)
        else:
            a, b, t = _BETWEEN[name]
            x, y = points[a] + t * (points[b] - points[a])
        found[name] = (float(x), float(y))
    return found


def head_pose_from_sixty_eight(points: Points, width: int, height: int) -> HeadPose:
    """Head pose from 68 iBUG landmarks in an image of ``width``×``height`` pixels."""
    if points.shape != (68, 2):
        raise ValueError(f"expected 68×2 landmark coordinates, got shape {points.shape}")
    return _solve(points[list(_POSE_68)], _POSE_68, width, height)


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
