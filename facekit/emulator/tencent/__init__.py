"""Tencent FaceFusion: routes, actions, parameter checks, images and materials."""
