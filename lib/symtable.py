"""Symbol tables of Python source: the scopes the compiler finds and how it binds each name.

Built on `_symtable`, which runs Sharpy's own parser and symbol analysis (the ones compilation uses).
"""

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM,
                       DEF_IMPORT, DEF_BOUND, DEF_ANNOT, SCOPE_OFF, SCOPE_MASK, FREE,
                       LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, CELL)

import weakref

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]


def symtable(code, filename, compile_type):
    """The top-level SymbolTable of `code`, compiled as compile(code, filename, compile_type) would."""
    return _newSymbolTable(_symtable.symtable(code, filename, compile_type), filename)


class SymbolTableFactory:
    """Makes one wrapper per (raw entry, filename), so repeated lookups return the same object."""

    def __init__(self):
        self.__memo = weakref.WeakValueDictionary()

    def new(self, table, filename):
        if table.type == _symtable.TYPE_FUNCTION:
            return Function(table, filename)
        if table.type == _symtable.TYPE_CLASS:
            return Class(table, filename)
        return SymbolTable(table, filename)

    def __call__(self, table, filename):
        key = table, filename
        obj = self.__memo.get(key, None)
        if obj is None:
            obj = self.__memo[key] = self.new(table, filename)
        return obj


_newSymbolTable = SymbolTableFactory()


def _scope(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class SymbolTable:
    """One namespace block: the module, a class body or a function body."""

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        kind = "" if self.__class__ == SymbolTable else "%s " % self.__class__.__name__
        if self._table.name == "top":
            return "<{0}SymbolTable for module {1}>".format(kind, self._filename)
        return "<{0}SymbolTable for {1} in {2}>".format(kind, self._table.name, self._filename)

    def get_type(self):
        """'module', 'function' or 'class'."""
        kind = self._table.type
        if kind == _symtable.TYPE_MODULE:
            return "module"
        if kind == _symtable.TYPE_FUNCTION:
            return "function"
        if kind == _symtable.TYPE_CLASS:
            return "class"
        assert kind in (1, 2, 3), "unexpected type: {0}".format(kind)

    def get_id(self):
        return self._table.id

    def get_name(self):
        """The class or function name, or 'top' for the module."""
        return self._table.name

    def get_lineno(self):
        return self._table.lineno

    def is_optimized(self):
        """Whether locals live in fast slots (function blocks)."""
        return bool(self._table.type == _symtable.TYPE_FUNCTION)

    def is_nested(self):
        return bool(self._table.nested)

    def has_children(self):
        return bool(self._table.children)

    def get_identifiers(self):
        return self._table.symbols.keys()

    def lookup(self, name):
        """The Symbol for `name` (KeyError when the block never mentions it)."""
        sym = self._symbols.get(name)
        if sym is None:
            flags = self._table.symbols[name]
            namespaces = [_newSymbolTable(child, self._filename)
                          for child in self._table.children if child.name == name]
            sym = self._symbols[name] = Symbol(name, flags, namespaces,
                                               module_scope=(self._table.name == "top"))
        return sym

    def get_symbols(self):
        return [self.lookup(ident) for ident in self.get_identifiers()]

    def get_children(self):
        return [_newSymbolTable(child, self._filename) for child in self._table.children]


class Function(SymbolTable):
    """A function block; the name groups are computed once."""

    __params = None
    __locals = None
    __frees = None
    __globals = None
    __nonlocals = None

    def __idents_matching(self, test):
        return tuple(ident for ident in self.get_identifiers() if test(self._table.symbols[ident]))

    def get_parameters(self):
        if self.__params is None:
            self.__params = self.__idents_matching(lambda flags: flags & DEF_PARAM)
        return self.__params

    def get_locals(self):
        if self.__locals is None:
            self.__locals = self.__idents_matching(lambda flags: _scope(flags) in (LOCAL, CELL))
        return self.__locals

    def get_globals(self):
        if self.__globals is None:
            self.__globals = self.__idents_matching(
                lambda flags: _scope(flags) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))
        return self.__globals

    def get_nonlocals(self):
        if self.__nonlocals is None:
            self.__nonlocals = self.__idents_matching(lambda flags: flags & DEF_NONLOCAL)
        return self.__nonlocals

    def get_frees(self):
        if self.__frees is None:
            self.__frees = self.__idents_matching(lambda flags: _scope(flags) == FREE)
        return self.__frees


class Class(SymbolTable):
    """A class body."""

    __methods = None

    def get_methods(self):
        """Names of the blocks nested directly in the class, without repeats."""
        if self.__methods is None:
            self.__methods = tuple(dict.fromkeys(child.name for child in self._table.children))
        return self.__methods


class Symbol:
    """One name of a block with what the compiler decided about it."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope(flags)
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        return "<symbol {0!r}>".format(self.__name)

    def get_name(self):
        return self.__name

    def is_referenced(self):
        """Whether the block reads the name."""
        return bool(self.__flags & _symtable.USE)

    def is_parameter(self):
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_nonlocal(self):
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        """Whether a global statement names it."""
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self.__scope in (LOCAL, CELL)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_annotated(self):
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        """Whether the name refers to a variable of an enclosing function."""
        return bool(self.__scope == FREE)

    def is_imported(self):
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        """Whether a def or class statement in this block binds the name."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        return self.__namespaces

    def get_namespace(self):
        """The one block bound to the name; ValueError for none or several."""
        if len(self.__namespaces) == 0:
            raise ValueError("name is not bound to any namespaces")
        if len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]


if __name__ == "__main__":
    import os
    import sys
    with open(sys.argv[0]) as f:
        src = f.read()
    mod = symtable(src, os.path.split(sys.argv[0])[1], "exec")
    for ident in mod.get_identifiers():
        info = mod.lookup(ident)
        print(info, info.is_local(), info.is_namespace())
