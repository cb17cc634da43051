"""Casebook: an offline knowledge base of public-sector innovation case studies."""

import logging

__version__ = "0.1.0"

# Used as a library, Casebook is quiet: its warnings go where the program using it sends
# them (the app and the CLI set that up in casebook.logs), not to stderr by default.
logging.getLogger(__name__).addHandler(logging.NullHandler())
