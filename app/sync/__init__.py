"""Sync with the district server: outbox, wire protocol, HTTP client, USB bundles."""
