"""The layering (docs/ARCHITECTURE.md): import-linter contracts in pyproject.toml, and decide without spaCy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def test_import_contracts_hold(root):
    exe = Path(sys.executable).parent / "lint-imports"
    cmd = [str(exe)] if exe.exists() else [shutil.which("lint-imports") or "lint-imports"]
    proc = subprocess.run([*cmd, "--no-cache"], cwd=root, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Contracts: 2 kept, 0 broken." in proc.stdout


def test_decide_and_base_do_not_load_spacy():
    code = (
        "import sys, vfx_finder.decide, vfx_finder.policy, vfx_finder.rules, vfx_finder.vocab\n"
        "from vfx_finder.decide import decide\n"
        "from vfx_finder.vocab import Mention\n"
        "m = Mention(text='wedge fracture', category='FRACTURE', rule='wedge fracture', start=0, end=14,"
        " sentence='T12 wedge fracture.', section=None, levels=('T12',), site='VERTEBRAL')\n"
        "assert decide([m]).finding == 'fracture'\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('spacy', 'medspacy') or n.startswith('vfx_finder.nlp'))\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_components_declare_what_they_require_and_assign(analyser):
    """analyze_pipes finds no component requiring what no earlier one assigns, and every extension set is declared."""
    nlp = analyser.nlp
    analysis = nlp.analyze_pipes(pretty=False)
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    assigns = {a for name in nlp.pipe_names for a in nlp.get_pipe_meta(name).assigns}
    from spacy.tokens import Span

    from vfx_finder.nlp.attributes import EXTENSIONS
    from vfx_finder.nlp.context import CONTEXT_FLAGS

    for ext in (*EXTENSIONS, *CONTEXT_FLAGS, "modifiers", "target_rule"):
        assert Span.has_extension(ext) and f"span._.{ext}" in assigns, ext
    assert {"doc.ents", "doc.sents", "doc._.vfx_sections", "doc._.context_graph"} <= assigns


def test_medspacy_speedups_check_the_version(monkeypatch, analyser):
    """On a medspaCy version the patches were not written for, the pipeline is left unpatched."""
    import importlib.metadata

    from vfx_finder.nlp import medspacy_speedups as sp

    assert sp.patch_supported() == (True, "")
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda n: "9.9.9" if n == "medspacy" else real(n))
    assert sp.patch_supported() == (False, f"medspaCy 9.9.9 is not {sp.MEDSPACY_VERSION}: matchers left unpatched")
    from vfx_finder.nlp.pipeline import build_nlp

    nlp = build_nlp()
    assert sp.speed_up_matchers(nlp) == 0
    assert all(type(m).__name__ == "RegexMatcher" for m in sp.regex_matchers(nlp))
