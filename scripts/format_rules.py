#!/usr/bin/env python3
"""Sort and normalise the rule files in patterns/ (rules by category in header order, then literal).

Policy files (a "policy" object instead of "rules") are written as indented JSON, keys in file order.

python scripts/format_rules.py          # rewrite in place
python scripts/format_rules.py --check  # exit 1 if a file is not formatted
python scripts/format_rules.py --dir my-patterns   # another patterns folder (a --patterns copy)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

PATTERNS = Path(__file__).resolve().parents[1] / "patterns"


def sort_key(categories: list[str]):
    """Sort key of a rule: its category in header order, then literal, then direction."""
    order = {c: i for i, c in enumerate(categories)}
    return lambda r: (order.get(r.get("category"), 999), r.get("literal", "").lower(), r.get("direction", ""))


def formatted(data: dict) -> str:
    """The canonical text of a rule or policy file."""
    if "policy" in data:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    data = dict(data)
    data["rules"] = sorted(data["rules"], key=sort_key(list(data["categories"])))
    head = {k: v for k, v in data.items() if k != "rules"}
    lines = json.dumps(head, indent=2, ensure_ascii=False).rstrip("}").rstrip().rstrip(",")
    rules = ",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in data["rules"])
    return f'{lines},\n  "rules": [\n{rules}\n  ]\n}}\n'


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--dir", type=Path, default=PATTERNS, help="patterns folder (default: the bundled patterns/)")
    args = ap.parse_args()
    bad = 0
    for path in sorted(args.dir.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        new = formatted(json.loads(text))
        if text != new:
            if args.check:
                print(f"{path.name}: not formatted; run python scripts/format_rules.py")
                bad += 1
            else:
                path.write_text(new, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
