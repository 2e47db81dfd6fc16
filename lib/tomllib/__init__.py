"""Parse TOML 1.0 documents (read-only), as CPython 3.11's tomllib.

    loads(text, *, parse_float=float) -> dict
    load(binary_file, *, parse_float=float) -> dict

Invalid documents raise TOMLDecodeError (a ValueError) whose message ends
with the position of the problem, e.g. "Invalid value (at line 3, column 5)".
"""

__all__ = ("loads", "load", "TOMLDecodeError")

from tomllib._parser import TOMLDecodeError, load, loads

# The error is defined in the private parser module but belongs to the package,
# as CPython reports it ("tomllib.TOMLDecodeError").
TOMLDecodeError.__module__ = __name__
