"""Sổ Thiết Bị: the school equipment register."""

__version__ = "0.1.0"
APP_NAME = "Sổ Thiết Bị"
