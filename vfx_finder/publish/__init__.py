"""Stage 5, publish: atomic, owner-only, spreadsheet-safe output files (SPEC section 3)."""
from vfx_finder.publish.columns import (
    FINDINGS_COLUMNS,
    REFERRER_COLUMNS,
    REJECTED_COLUMNS,
    WORKLIST_COLUMNS,
)
from vfx_finder.publish.files import AtomicFile, SafeCsvWriter, ensure_out_dir, safe_cell, write_json_atomic

__all__ = [
    "FINDINGS_COLUMNS",
    "REFERRER_COLUMNS",
    "REJECTED_COLUMNS",
    "WORKLIST_COLUMNS",
    "AtomicFile",
    "SafeCsvWriter",
    "ensure_out_dir",
    "safe_cell",
    "write_json_atomic",
]
