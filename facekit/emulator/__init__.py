"""A local emulator of the Azure Face and Tencent FaceFusion services.

It speaks both wire protocols and runs a real face engine
(:mod:`facekit.emulator.engine.face_engine`: MediaPipe detection and face mesh, dlib
recognition), so
clients, workflows and tests can run offline against realistic answers.
"""
