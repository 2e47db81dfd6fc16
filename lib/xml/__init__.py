"""Core XML support for Python (Sharpy provides xml.etree.ElementTree)."""
__all__ = ["etree"]
