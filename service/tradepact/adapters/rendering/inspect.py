"""Reads a rendered contract back: hash, embedded terms, signature fields and signatures."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import zipfile
from xml.etree import ElementTree

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from tradepact.domain.errors import InvalidInput

from .docx_renderer import TERMS_NAMESPACE
from .pdf_renderer import TERMS_ATTACHMENT

log = logging.getLogger(__name__)


def _get(obj, key: str):
    """A dictionary entry with indirect references resolved (None when absent)."""
    if obj is None:
        return None
    value = obj.get_object().get(key)
    return value.get_object() if value is not None else None


def _embedded_terms(reader: PdfFileReader) -> dict | None:
    files = _get(_get(reader.root, "/Names"), "/EmbeddedFiles")
    entries = list(_get(files, "/Names") or [])
    for name, spec in zip(entries[::2], entries[1::2], strict=True):
        if str(name) == TERMS_ATTACHMENT:
            stream = _get(_get(spec, "/EF"), "/F")
            return json.loads(stream.data.decode("utf-8"))
    return None


def _signature_report(embedded, trust_roots: list | None) -> dict:
    context = ValidationContext(trust_roots=trust_roots or [], allow_fetching=False)
    status = validate_pdf_signature(embedded, context)
    cert = embedded.signer_cert
    return {
        "field": embedded.field_name,
        "signer": cert.subject.human_friendly if cert is not None else None,
        "signed_at": status.signer_reported_dt.isoformat() if status.signer_reported_dt
        else None,
        "intact": status.intact,
        "valid": status.valid,  # the cryptographic signature checks out
        "trusted": status.trusted,  # the signer's chain reaches a given trust root
        "coverage": status.coverage.name if status.coverage else None,
        "modification_level": status.modification_level.name
        if status.modification_level is not None else None,
        "docmdp_ok": status.docmdp_ok,
    }


def inspect_pdf(data: bytes, *, trust_roots: list | None = None) -> dict:
    """What a reader needs to trust a contract PDF.

    Returns sha256, size, the embedded terms (None if absent), the signature fields with
    whether each is signed, and every signature with its validation status. `trust_roots`
    (asn1crypto certificates) make `trusted` meaningful; nothing is fetched from the network.
    """
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
    except Exception as exc:  # pyHanko raises several types for a non-PDF
        raise InvalidInput("file", f"not a readable PDF: {exc}") from exc
    fields = [{"name": name, "signed": value is not None}
              for name, value, _ref in enumerate_sig_fields(reader)]
    signatures = [_signature_report(sig, trust_roots) for sig in reader.embedded_signatures]
    info = reader.trailer_view.get("/Info")
    info = info.get_object() if info is not None else None
    metadata = {str(k).lstrip("/"): str(v) for k, v in info.items()} if info else {}
    return {"format": "pdf", "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
            "metadata": metadata, "terms": _embedded_terms(reader),
            "signature_fields": fields, "signatures": signatures}


def inspect_docx(data: bytes) -> dict:
    """The DOCX equivalent: sha256, core properties and the terms from the custom XML part."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise InvalidInput("file", "not a DOCX (zip) file") from exc
    terms, contract = None, {}
    with archive:
        for name in archive.namelist():
            if not (name.startswith("customXml/item") and "Props" not in name):
                continue
            root = ElementTree.fromstring(archive.read(name))
            if root.tag == f"{{{TERMS_NAMESPACE}}}contract":
                contract = dict(root.attrib)
                terms = json.loads(root.findtext(f"{{{TERMS_NAMESPACE}}}terms") or "null")
        core = ElementTree.fromstring(archive.read("docProps/core.xml"))
    props = {el.tag.rsplit("}", 1)[-1]: el.text for el in core}
    return {"format": "docx", "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
            "metadata": props, "contract": contract, "terms": terms,
            "signature_fields": [], "signatures": []}


def inspect_file(data: bytes) -> dict:
    """Inspect a contract file of either format, told apart by its magic bytes."""
    if data.startswith(b"%PDF-"):
        return inspect_pdf(data)
    if data.startswith(b"PK"):
        return inspect_docx(data)
    raise InvalidInput("file", "neither a PDF nor a DOCX file")
