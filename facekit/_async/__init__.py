"""Async source of facekit-wide helpers. ``make generate`` derives ``../_sync`` from it."""
