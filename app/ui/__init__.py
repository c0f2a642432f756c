"""The PySide6 desktop front end. Only this package imports Qt."""
