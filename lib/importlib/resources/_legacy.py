"""The pre-3.9 resource functions, deprecated in 3.11: each call warns."""

import functools
import os
import types
import warnings
from typing import Union

from importlib.resources._common import as_file, files

Package = Union[types.ModuleType, str]
Resource = str


def _deprecated(function):
    @functools.wraps(function)
    def warn_then_call(*args, **kwargs):
        warnings.warn(
            f"{function.__name__} is deprecated. Use files() instead. Refer to "
            "https://importlib-resources.readthedocs.io/en/latest/using.html"
            "#migrating-from-legacy for migration advice.",
            DeprecationWarning, stacklevel=2)
        return function(*args, **kwargs)
    return warn_then_call


def _file_name(resource):
    # The old interface names files directly inside the package only.
    text = str(resource)
    parent, name = os.path.split(text)
    if parent:
        raise ValueError(f"{resource!r} must be only a file name")
    return name


@_deprecated
def open_binary(package, resource):
    """The resource opened for binary reading."""
    return (files(package) / _file_name(resource)).open("rb")


@_deprecated
def read_binary(package, resource):
    """The resource's bytes."""
    return (files(package) / _file_name(resource)).read_bytes()


@_deprecated
def open_text(package, resource, encoding="utf-8", errors="strict"):
    """The resource opened for text reading."""
    return (files(package) / _file_name(resource)).open("r", encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding="utf-8", errors="strict"):
    """The resource's text."""
    with open_text(package, resource, encoding, errors) as f:
        return f.read()


@_deprecated
def contents(package):
    """The names of the entries of the package's directory (directories included)."""
    return [item.name for item in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    """Whether name is a file (not a directory) of the package."""
    wanted = _file_name(name)
    return any(item.name == wanted and item.is_file() for item in files(package).iterdir())


@_deprecated
def path(package, resource):
    """A context manager giving a file system path to the resource."""
    return as_file(files(package) / _file_name(resource))
