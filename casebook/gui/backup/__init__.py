"""Backing up and restoring the user's own work from the app."""
