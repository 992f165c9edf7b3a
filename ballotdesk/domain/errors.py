"""Errors the rules raise: each carries a message a chair can read aloud."""


class DomainError(Exception):
    """A rule refused an action; ``str(error)`` is the plain-words reason."""
