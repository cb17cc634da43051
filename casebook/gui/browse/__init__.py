"""Finding cases: the sidebar, the result list, filter chips and their Qt models."""
