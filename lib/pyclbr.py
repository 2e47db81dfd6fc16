"""A class and function browser: the top-level classes and functions of a module, with their
nesting, line numbers and base classes, found by parsing its source (nothing is imported).

readmodule(module, path=None) -> {name: Class} (top-level classes only)
readmodule_ex(module, path=None) -> {name: Class or Function}; a package's dict also has
'__path__'. Names imported with 'from m import x' are included when m's source can be read.
Base classes defined in this module (or a module read earlier) are Class objects, others are
their source text.
"""

import ast
import sys
import importlib.machinery
import importlib.util

__all__ = ["readmodule", "readmodule_ex", "Class", "Function"]

# Dotted module name -> its tree, so every module is read once per process.
_modules = {}


class _Object:
    """A class or function definition."""

    def __init__(self, module, name, file, lineno, end_lineno, parent):
        self.module = module
        self.name = name
        self.file = file
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.parent = parent
        self.children = {}
        if parent is not None:
            parent.children[name] = self


class Function(_Object):
    """A function or method definition."""

    def __init__(self, module, name, file, lineno, parent=None, is_async=False, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.is_async = is_async
        if isinstance(parent, Class):
            parent.methods[name] = lineno


class Class(_Object):
    """A class definition; `super` lists its bases, `methods` maps method names to lines."""

    def __init__(self, module, name, super_, file, lineno, parent=None, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.super = super_ or []
        self.methods = {}


def _nest_function(ob, func_name, lineno, end_lineno, is_async=False):
    return Function(ob.module, func_name, ob.file, lineno, parent=ob, is_async=is_async, end_lineno=end_lineno)


def _nest_class(ob, class_name, lineno, end_lineno, super=None):
    return Class(ob.module, class_name, super, ob.file, lineno, parent=ob, end_lineno=end_lineno)


def readmodule(module, path=None):
    """The top-level classes of a module (the interface from before functions were reported)."""
    return {name: value for name, value in _readmodule(module, path or []).items()
            if isinstance(value, Class)}


def readmodule_ex(module, path=None):
    """All top-level classes and functions of a module, searched on path + sys.path."""
    return _readmodule(module, path or [])


def _find_spec(fullname, search_path):
    module = sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
    return importlib.machinery.PathFinder.find_spec(fullname, search_path)


def _readmodule(module, path, inpackage=None):
    """The tree of `module`; with `inpackage`, a submodule of that package searched on `path` only."""
    fullmodule = module if inpackage is None else "%s.%s" % (inpackage, module)
    if fullmodule in _modules:
        return _modules[fullmodule]
    tree = {}
    if inpackage is None and module in sys.builtin_module_names:
        _modules[module] = tree
        return tree
    if '.' in module:
        # A dotted name: read the package first, then the submodule from its __path__.
        package, _, submodule = module.rpartition('.')
        parent = _readmodule(package, path, inpackage)
        if inpackage is not None:
            package = "%s.%s" % (inpackage, package)
        if '__path__' not in parent:
            raise ImportError('No package named {}'.format(package))
        return _readmodule(submodule, parent['__path__'], package)
    search_path = path if inpackage is not None else path + sys.path
    spec = _find_spec(fullmodule, search_path)
    if spec is None:
        raise ModuleNotFoundError(f"no module named {fullmodule!r}", name=fullmodule)
    _modules[fullmodule] = tree
    if spec.submodule_search_locations is not None:
        tree['__path__'] = spec.submodule_search_locations
    try:
        source = spec.loader.get_source(fullmodule)
    except (AttributeError, ImportError):
        return tree
    if source is None:
        return tree
    fname = spec.loader.get_filename(fullmodule)
    return _create_tree(fullmodule, path, fname, source, tree, inpackage)


class _ModuleBrowser(ast.NodeVisitor):
    """Collects definitions; `stack` holds the enclosing class/function objects."""

    def __init__(self, module, path, file, tree, inpackage):
        self.path = path
        self.tree = tree
        self.file = file
        self.module = module
        self.inpackage = inpackage
        self.stack = []

    def _resolve_base(self, base):
        name = ast.unparse(base)
        if name in self.tree:
            return self.tree[name]
        parts = name.split(".")
        if len(parts) > 1:
            # 'mod.Cls' resolves through a module read before; otherwise the base is dropped.
            module, cls = parts[-2], parts[-1]
            if module in _modules:
                return _modules[module].get(cls, name)
            return None
        return name

    def visit_ClassDef(self, node):
        bases = [b for b in map(self._resolve_base, node.bases) if b is not None]
        parent = self.stack[-1] if self.stack else None
        cls = Class(self.module, node.name, bases, self.file, node.lineno,
                    parent=parent, end_lineno=node.end_lineno)
        if parent is None:
            self.tree[node.name] = cls
        self.stack.append(cls)
        self.generic_visit(node)
        self.stack.pop()

    def visit_FunctionDef(self, node, *, is_async=False):
        parent = self.stack[-1] if self.stack else None
        function = Function(self.module, node.name, self.file, node.lineno,
                            parent, is_async, end_lineno=node.end_lineno)
        if parent is None:
            self.tree[node.name] = function
        self.stack.append(function)
        self.generic_visit(node)
        self.stack.pop()

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, is_async=True)

    def visit_Import(self, node):
        # Only unindented imports: they are the ones that surely run.
        if node.col_offset != 0:
            return
        for alias in node.names:
            try:
                try:
                    _readmodule(alias.name, self.path, self.inpackage)
                except ImportError:
                    _readmodule(alias.name, [])
            except (ImportError, SyntaxError):
                continue

    def visit_ImportFrom(self, node):
        if node.col_offset != 0:
            return
        try:
            name = "." * node.level + (node.module or "")
            module = _readmodule(name, self.path, self.inpackage)
        except (ImportError, SyntaxError):
            return
        for alias in node.names:
            if alias.name in module:
                self.tree[alias.asname or alias.name] = module[alias.name]
            elif alias.name == "*":
                for import_name, value in module.items():
                    if not import_name.startswith("_"):
                        self.tree[import_name] = value


def _create_tree(fullmodule, path, fname, source, tree, inpackage):
    browser = _ModuleBrowser(fullmodule, path, fname, tree, inpackage)
    browser.visit(ast.parse(source))
    return browser.tree


def _main():
    """Print the classes and functions of a module (default: this file), nested by indentation."""
    import os
    mod = sys.argv[1] if len(sys.argv) > 1 else __file__
    if os.path.exists(mod):
        path = [os.path.dirname(mod)]
        mod = os.path.basename(mod)
        if mod.lower().endswith(".py"):
            mod = mod[:-3]
    else:
        path = []
    tree = readmodule_ex(mod, path)
    by_line = lambda a: getattr(a, 'lineno', 0)
    pending = sorted(tree.values(), key=by_line, reverse=True)
    while pending:
        obj = pending.pop()
        if isinstance(obj, list):
            continue
        if not hasattr(obj, 'indent'):
            obj.indent = 0
        if isinstance(obj, _Object):
            children = sorted(obj.children.values(), key=by_line, reverse=True)
            for child in children:
                child.indent = obj.indent + 2
            pending.extend(children)
        if isinstance(obj, Class):
            print("{}class {} {} {}".format(' ' * obj.indent, obj.name, obj.super, obj.lineno))
        elif isinstance(obj, Function):
            print("{}def {} {}".format(' ' * obj.indent, obj.name, obj.lineno))


if __name__ == "__main__":
    _main()
