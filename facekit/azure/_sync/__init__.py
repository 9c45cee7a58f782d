# Derived from facekit/azure/_async/__init__.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Synchronous form of the Azure client, derived from ``../_async`` by ``make generate``."""
