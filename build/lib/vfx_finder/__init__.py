"""vfx-finder: find vertebral fragility fractures in radiology reports.

Pipeline stages (one sub-package each): read -> nlp -> decide -> aggregate -> publish.
The version lives only in pyproject.toml and is read from the installed metadata.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

try:
    __version__ = _version("vfx-finder")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
