"""The one error type the services raise for anything a user can cause."""

from __future__ import annotations


class ServiceError(Exception):
    """A refused change or unreadable input, with a Vietnamese message saying what to do.

    ``fields`` maps form field names to their own message, so a form can show each
    one beside its input; ``message`` is the summary for a dialog or the console.
    """

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields = dict(fields or {})

    @classmethod
    def for_field(cls, field: str, message: str) -> ServiceError:
        return cls(message, {field: message})

    def __str__(self) -> str:
        return self.message


class VersionConflict(ServiceError):
    """The row was changed elsewhere (an edit in another window, a pulled sync) after
    the form showed it: the form reloads it and keeps what the user typed."""
