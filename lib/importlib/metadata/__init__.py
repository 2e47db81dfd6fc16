"""Installed distributions' metadata: version(), metadata(), entry_points(), ...

Distributions are the *.dist-info and *.egg-info directories found in the
directories of sys.path (Sharpy installs none itself, so distributions() is
empty unless a program's path holds some).
"""

import functools
import os
import re
import sys
from importlib import import_module

from importlib.metadata._meta import PackageMetadata, parse_metadata

__all__ = [
    "Distribution", "DistributionFinder", "PackageMetadata", "PackageNotFoundError",
    "distribution", "distributions", "entry_points", "files", "metadata",
    "packages_distributions", "requires", "version",
]


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


class EntryPoint:
    """A named object a distribution advertises: 'module[:attr] [extras]' in a group."""

    pattern = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")
    dist = None

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)

    def load(self):
        m = self.pattern.match(self.value)
        obj = import_module(m.group("module"))
        for attr in filter(None, (m.group("attr") or "").split(".")):
            obj = getattr(obj, attr)
        return obj

    @property
    def module(self):
        return self.pattern.match(self.value).group("module")

    @property
    def attr(self):
        return self.pattern.match(self.value).group("attr")

    @property
    def extras(self):
        return re.findall(r"\w+", self.pattern.match(self.value).group("extras") or "")

    def matches(self, **params):
        return all(getattr(self, key) == value for key, value in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def __repr__(self):
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"


class EntryPoints(tuple):
    """An immutable, selectable collection of entry points."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, (int, slice)):
            return tuple.__getitem__(self, name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    def __repr__(self):
        return f"{type(self).__name__}({tuple(self)!r})"


class SelectableGroups(dict):
    """entry_points() without arguments: group name -> EntryPoints."""

    @classmethod
    def load(cls, eps):
        groups = {}
        for ep in sorted(eps, key=lambda ep: ep.group):
            groups.setdefault(ep.group, []).append(ep)
        return cls((group, EntryPoints(items)) for group, items in groups.items())

    @property
    def _all(self):
        return EntryPoints(ep for eps in self.values() for ep in eps)

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        return self if not params else self._all.select(**params)


def _ini_sections(text):
    """(section, name, value) of an entry_points.txt."""
    section = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        name, _, value = line.partition("=")
        yield section, name.strip(), value.strip()


class Distribution:
    """An installed distribution; subclasses say where its files are."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in distributions(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        return distributions(**kwargs)

    @property
    def metadata(self):
        text = (self.read_text("METADATA") or self.read_text("PKG-INFO")
                or self.read_text("") or "")
        return parse_metadata(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def entry_points(self):
        eps = []
        for group, name, value in _ini_sections(self.read_text("entry_points.txt") or ""):
            ep = EntryPoint(name, value, group)
            vars(ep).update(dist=self)
            eps.append(ep)
        return EntryPoints(eps)

    @property
    def files(self):
        text = self.read_text("RECORD")
        if text is None:
            return None
        import csv
        return [row[0] for row in csv.reader(text.splitlines()) if row]

    @property
    def requires(self):
        found = self.metadata.get_all("Requires-Dist")
        return None if found is None else list(found)


class DistributionFinder:
    """Finds distributions; Context says which name and path to search."""

    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get("path", sys.path)


class PathDistribution(Distribution):
    """A distribution whose metadata is a directory (NAME-VERSION.dist-info)."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            with open(os.path.join(self._path, filename), encoding="utf-8") as f:
                return f.read()
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError, PermissionError):
            return None

    def locate_file(self, path):
        return os.path.join(os.path.dirname(self._path), path)


def _normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _metadata_dirs(path_entries):
    for entry in path_entries:
        directory = entry or "."
        try:
            names = os.listdir(directory)
        except (OSError, TypeError):
            continue
        for child in names:
            if child.lower().endswith((".dist-info", ".egg-info")):
                yield child, os.path.join(directory, child)


def distributions(**kwargs):
    """Every distribution found on the path (Context(name=..., path=...) narrows it)."""
    context = DistributionFinder.Context(**kwargs)
    wanted = None if context.name is None else _normalize(context.name)
    for child, full in _metadata_dirs(context.path):
        if wanted is not None and _normalize(child.rpartition(".")[0].partition("-")[0]) != wanted:
            continue
        yield PathDistribution(full)


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def entry_points(**params):
    """Entry points of all distributions: a SelectableGroups, or the EntryPoints
    selected by group=/name=/... (each distribution counted once)."""
    seen = set()
    eps = []
    for dist in distributions():
        key = _normalize(dist.name or "")
        if key in seen:
            continue
        seen.add(key)
        eps.extend(dist.entry_points)
    return SelectableGroups.load(eps).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    """Top-level import names -> the distributions providing them."""
    mapping = {}
    for dist in distributions():
        top_level = dist.read_text("top_level.txt")
        names = top_level.split() if top_level else [
            f.split("/")[0].removesuffix(".py") for f in dist.files or () if "/" in f or f.endswith(".py")]
        for name in dict.fromkeys(names):
            mapping.setdefault(name, []).append(dist.metadata["Name"])
    return mapping
