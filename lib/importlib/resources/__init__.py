"""Read the resources (data files) of a package: files(package) / "name".

The functions other than files() and as_file() are the pre-3.9 interface,
deprecated in 3.11 (in _legacy; each call warns, as CPython's do).
"""

from importlib.resources._common import as_file, files
from importlib.resources._legacy import (
    Package, Resource, contents, is_resource, open_binary, open_text, path, read_binary, read_text,
)
from importlib.resources.abc import ResourceReader

__all__ = [
    "Package", "Resource", "ResourceReader", "as_file", "contents", "files", "is_resource",
    "open_binary", "open_text", "path", "read_binary", "read_text",
]
