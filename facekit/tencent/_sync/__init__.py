# Derived from facekit/tencent/_async/__init__.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Synchronous form of the Tencent client, derived from ``../_async`` by ``make generate``."""
