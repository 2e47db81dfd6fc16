"""Import Python modules and packages from zip archives on sys.path.

A sys.path entry may name an archive ('lib.zip') or a directory inside one
('lib.zip/src'); the import system asks sys.path_hooks[0] for a zipimporter
for it. As in CPython, a NAME.pyc beside NAME.py in the archive (never one in
__pycache__) is used when it is valid for that source, and a .pyc without a
source is imported as it is; otherwise the source is compiled in memory.
__file__ is 'lib.zip/mod.py' (or 'lib.zip/mod.pyc'), as CPython sets it.
Only Sharpy's own .pyc files load: CPython's bytecode is not Sharpy's (a
foreign pyc fails its magic check and the source is used instead).
"""

import sys

__all__ = ["ZipImportError", "zipimporter"]

path_sep = "/"


class ZipImportError(ImportError):
    pass


# archive path -> {name inside the archive: ZipInfo}, shared by the importers of one archive.
_zip_directory_cache = {}

# What a module name may be in an archive, in CPython's order (bytecode first, packages first):
# (suffix, is bytecode, is a package).
_SEARCH_ORDER = (
    (path_sep + "__init__.pyc", True, True),
    (path_sep + "__init__.py", False, True),
    (".pyc", True, False),
    (".py", False, False),
)


def _read_directory(archive):
    import zipfile
    try:
        f = open(archive, "rb")
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)  # frozen-line: 405
    with f:
        # Shorter than an end-of-archive record: CPython cannot even read that record.
        if f.seek(0, 2) < 22:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        f.seek(0)
        try:
            with zipfile.ZipFile(f) as zf:
                return {info.filename: info for info in zf.infolist()}
        except zipfile.BadZipFile:
            raise ZipImportError(f"not a Zip file: {archive!r}", path=archive) from None
        except (OSError, EOFError):
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive) from None


def _split(path):
    head, _, tail = path.rpartition(path_sep)
    return (head or (path_sep if path.startswith(path_sep) else "")), tail


def _is_regular_file(path):
    import os
    import stat
    return stat.S_ISREG(os.stat(path).st_mode)


