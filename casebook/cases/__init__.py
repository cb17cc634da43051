"""The case as data: its model, reading a file, validation, the taxonomy and text helpers."""
