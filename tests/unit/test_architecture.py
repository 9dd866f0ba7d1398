"""The domain stays plain Python: no gRPC, SQL, LLM client, document library or file I/O."""

from __future__ import annotations

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "service" / "tradepact" / "domain"

FORBIDDEN_MODULES = {
    "grpc", "grpc_status", "grpc_health", "google.protobuf", "tradepact.v1",
    "sqlalchemy", "sqlmodel", "alembic", "psycopg",
    "openai", "instructor", "docx", "weasyprint", "pyhanko", "jwt",
    "os", "io", "pathlib", "shutil", "tempfile", "socket", "subprocess", "urllib", "http",
    "tradepact.adapters", "tradepact.entrypoints", "tradepact.usecases", "tradepact.bootstrap",
}


def _imports(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _violations(path: Path, root: Path = DOMAIN) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for name in _imports(tree):
        for bad in FORBIDDEN_MODULES:
            if name == bad or name.startswith(bad + "."):
                out.append(f"{path.relative_to(root)} imports {name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
            out.append(f"{path.relative_to(root)}:{node.lineno} calls open()")
    return out


def test_domain_imports_no_infrastructure_and_does_no_file_io():
    files = sorted(DOMAIN.rglob("*.py"))
    assert len(files) > 5, "the domain package should not be empty"
    problems = [v for f in files for v in _violations(f)]
    assert problems == []


def test_the_architecture_check_catches_a_forbidden_import(tmp_path):
    bad = tmp_path / "probe.py"
    bad.write_text("import grpc\nfrom sqlalchemy import select\nopen('x')\n")
    found = _violations(bad, tmp_path)
    assert any("grpc" in v for v in found)
    assert any("sqlalchemy" in v for v in found)
    assert any("open()" in v for v in found)
