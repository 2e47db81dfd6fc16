"""zipfile.Path: a pathlib-like, read-mostly view of the members of a zip archive.

Directories need not be archive members: every parent of a member counts as a
directory ("implied" directories), as in CPython.
"""

import io
import pathlib
import posixpath

import zipfile


def _parents(name):
    """'a/b/c' -> 'a/b', 'a' (each without a trailing slash)."""
    parent = posixpath.dirname(name.rstrip("/"))
    while parent:
        yield parent
        parent = posixpath.dirname(parent)


class _CompleteDirs:
    """The archive with its implied directories added to the name list."""

    def __init__(self, archive):
        self.archive = archive
        self.filename = archive.filename
        names = archive.namelist()
        present = set(names)
        implied = []
        for name in names:
            for parent in _parents(name):
                directory = parent + "/"
                if directory not in present:
                    present.add(directory)
                    implied.append(directory)
        self._names = names + implied
        self._name_set = present

    def namelist(self):
        return self._names

    def resolve_dir(self, name):
        """name, or name + '/' when that is the directory meant."""
        directory = name + "/"
        return directory if name not in self._name_set and directory in self._name_set else name

    def open(self, name, mode="r", pwd=None):
        return self.archive.open(name, mode, pwd=pwd)


class Path:
    """A path inside a zip archive: Path(zipfile_or_filename, at='')."""

    def __init__(self, root, at=""):
        if isinstance(root, _CompleteDirs):
            self.root = root
        else:
            if not isinstance(root, zipfile.ZipFile):
                root = zipfile.ZipFile(root)
            self.root = _CompleteDirs(root)
        self.at = at

    def _next(self, at):
        return self.__class__(self.root, at)

    def open(self, mode="r", *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == "r":
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        kwargs["encoding"] = io.text_encoding(kwargs.get("encoding"))
        return io.TextIOWrapper(stream, *args, **kwargs)

    @property
    def name(self):
        return pathlib.Path(self.at).name or self.filename.name

    @property
    def suffix(self):
        return pathlib.Path(self.at).suffix or self.filename.suffix

    @property
    def suffixes(self):
        return pathlib.Path(self.at).suffixes or self.filename.suffixes

    @property
    def stem(self):
        return pathlib.Path(self.at).stem or self.filename.stem

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        here = self.at.rstrip("/")
        return (self._next(name) for name in self.root.namelist()
                if posixpath.dirname(name.rstrip("/")) == here)

    def joinpath(self, *other):
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip("/"))
        return self._next(parent_at + "/" if parent_at else parent_at)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"
