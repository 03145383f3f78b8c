"""docs/VALIDATION.md's worked example runs as written: every ```sh block, in order, from a copy of the repo layout."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import read_csv

BLOCK = re.compile(r"^```sh\n(.*?)^```", re.S | re.M)


def doc_commands(root: Path) -> list[str]:
    """The fenced sh blocks of docs/VALIDATION.md, in order."""
    return BLOCK.findall((root / "docs" / "VALIDATION.md").read_text(encoding="utf-8"))


def test_doc_has_the_five_steps_and_a_worked_example(root):
    text = (root / "docs" / "VALIDATION.md").read_text(encoding="utf-8")
    for step in ("## 1. Sample", "## 2. Label", "## 3. Agree", "## 4. Evaluate", "## 5. Decide", "## Worked example"):
        assert step in text
    blocks = doc_commands(root)
    assert len(blocks) >= 5
    joined = "\n".join(blocks)
    for command in ("vfx-finder sample", "vfx-finder agreement", "vfx-finder evaluate", "--negatives-audit"):
        assert command in joined


@pytest.mark.slow
def test_worked_example_runs_as_written(root, tmp_path):
    for name in ("data", "scripts"):
        (tmp_path / name).symlink_to(root / name)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    outputs = []
    for block in doc_commands(root):
        r = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", block],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert r.returncode == 0, f"{block}\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
        outputs.append(r.stdout)
    strata = read_csv(tmp_path / "val" / "sample" / "strata.csv")
    assert sum(int(s["n_h"]) for s in strata) == 200
    ag = json.loads((tmp_path / "val" / "agreement" / "agreement.json").read_text())
    assert ag["n_common"] == 200 and ag["disagreements"] > 0
    assert 0 < ag["case_finding"]["kappa"]["kappa"] < 1
    m = json.loads((tmp_path / "val" / "eval" / "metrics.json").read_text())
    assert m["n"] == 200 and m["weighted"]["strata_from"] == "sample_key.csv"
    assert m["weighted"]["ppv"]["estimate"] is not None
    audit = json.loads((tmp_path / "val" / "audit_eval" / "metrics.json").read_text())
    assert audit["weighted"]["sensitivity"] is None and "missed_fractures" in audit["weighted"]
    assert "missed fractures among" in outputs[-1]
    explain_line = outputs[3].strip()
    assert explain_line == "no errors" or explain_line.startswith("vfx-finder explain --input val/labeller_a.csv")
