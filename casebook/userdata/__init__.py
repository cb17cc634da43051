"""What is precious: the user database, collections, saved searches and user tags."""
