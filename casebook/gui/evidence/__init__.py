"""The evidence map and the comparison in the app."""
