"""Stage 5, publish: atomic, owner-only, spreadsheet-safe output files (README "Outputs")."""

from vfx_finder.publish.columns import (
    FINDINGS_COLUMNS,
    REFERRER_COLUMNS,
    REJECTED_COLUMNS,
    SECOND_READER_COLUMNS,
    WORKLIST_COLUMNS,
)
from vfx_finder.publish.files import (
    AtomicFile,
    SafeCsvWriter,
    ensure_out_dir,
    fsync_dir,
    safe_cell,
    sha256_file,
    write_json_atomic,
)
from vfx_finder.publish.publication import Publication, move_into_place, remove_temporaries

__all__ = [
    "FINDINGS_COLUMNS",
    "REFERRER_COLUMNS",
    "REJECTED_COLUMNS",
    "SECOND_READER_COLUMNS",
    "WORKLIST_COLUMNS",
    "AtomicFile",
    "Publication",
    "SafeCsvWriter",
    "ensure_out_dir",
    "fsync_dir",
    "move_into_place",
    "remove_temporaries",
    "safe_cell",
    "sha256_file",
    "write_json_atomic",
]
