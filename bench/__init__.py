"""Reproducible benchmarks (not timed tests)."""
