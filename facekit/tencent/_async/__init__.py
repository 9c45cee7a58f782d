"""Async source of the Tencent client. ``make generate`` derives ``../_sync`` from it."""
