"""Casebook: an offline knowledge base of public-sector innovation case studies."""

__version__ = "0.1.0"
