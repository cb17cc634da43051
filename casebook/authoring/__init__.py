"""Writing cases: new case files, front matter editing, tags and the taxonomy browser."""
