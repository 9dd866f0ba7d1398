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


#: The RPCs each server command of the README's CLI example calls.
_CLI_RPCS = {
    "extract": ["TermsService/ExtractTerms"],
    "contract render": ["ContractService/DraftContract", "ContractService/RenderContract",
                        "ContractService/DownloadContract"],
    "contract download": ["ContractService/DownloadContract"],
    "escrow queue": ["EscrowService/ListReviewQueue"],
    "escrow verify-audit": ["EscrowService/VerifyAudit"],
}


def test_each_cli_example_runs_with_a_token_whose_role_may_call_it():
    """Following the README line by line, no call is PERMISSION_DENIED for its role."""
    from tradepact.domain.principal import Role
    from tradepact.entrypoints.grpc.authz import allowed_roles

    readme = (ROOT / "README.md").read_text("utf-8")
    block = next(b for b in re.findall(r"```sh\n(.*?)```", readme, re.S)
                 if "tradepact serve --data-dir" in b)
    role, checked = None, []
    for line in block.splitlines():
        code = line.split("  #")[0]
        minted = re.search(r"TRADEPACT_TOKEN=\$\(tradepact token [^)]*--role (\w+)", code)
        line_role = minted.group(1) if minted else role
        if minted and code.lstrip().startswith("export"):
            role = line_role
        if "--local" in code:
            continue
        for command, rpcs in _CLI_RPCS.items():
            if re.search(rf"\btradepact {command}\b", code):
                for rpc in rpcs:
                    assert Role(line_role) in allowed_roles(f"/tradepact.v1.{rpc}"), (line, rpc)
                checked.append(command)
    assert set(checked) == set(_CLI_RPCS), checked
