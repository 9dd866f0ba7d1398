"""Contract renderers: templates on disk, DOCX (python-docx), PDF (WeasyPrint + pyHanko fields)."""

import warnings

# pyHanko imports cryptography's DSA key types, which cryptography 51 deprecates with a warning
# printed on every import; tradepact never signs or validates with DSA, and the CLI's first
# line on stderr is its own message, so that one warning from pyHanko's modules is silenced.
warnings.filterwarnings("ignore", message=r"DSA is deprecated", module=r"pyhanko\b")
