"""The first start: a welcome page in the right pane and "What's new" after an update."""
