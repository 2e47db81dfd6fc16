"""The abstract classes of importlib.resources: readers and traversables."""

import abc
import io
import os


class ResourceReader(metaclass=abc.ABCMeta):
    """What a loader offers to read the resources of its package."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class Traversable(metaclass=abc.ABCMeta):
    """A path-like view of a package's files (pathlib.Path is one)."""

    @abc.abstractmethod
    def iterdir(self):
        """The objects in this directory."""

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a directory."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    @abc.abstractmethod
    def joinpath(self, *descendants):
        """The traversable below this one."""

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """Open for reading ('r' for text, 'rb' for bytes)."""

    @property
    @abc.abstractmethod
    def name(self):
        """The last part of the path."""


class TraversableResources(ResourceReader):
    """A ResourceReader whose resources are reached through files()."""

    @abc.abstractmethod
    def files(self):
        """The Traversable of the package's directory."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())


# pathlib.Path and zipfile.Path are traversables without inheriting from the class.
def _register_paths():
    import pathlib
    Traversable.register(pathlib.Path)
    try:
        import zipfile
        Traversable.register(zipfile.Path)
    except ImportError:
        pass


_register_paths()
