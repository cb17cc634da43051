"""Cases in and out: course packs, their import, and other exchange formats."""
