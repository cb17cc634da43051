"""What worked and how we know: the evidence map and side-by-side comparison (plain Python)."""
