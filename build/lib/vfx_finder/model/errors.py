"""Errors of the second reader (one line each; exit 2: a model or training input that cannot be used)."""

from __future__ import annotations

from vfx_finder.errors import UsageError


class ModelError(UsageError):
    """A model folder is missing, altered, or holds types that are not on the trusted list (exit 2)."""


class TrainingError(UsageError):
    """Training data cannot make a model: too few examples of a class, no labels, no review table (exit 2)."""
