"""Errors raised by the library. The CLI prints ``str(err)`` as one line and exits with ``err.exit_code``.

Exit codes (README "Commands"): 0 finished, 1 the run failed and nothing partial was
published, 2 bad usage or unreadable input path.
"""

from __future__ import annotations


class VfxError(Exception):
    """Base class: a failure with a one-line, user-facing message."""

    exit_code = 1


class UsageError(VfxError):
    """Bad options or an input that cannot be used at all (exit 2)."""

    exit_code = 2


class InputError(UsageError):
    """An input path is missing, unreadable or lacks a required column (exit 2)."""


class RulesError(VfxError):
    """A rule file in patterns/ is invalid (exit 1: the run cannot start)."""


class RunError(VfxError):
    """The run failed after it started; no partial output was published (exit 1)."""


class StateError(VfxError):
    """The state store is locked, corrupt or from a newer version (exit 1)."""
