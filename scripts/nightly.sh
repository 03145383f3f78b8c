#!/usr/bin/env bash
# Nightly vfx-finder run, for cron. The recipe and the exit codes are in docs/OPERATIONS.md.
#
#   scripts/nightly.sh INPUT...        report files or folders (CSV, JSONL, HL7, FHIR, .txt folders)
#
# Environment (all optional):
#   VFX_HOME          base folder (default /var/lib/vfx-finder):
#                       $VFX_HOME/runs/YYYY-MM-DD/   the night's outputs (worklist.csv, ...)
#                       $VFX_HOME/vfx_state.sqlite   the alert history, shared by every night
#                       $VFX_HOME/logs/nightly.log   this script's log (appended; counts and ids only)
#   VFX_STATE         the state store (default $VFX_HOME/vfx_state.sqlite)
#   VFX_FINDER        the command (default: the project's .venv/bin/vfx-finder, else vfx-finder on PATH)
#   VFX_ARGS          extra options for `vfx-finder run`, e.g. "--columns report_id=ACCESSION --min-age 50"
#   VFX_LOCK_TIMEOUT  seconds to wait while an earlier run still holds the state store (default 1800)
#
# Exit code: that of `vfx-finder run` (0 finished, 1 failed and nothing partial was published,
# 2 bad usage or unreadable input); 1 as well when the state store fails its check afterwards.
# One run at a time is guaranteed by vfx-finder's own lock on the state store (STATE.lock);
# re-running the same night writes to the same dated folder and is safe (see OPERATIONS.md).
set -u
umask 077

if [ "$#" -eq 0 ]; then
    echo "usage: $0 INPUT... (report files or folders); see docs/OPERATIONS.md" >&2
    exit 2
fi

HERE="$(cd "$(dirname "$0")" && pwd)"
VFX_HOME="${VFX_HOME:-/var/lib/vfx-finder}"
STATE="${VFX_STATE:-$VFX_HOME/vfx_state.sqlite}"
LOCK_TIMEOUT="${VFX_LOCK_TIMEOUT:-1800}"
DAY="$(date +%F)"
OUT="$VFX_HOME/runs/$DAY"
LOG_DIR="$VFX_HOME/logs"
LOG="$LOG_DIR/nightly.log"
if [ -z "${VFX_FINDER:-}" ]; then
    if [ -x "$HERE/../.venv/bin/vfx-finder" ]; then
        VFX_FINDER="$HERE/../.venv/bin/vfx-finder"
    else
        VFX_FINDER="vfx-finder"
    fi
fi

if ! mkdir -p "$OUT" "$LOG_DIR"; then
    echo "nightly: cannot create $OUT or $LOG_DIR; check VFX_HOME ($VFX_HOME) and its permissions" >&2
    exit 2
fi

stamp() { date '+%Y-%m-%dT%H:%M:%S%z'; }

{
    echo "$(stamp) nightly: start pid $$ inputs: $* out: $OUT state: $STATE"
    # VFX_FINDER and VFX_ARGS are split into words on purpose (e.g. "python -m vfx_finder")
    # shellcheck disable=SC2086
    $VFX_FINDER run "$@" --out "$OUT" --state "$STATE" --lock-timeout "$LOCK_TIMEOUT" --no-progress --verbose ${VFX_ARGS:-}
    rc=$?
    if [ -f "$STATE" ]; then
        # shellcheck disable=SC2086
        if ! $VFX_FINDER state check --state "$STATE"; then
            echo "$(stamp) nightly: the state store failed its check; see docs/OPERATIONS.md (restore from backup)"
            [ "$rc" -eq 0 ] && rc=1
        fi
    fi
    echo "$(stamp) nightly: end exit $rc"
    exit "$rc"
} >>"$LOG" 2>&1
