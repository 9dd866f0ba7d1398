"""The README's generated sections match the code (run `make docs` after changing a table)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _docs_module():
    spec = importlib.util.spec_from_file_location("docs_script", ROOT / "scripts" / "docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_readme_blocks_are_current():
    docs = _docs_module()
    readme = (ROOT / "README.md").read_text("utf-8")
    assert docs.fill(readme, docs.generated_blocks()) == readme


def test_every_make_target_the_readme_names_exists():
    readme = (ROOT / "README.md").read_text("utf-8")
    makefile = (ROOT / "Makefile").read_text("utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.M))
    named = set(re.findall(r"make ([a-z][a-z-]+)", readme))
    assert named and named <= targets, named - targets


def test_the_readme_picture_exists():
    assert (ROOT / "docs" / "contract-page1.png").stat().st_size > 10_000
