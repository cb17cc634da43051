"""Team libraries in the app: sidebar status, the Library menu, the conflict view."""
