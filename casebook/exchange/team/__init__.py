"""Team libraries: a case folder that is a Git repository, added, updated and shared."""
