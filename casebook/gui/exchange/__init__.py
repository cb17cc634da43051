"""Course packs in the app: export and import."""
