"""Durable state: the SQLite database, the store and its records, id sources."""
