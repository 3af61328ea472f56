"""Thin Dash callbacks, one module per user-facing feature."""
