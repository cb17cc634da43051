"""Collections in the app: the page, dialogs, sidebar entries and item actions."""
