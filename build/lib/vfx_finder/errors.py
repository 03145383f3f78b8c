"""Errors raised by the library. The CLI prints ``str(err)`` as one line and exits with ``err.exit_code``.

Exit codes (README "Exit codes"): 0 finished, 1 the run failed and nothing partial was
published, 2 bad usage or unreadable input path; 130 stopped by SIGINT (Ctrl-C), 143 stopped
by SIGTERM (128 + the signal number, nothing partial published). A SIGKILL cannot be caught:
the shell sees 137 and the next run recovers.
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


class Interrupted(BaseException):
    """SIGTERM or SIGINT stopped the run (exit 128 + the signal number: 143 SIGTERM, 130 SIGINT).

    A BaseException (like KeyboardInterrupt), so that no ``except Exception`` on the way swallows it.
    """

    def __init__(self, signum: int, *, published_run: str = "", message: str = "") -> None:
        import signal

        self.signum = int(signum)
        self.exit_code = 128 + self.signum
        self.name = signal.Signals(self.signum).name
        if not message:
            if published_run:
                message = (
                    f"stopped by {self.name} just after run {published_run} was published "
                    "(its files are complete; nothing to redo)"
                )
            else:
                message = f"stopped by {self.name} before the run started; nothing was published"
        super().__init__(message)

    def during(self, run_id: str, *, committed: bool) -> Interrupted:
        """The same signal, worded for how far run ``run_id`` had got."""
        if committed:
            what = "its alerts are recorded; the next run publishes its files"
        else:
            what = "nothing was published; run the same input again"
        return Interrupted(self.signum, message=f"stopped by {self.name} during run {run_id}; {what}")
