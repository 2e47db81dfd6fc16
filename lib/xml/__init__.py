"""Core XML support for Python (Sharpy provides xml.dom, xml.parsers.expat, xml.sax and xml.etree)."""
__all__ = ["dom", "parsers", "sax", "etree"]
