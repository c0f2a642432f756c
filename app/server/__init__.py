"""The district server (FastAPI). Sync endpoints arrive with the sync work (issue 3)."""
