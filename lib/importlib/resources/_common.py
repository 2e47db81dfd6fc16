"""Finding a package's files: files(), as_file() and the namespace-package view."""

import contextlib
import importlib
import os
import pathlib
import tempfile
import types

from importlib.resources.abc import Traversable


def _module(package):
    return package if isinstance(package, types.ModuleType) else importlib.import_module(package)


def get_package(package):
    """The module for a name or module; TypeError when it is not a package."""
    module = _module(package)
    spec = getattr(module, "__spec__", None)
    if spec is None or spec.submodule_search_locations is None:
        raise TypeError(f"{package!r} is not a package")
    return module


def files(package):
    """The Traversable of a package's directory (package: a name or a module)."""
    spec = get_package(package).__spec__
    get_reader = getattr(spec.loader, "get_resource_reader", None)
    if get_reader is not None:
        reader = get_reader(spec.name)
        if reader is not None and hasattr(reader, "files"):
            return reader.files()
    if spec.origin is not None and spec.has_location:
        return pathlib.Path(spec.origin).parent
    # A namespace package (or a package without files of its own): all its portions.
    return MultiplexedPath(*spec.submodule_search_locations)


@contextlib.contextmanager
def _as_path(path):
    yield path


@contextlib.contextmanager
def _as_temporary_file(traversable):
    fd, name = tempfile.mkstemp(suffix=traversable.name)
    try:
        try:
            os.write(fd, traversable.read_bytes())
        finally:
            os.close(fd)
        yield pathlib.Path(name)
    finally:
        try:
            os.remove(name)
        except FileNotFoundError:
            pass


def as_file(path):
    """A context manager giving a file system path for a Traversable: the path
    itself when it is one, else a temporary copy removed on exit."""
    if isinstance(path, pathlib.Path):
        return _as_path(path)
    return _as_temporary_file(path)


class MultiplexedPath(Traversable):
    """The directories of a namespace package seen as one (first one wins)."""

    def __init__(self, *paths):
        unique = []
        for p in paths:
            if p not in unique:
                unique.append(p)
        self._paths = [pathlib.Path(p) for p in unique]
        if not self._paths:
            raise FileNotFoundError("MultiplexedPath must contain at least one path")
        if not all(p.is_dir() for p in self._paths):
            raise NotADirectoryError("MultiplexedPath only supports directories")

    def iterdir(self):
        seen = set()
        for directory in self._paths:
            for item in directory.iterdir():
                if item.name not in seen:
                    seen.add(item.name)
                    yield item

    def read_bytes(self):
        raise FileNotFoundError(f"{self} is not a file")

    def read_text(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, child):
        for item in self.iterdir():
            if item.name == child:
                return item
        return self._paths[0] / child

    __truediv__ = joinpath

    @property
    def name(self):
        return self._paths[0].name

    def __repr__(self):
        return "MultiplexedPath(" + ", ".join(f"'{p}'" for p in self._paths) + ")"
