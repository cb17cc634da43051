"""Contributor tools in the app: new case, tag editor, taxonomy browser."""
