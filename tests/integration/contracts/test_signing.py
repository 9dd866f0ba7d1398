"""Both parties can sign their fields in turn; pyHanko then finds both signatures intact."""

from __future__ import annotations

import datetime as dt
import io

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tradepact.adapters.rendering.inspect import inspect_pdf


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _cert(subject, issuer, public_key, signing_key, *, ca: bool) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(public_key).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(
                   digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                   data_encipherment=False, key_agreement=False, key_cert_sign=ca,
                   crl_sign=ca, encipher_only=False, decipher_only=False), critical=True))
    return builder.sign(signing_key, hashes.SHA256())


def _asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _throwaway_pki():
    """A test CA and one signer per party, all in memory and valid for a month."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _cert(_name("Test Contract CA"), _name("Test Contract CA"), ca_key.public_key(),
               ca_key, ca=True)
    signers_ = {}
    for who in ("Lily Chen (Seller)", "Jonas Weber (Buyer)"):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = _cert(_name(who), ca.subject, key.public_key(), ca_key, ca=False)
        der_key = key.private_bytes(serialization.Encoding.DER,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
        signers_[who] = signers.SimpleSigner(
            signing_cert=_asn1_cert(cert),
            signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
            cert_registry=SimpleCertificateStore.from_certs([_asn1_cert(ca)]))
    return _asn1_cert(ca), signers_


def _sign(pdf: bytes, field: str, signer) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=field),
                           signer=signer)
    return out.getvalue()


def test_seller_then_buyer_sign_and_both_signatures_validate(english_pdf):
    ca, party_signers = _throwaway_pki()
    seller_signed = _sign(english_pdf.data, "Signature_Seller",
                          party_signers["Lily Chen (Seller)"])
    both_signed = _sign(seller_signed, "Signature_Buyer", party_signers["Jonas Weber (Buyer)"])

    report = inspect_pdf(both_signed, trust_roots=[ca])
    assert report["signature_fields"] == [{"name": "Signature_Seller", "signed": True},
                                          {"name": "Signature_Buyer", "signed": True}]
    seller, buyer = report["signatures"]
    for sig in (seller, buyer):
        assert sig["intact"] and sig["valid"] and sig["trusted"], sig
        assert sig["docmdp_ok"] is not False, sig
    assert "Lily Chen" in seller["signer"] and "Jonas Weber" in buyer["signer"]
    # The buyer's signature covers the whole file: nothing changed after the last signature.
    assert buyer["coverage"] == "ENTIRE_FILE"
    # The seller's signature saw only a form-filling change after it: the buyer signing.
    assert seller["modification_level"] in ("FORM_FILLING", "NONE")
    # The embedded terms survive both signatures.
    assert report["terms"] == inspect_pdf(english_pdf.data)["terms"]
