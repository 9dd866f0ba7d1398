"""Contract renderers: templates on disk, DOCX (python-docx), PDF (WeasyPrint + pyHanko fields)."""
