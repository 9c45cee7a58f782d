"""Reliability suites (issue 8): chaos, client and server crashes, bad input, secrets."""