class zipimporter:
    """zipimporter(archivepath) -> zipimporter object

    archivepath is a zip file, or a directory inside one ('/tmp/lib.zip/src').
    The archive attribute is the zip file; prefix is the directory inside it."""

    def __init__(self, path):
        if not isinstance(path, str):  # frozen-line: 65
            raise TypeError(f"expected str, not {type(path)!r}")  # frozen-line: 66
        if not path:  # frozen-line: 67
            raise ZipImportError("archive path is empty", path=path)  # frozen-line: 68
        inner = []
        # Walk up until an existing path: it must be the archive file.
        while True:  # frozen-line: 73
            try:
                regular = _is_regular_file(path)
            except (OSError, ValueError):
                parent, name = _split(path)
                if parent == path:
                    raise ZipImportError("not a Zip file", path=path)  # frozen-line: 88
                path = parent
                inner.append(name)
                continue
            if not regular:
                raise ZipImportError("not a Zip file", path=path)  # frozen-line: 81
            break  # frozen-line: 89
        files = _zip_directory_cache.get(path)
        if files is None:
            files = _zip_directory_cache[path] = _read_directory(path)
        self._files = files  # frozen-line: 96
        self.archive = path  # frozen-line: 97
        self.prefix = path_sep.join(reversed(inner))
        if self.prefix:  # frozen-line: 100
            self.prefix += path_sep  # frozen-line: 101

    # ---- finding ----

    def _module_path(self, fullname):
        return self.prefix + fullname.rpartition(".")[2]

    def _module_info(self, fullname):
        """True for a package, False for a module, None when absent."""
        base = self._module_path(fullname)
        for suffix, _, is_package in _SEARCH_ORDER:
            if base + suffix in self._files:
                return is_package
        return None

    def find_spec(self, fullname, target=None):
        from importlib.machinery import ModuleSpec
        from importlib.util import spec_from_loader
        is_package = self._module_info(fullname)
        if is_package is not None:
            return spec_from_loader(fullname, self, is_package=is_package)
        # A directory of the archive may be a portion of a namespace package.
        base = self._module_path(fullname)
        if base + path_sep in self._files:
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations.append(f"{self.archive}{path_sep}{base}")
            return spec  # frozen-line: 185
        return None  # frozen-line: 187

    def find_loader(self, fullname, path=None):
        import warnings
        warnings.warn("zipimporter.find_loader() is deprecated and slated for removal in "
                      "Python 3.12; use find_spec() instead", DeprecationWarning)
        is_package = self._module_info(fullname)
        if is_package is not None:
            return self, []  # frozen-line: 127
        base = self._module_path(fullname)
        if base + path_sep in self._files:
            return None, [f"{self.archive}{path_sep}{base}"]
        return None, []  # frozen-line: 141

    def find_module(self, fullname, path=None):
        import warnings
        warnings.warn("zipimporter.find_module() is deprecated and slated for removal in "
                      "Python 3.12; use find_spec() instead", DeprecationWarning)
        is_package = self._module_info(fullname)
        return self if is_package is not None else None

    # ---- loading ----

    def _read(self, name):
        import zipfile
        try:
            with zipfile.ZipFile(self.archive) as zf:
                return zf.read(self._files[name])
        except OSError:
            raise ZipImportError(f"can't read Zip file: {self.archive!r}", path=self.archive) from None
        except zipfile.BadZipFile:
            raise ZipImportError(f"bad local file header: {self.archive!r}", path=self.archive) from None

    def _module_code(self, fullname):
        """(code, is a package, path) from the first usable entry of the search order: a pyc
        that is valid for the source beside it, else the compiled source."""
        base = self._module_path(fullname)
        import_error = None
        for suffix, is_bytecode, is_package in _SEARCH_ORDER:
            name = base + suffix
            if name not in self._files:
                continue
            data = self._read(name)
            path = f"{self.archive}{path_sep}{name}"
            if is_bytecode:
                try:
                    code = self._unmarshal(name, fullname, data)
                except ImportError as exc:
                    import_error = exc
                    continue
                if code is None:  # stale for the source beside it
                    continue
            else:
                source = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
                code = compile(source, path, "exec", dont_inherit=True)
            return code, is_package, path
        if import_error is not None:
            raise ZipImportError(f"module load failed: {import_error}", name=fullname) from import_error
        raise ZipImportError(f"can't find module {fullname!r}", name=fullname)

    def _unmarshal(self, name, fullname, data):
        """The code of the pyc entry `name`, or None when its timestamp does not match the
        source beside it. A checked hash pyc that does not match raises ImportError."""
        import _imp
        import _sharpy_pycache
        from importlib.util import MAGIC_NUMBER, source_hash
        # Source checks apply to a well-formed header (bytes 0-16 have CPython's layout);
        # code_from_pyc reports anything else with CPython's errors.
        flags = int.from_bytes(data[4:8], "little") if len(data) >= 16 else -1
        if data[:4] == MAGIC_NUMBER and flags >= 0 and not flags & ~0b11:
            if flags & 0b1:
                check = _imp.check_hash_based_pycs
                if check != "never" and (flags & 0b10 or check == "always"):
                    source = self._source_beside(name)
                    if source is not None and source_hash(source) != data[8:16]:
                        raise ImportError(f"hash in bytecode doesn't match hash of source {fullname!r}",
                                          name=fullname, path=name)
            else:
                mtime, size = self._source_mtime_and_size(name)
                # The archive stores local times with 2-second resolution: one second of slack.
                if mtime and (abs(int.from_bytes(data[8:12], "little") - mtime) > 1
                              or int.from_bytes(data[12:16], "little") != size):
                    return None
        return _sharpy_pycache.code_from_pyc(data, fullname, name)

    def _source_beside(self, pyc_name):
        source_name = pyc_name[:-1]
        return self._read(source_name) if source_name in self._files else None

    def _source_mtime_and_size(self, pyc_name):
        info = self._files.get(pyc_name[:-1])
        if info is None:
            return 0, 0
        import time
        return time.mktime(info.date_time + (-1, -1, -1)), info.file_size

    def get_code(self, fullname):
        return self._module_code(fullname)[0]

    def get_data(self, pathname):
        key = pathname  # frozen-line: 208
        if pathname.startswith(self.archive + path_sep):  # frozen-line: 209
            key = pathname[len(self.archive + path_sep):]  # frozen-line: 210
        if key not in self._files:
            raise OSError(0, "", key)  # frozen-line: 215
        return self._read(key)

    def get_filename(self, fullname):
        return self._module_code(fullname)[2]

    def get_source(self, fullname):
        is_package = self._module_info(fullname)
        if is_package is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)  # frozen-line: 241
        base = self._module_path(fullname)
        name = base + path_sep + "__init__.py" if is_package else base + ".py"
        if name not in self._files:
            return None  # only bytecode in the archive  # frozen-line: 253
        return self._read(name).decode()

    def is_package(self, fullname):
        is_package = self._module_info(fullname)
        if is_package is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)  # frozen-line: 266
        return is_package

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import warnings
        warnings.warn("zipimport.zipimporter.load_module() is deprecated and slated for "
                      "removal in Python 3.12; use exec_module() instead", DeprecationWarning)
        code, is_package, path = self._module_code(fullname)
        module = sys.modules.get(fullname)
        if module is None or not isinstance(module, type(sys)):
            module = type(sys)(fullname)
            sys.modules[fullname] = module
        module.__loader__ = self
        try:
            if is_package:
                module.__path__ = [f"{self.archive}{path_sep}{self._module_path(fullname)}"]
            module.__file__ = path
            exec(code, module.__dict__)
        except BaseException:
            del sys.modules[fullname]  # frozen-line: 303
            raise  # frozen-line: 304
        try:
            return sys.modules[fullname]
        except KeyError:
            raise ImportError(f"Loaded module {fullname!r} not found in sys.modules") from None

    def get_resource_reader(self, fullname):
        try:
            if not self.is_package(fullname):  # frozen-line: 321
                return None  # frozen-line: 322
        except ZipImportError:
            return None  # frozen-line: 324
        return _ZipReader(self, fullname)

    def invalidate_caches(self):
        try:
            self._files = _read_directory(self.archive)  # frozen-line: 332
            _zip_directory_cache[self.archive] = self._files  # frozen-line: 333
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)  # frozen-line: 335
            self._files = {}  # frozen-line: 336

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'  # frozen-line: 340


class _ZipReader:
    """importlib.resources' view of a package inside an archive."""

    def __init__(self, loader, fullname):
        self.prefix = loader.prefix + fullname.rpartition(".")[2] + "/"
        self.archive = loader.archive

    def files(self):
        import zipfile
        return zipfile.Path(self.archive, self.prefix)

    def open_resource(self, resource):
        try:
            return self.files().joinpath(resource).open("rb")
        except KeyError as exc:
            raise FileNotFoundError(exc.args[0]) from None

    def is_resource(self, path):
        target = self.files().joinpath(path)
        return target.is_file() and target.exists()

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def contents(self):
        return (item.name for item in self.files().iterdir())
