"""`make docs`: regenerate what the README shows from the code itself.

- docs/contract-page1.png: the first page of the sample contract's PDF (rendered by
  tradepact, rasterised by poppler's pdftoppm);
- the README blocks between `<!-- generated:NAME -->` markers: the escrow state machines
  and the RPC role table, printed from the tables in the code.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def generated_blocks() -> dict[str, str]:
    """The README's generated sections, from the code."""
    from tradepact.domain.escrow import render_markdown
    from tradepact.entrypoints.grpc.authz import markdown_table

    return {"escrow-machine": render_markdown().strip(), "rpc-roles": markdown_table().strip()}


def fill(readme: str, blocks: dict[str, str]) -> str:
    """Replace each `<!-- generated:NAME -->...<!-- /generated:NAME -->` body."""
    for name, body in blocks.items():
        pattern = re.compile(rf"(<!-- generated:{name} -->\n).*?(<!-- /generated:{name} -->)",
                             re.S)
        if not pattern.search(readme):
            raise SystemExit(f"README.md has no generated:{name} block")
        readme = pattern.sub(lambda m, b=body: m.group(1) + b + "\n" + m.group(2), readme)
    return readme


def picture() -> Path:
    """Render the sample contract and rasterise its first page."""
    from tradepact.adapters.rendering.render import render_contract
    from tradepact.adapters.rendering.sample import sample_document

    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: install poppler-utils (make setup does, as root)")
    out = ROOT / "docs" / "contract-page1.png"
    out.parent.mkdir(exist_ok=True)
    pdf = render_contract(sample_document(language="bilingual"), "pdf").data
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "contract.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                        str(src), str(Path(tmp) / "page")], check=True)
        shutil.copyfile(Path(tmp) / "page.png", out)
    return out


def main() -> int:
    README.write_text(fill(README.read_text("utf-8"), generated_blocks()), "utf-8")
    print(f"updated {README.relative_to(ROOT)}")
    if "--no-picture" not in sys.argv:
        print(f"wrote {picture().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
