"""What can be rebuilt from the case files: SQLite store, Whoosh engine, search, facet cache."""
