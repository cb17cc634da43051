"""Markdown to safe HTML, the case page and print documents (no Qt)."""
