"""A run's output files, published as a whole.

``Publication`` collects the files of one run as temporary files tagged with the
run id. ``manifest()`` finishes them (fsync) and describes them (temporary path,
final path, SHA-256); the run records that manifest in the state store in the
same transaction as its alerts, and only then calls ``move_into_place``. If the
process dies between the two, the next run finds the manifest and calls
``move_into_place`` again: it is idempotent (a file already moved is recognised
by its hash).
"""

from __future__ import annotations

import logging
from pathlib import Path

from vfx_finder.publish.files import AtomicFile, SafeCsvWriter, fsync_dir, sha256_file, write_json_atomic

log = logging.getLogger("vfx_finder")


class Publication:
    """The temporary files of one run, finished and described together (see the module doc)."""

    def __init__(self, out_dir: Path, tag: str) -> None:
        self.out_dir = Path(out_dir)
        self.tag = tag
        self._files: list[AtomicFile] = []

    def csv(self, name: str, columns: list[str]) -> SafeCsvWriter:
        """A CSV writer for one output file of the run (temporary until published)."""
        w = SafeCsvWriter(self.out_dir / name, columns, tag=self.tag)
        self._files.append(w.file)
        return w

    def json(self, name: str, data) -> AtomicFile:
        """A JSON output file of the run (temporary until published)."""
        f = write_json_atomic(self.out_dir / name, data, tag=self.tag)
        self._files.append(f)
        return f

    def binary(self, name: str, data: bytes) -> AtomicFile:
        """Add a file of bytes (e.g. worklist.xlsx) to this run's files."""
        f = AtomicFile(self.out_dir / name, tag=self.tag)
        try:
            f.write_bytes(data)
        except BaseException:
            f.discard()
            raise
        self._files.append(f)
        return f

    def manifest(self) -> list[dict]:
        """fsync and close every file; the manifest lists worklist.csv last so it is moved last."""
        entries = [f.manifest_entry() for f in self._files]
        entries.sort(key=lambda e: e["name"] == "worklist.csv")
        return entries

    def discard(self) -> None:
        """Remove every temporary file of the run."""
        for f in self._files:
            try:
                f.discard()
            except OSError:
                pass


def move_into_place(manifest: list[dict], *, after_first=None) -> list[str]:
    """Move each temporary file onto its final name; return the names that could not be found.

    A missing temporary file whose final file already has the recorded hash was moved
    before (by an earlier, interrupted attempt) and is fine.
    """
    missing: list[str] = []
    dirs: set[str] = set()
    for i, entry in enumerate(manifest):
        tmp, final = Path(entry["tmp"]), Path(entry["final"])
        if tmp.exists():
            tmp.replace(final)
        elif not (final.exists() and sha256_file(final) == entry["sha256"]):
            missing.append(entry["name"])
        dirs.add(str(final.parent))
        if i == 0 and after_first is not None:
            after_first()
    for d in dirs:
        fsync_dir(Path(d))
    return missing


def remove_temporaries(out_dir: Path, tag: str) -> int:
    """Delete the temporary files a run tagged ``tag`` left in ``out_dir``; return how many."""
    n = 0
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return 0
    for p in out_dir.glob(f".*.{tag}.*.tmp"):
        try:
            p.unlink()
            n += 1
        except OSError as err:
            log.warning("could not remove temporary file %s: %s", p, err.strerror)
    return n
