"""Tencent Cloud FaceFusion (API version 2022-09-27) support.

``facekit.tencent.signer`` computes and checks TC3-HMAC-SHA256 request signatures, the
only signature method FaceFusion accepts. The typed client for the service is generated
from ``openapi/tencent-facefusion-2022-09-27.yaml``; the hand-written layer that maps
its per-action paths onto Tencent's ``POST /`` wire form lives alongside this module.
"""
