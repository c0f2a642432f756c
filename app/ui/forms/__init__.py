"""Edit forms: dialogs whose fields show their own validation message."""
