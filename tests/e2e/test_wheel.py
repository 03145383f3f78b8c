"""Packaging: the wheel carries its rule files and runs from a fresh virtual environment outside the checkout."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory):
    """A fresh venv (outside the checkout) with only the built wheel installed; dependencies come from the
    project's own environment through a path entry (their .pth hooks, including the editable install, are not run)."""
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    src = base / "src"  # build from a copy: setuptools writes build/ into the source folder
    skip = shutil.ignore_patterns(".git", ".venv", "build", "dist", "out", "data", "tests", "*.egg-info", "__pycache__")
    shutil.copytree(ROOT, src, symlinks=True, ignore=skip)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(src)],
        check=True,
        capture_output=True,
        cwd=base,
    )
    wheels = list(dist.glob("vfx_finder-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "-q", str(wheels[0])],
        check=True,
        capture_output=True,
    )
    return env_dir, wheels[0]


def test_wheel_contains_rule_files(wheel_env):
    import zipfile

    _, wheel = wheel_env
    names = zipfile.ZipFile(wheel).namelist()
    rule_files = sorted(Path(n).name for n in names if "/patterns/" in n and n.endswith(".json"))
    shipped = sorted(p.name for p in (ROOT / "patterns").glob("*.json"))
    assert rule_files == shipped


def test_wheel_runs_outside_checkout(wheel_env, tmp_path):
    env_dir, _ = wheel_env
    work = tmp_path / "elsewhere"
    work.mkdir()
    sample = work / "reports.csv"
    sample.write_bytes((ROOT / "data" / "synthetic" / "sample_reports.csv").read_bytes())
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    py = env_dir / "bin" / "python"
    where = subprocess.run(
        [str(py), "-c", "import vfx_finder; print(vfx_finder.__file__)"],
        check=True,
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
    ).stdout.strip()
    assert str(env_dir) in where and str(ROOT) not in where
    proc = subprocess.run(
        [str(env_dir / "bin" / "vfx-finder"), "run", str(sample), "--out", "out", "--no-progress", "--workers", "1"],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads((work / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["read"] == summary["counts"]["processed"] + summary["counts"]["rejected"] > 0
    with (work / "out" / "report_findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["finding"] == "fracture" for r in rows)
