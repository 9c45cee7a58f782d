"""The Azure side's request handlers, one module per resource family.

Each parses the request, calls the backend and builds the reply.
"""
