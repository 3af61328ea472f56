"""Persistence: the processed data store on disk and the database of what users save."""
