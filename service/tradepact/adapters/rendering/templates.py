"""Finds and loads contract templates from `<repo>/templates` (or TRADEPACT_TEMPLATES_DIR)."""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from tradepact.domain.contract import ContractTemplate, LanguagePack
from tradepact.domain.errors import InvalidInput, NotFound

log = logging.getLogger(__name__)

ENV_DIR = "TRADEPACT_TEMPLATES_DIR"
DEFAULT_TEMPLATE = "standard"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def templates_dir() -> Path:
    """The templates root: the env override, else `templates/` at the repository root."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    # service/tradepact/adapters/rendering/templates.py -> repository root is parents[4]
    return Path(__file__).resolve().parents[4] / "templates"


@dataclass(frozen=True)
class LoadedTemplate:
    """A template's data (for the domain) plus its format files (for the renderers)."""

    data: ContractTemplate
    directory: Path
    html: str
    css: str
    docx_styles: dict
    files: dict = field(default_factory=dict)  # the manifest's `files` section

    def sample_input(self) -> dict:
        """The template's sample terms, parties and options (JSON)."""
        return json.loads((self.directory / self.files["sample_input"]).read_text("utf-8"))

    def expected_text(self, language: str) -> str:
        """The expected plain text of the sample input in `language`."""
        return (self.directory / self.files["expected"][language]).read_text("utf-8")


def _yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=16)
def _load(directory: Path, name: str) -> LoadedTemplate:
    folder = directory / name
    manifest_path = folder / "manifest.yaml"
    if not manifest_path.is_file():
        raise NotFound("contract template", name)
    manifest = _yaml(manifest_path)
    files = manifest["files"]
    packs = {lang: LanguagePack.model_validate(_yaml(folder / files["clauses"][lang]))
             for lang in manifest["languages"]}
    styles = _yaml(folder / files["docx_styles"])
    data = ContractTemplate(name=manifest["name"], version=str(manifest["version"]),
                            languages=list(manifest["languages"]),
                            section_order=list(manifest["sections"]), packs=packs,
                            docx_styles=styles)
    log.info("loaded contract template %s %s from %s", data.name, data.version, folder)
    return LoadedTemplate(data=data, directory=folder,
                          html=(folder / files["html"]).read_text("utf-8"),
                          css=(folder / files["css"]).read_text("utf-8"),
                          docx_styles=styles, files=files)


def load_template(name: str = DEFAULT_TEMPLATE) -> LoadedTemplate:
    """Load (once per process) the template called `name`."""
    if not _NAME.match(name):
        raise InvalidInput("template", f"{name!r} is not a template name")
    return _load(templates_dir(), name)
