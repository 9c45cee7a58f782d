from facekit.workflows.enroll.run import *  # noqa: F403
from facekit.workflows.enroll.run import _classify_invalid  # noqa: F401
