"""The rules modules define each module-level name once: a second definition silently replaces
the first for every use (a new pattern named as an existing one changed counts it was never
meant to touch)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import tradepact.adapters.extraction.rules as rules_package


def _top_level_names(path: Path) -> Counter:
    names: Counter = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_each_rules_module_defines_each_name_once():
    modules = sorted(Path(rules_package.__file__).parent.glob("*.py"))
    assert len(modules) > 5
    twice = {f"{p.name}:{name}" for p in modules for name, n in _top_level_names(p).items() if n > 1}
    assert twice == set()
