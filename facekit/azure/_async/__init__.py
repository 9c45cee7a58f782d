"""Async source of the Azure client. ``make generate`` derives ``../_sync`` from it."""
