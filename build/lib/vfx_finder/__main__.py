"""``python -m vfx_finder`` and the ``vfx-finder`` console script: signal handlers first, then the CLI.

The handlers are installed before the CLI (typer, ...) is imported, so a SIGTERM / SIGINT during
start-up also ends with one line and exit 143 / 130.
"""

import signal
import sys


def main() -> None:
    """Install the SIGTERM / SIGINT handlers, then run the command line."""
    from vfx_finder.errors import Interrupted

    def _stop(signum, frame):
        raise Interrupted(signum)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _stop)
    try:
        from vfx_finder.cli import main as cli_main

        cli_main()
    except Interrupted as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
