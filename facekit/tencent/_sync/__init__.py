# Derived from facekit/tencent/_async/__init__.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Async source of the Tencent client. ``make generate`` derives ``../_sync`` from it."""
