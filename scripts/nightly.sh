#!/usr/bin/env bash
# Nightly vfx-finder run, for cron. The recipe and the exit codes are in docs/OPERATIONS.md.
#
#   scripts/nightly.sh [--new-state] INPUT...   report files or folders (CSV, JSONL, HL7, FHIR, .txt folders)
#
# --new-state (or VFX_NEW_STATE=1): allow creating the state store when it does not exist (the very
# first night only). Without it a missing store is refused: a lost store would re-alert everyone.
#
# Each run writes to its own folder, $VFX_HOME/runs/YYYY-MM-DD/HHMMSS-PID/, so no run ever replaces
# another run's published files; $VFX_HOME/runs/latest points at the last run that finished (exit 0).
# A failure prints its one line on stderr too (so cron mails it), as well as in the log.
#
# Environment (all optional):
#   VFX_HOME          base folder (default /var/lib/vfx-finder):
#                       $VFX_HOME/runs/YYYY-MM-DD/HHMMSS-PID/   one run's outputs (worklist.csv, ...)
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

NEW_STATE="${VFX_NEW_STATE:-0}"
if [ "${1:-}" = "--new-state" ]; then
    NEW_STATE=1
    shift
fi
if [ "$#" -eq 0 ]; then
    echo "usage: $0 [--new-state] INPUT... (report files or folders); see docs/OPERATIONS.md" >&2
    exit 2
fi

HERE="$(cd "$(dirname "$0")" && pwd)"
VFX_HOME="${VFX_HOME:-/var/lib/vfx-finder}"
STATE="${VFX_STATE:-$VFX_HOME/vfx_state.sqlite}"
LOCK_TIMEOUT="${VFX_LOCK_TIMEOUT:-1800}"
DAY="$(date +%F)"
OUT="$VFX_HOME/runs/$DAY/$(date +%H%M%S)-$$"
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
# fail LINE: the one failure line, in the log and on the wrapper's stderr (cron mails stderr)
fail() {
    echo "$(stamp) nightly: $1" >>"$LOG"
    echo "nightly: $1" >&2
}

# a PostgreSQL store (VFX_STATE=postgresql://...): vfx-finder itself refuses a database without a store
# (--require-state); the log shows its URL without the password
IS_URL=0
case "$STATE" in postgresql://* | postgres://*) IS_URL=1 ;; esac
SHOWN_STATE="$(printf '%s' "$STATE" | sed -E 's#^(postgres(ql)?://[^:/@]*):[^@/]*@#\1:***@#')"
if [ "$IS_URL" = 0 ] && [ ! -e "$STATE" ] && [ "$NEW_STATE" != 1 ]; then
    fail "state store $STATE does not exist; restore it from a backup, or give --new-state (VFX_NEW_STATE=1) on the very first night"
    echo "$(stamp) nightly: end exit 1" >>"$LOG"
    exit 1
fi
REQUIRE=""
[ "$NEW_STATE" = 1 ] || REQUIRE="--require-state"
ERRS="$OUT/.nightly-stderr"

{
    echo "$(stamp) nightly: start pid $$ inputs: $* out: $OUT state: $SHOWN_STATE"
    # VFX_FINDER and VFX_ARGS are split into words on purpose (e.g. "python -m vfx_finder")
    # shellcheck disable=SC2086
    $VFX_FINDER run "$@" --out "$OUT" --state "$STATE" --lock-timeout "$LOCK_TIMEOUT" --no-progress --verbose $REQUIRE ${VFX_ARGS:-} 2>"$ERRS"
    rc=$?
    cat "$ERRS"
    if [ "$rc" -ne 0 ]; then
        line="$(grep '^error: ' "$ERRS" | tail -n 1)"
        [ -n "$line" ] || line="vfx-finder exited $rc without an error line (killed? see the log)"
        echo "nightly: run failed (exit $rc): $line" >&4
    fi
    rm -f "$ERRS"
    if [ -f "$STATE" ] || { [ "$IS_URL" = 1 ] && [ "$rc" -eq 0 ]; }; then
        # shellcheck disable=SC2086
        if ! $VFX_FINDER state check --state "$STATE"; then
            echo "$(stamp) nightly: the state store failed its check; see docs/OPERATIONS.md (restore from backup)"
            echo "nightly: the state store $SHOWN_STATE failed its check; see docs/OPERATIONS.md (restore from backup)" >&4
            [ "$rc" -eq 0 ] && rc=1
        fi
    fi
    if [ "$rc" -eq 0 ]; then
        ln -sfn "$OUT" "$VFX_HOME/runs/latest.tmp" && mv -Tf "$VFX_HOME/runs/latest.tmp" "$VFX_HOME/runs/latest"
    fi
    echo "$(stamp) nightly: end exit $rc"
    exit "$rc"
} 4>&2 >>"$LOG" 2>&1
