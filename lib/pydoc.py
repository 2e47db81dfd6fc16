"""Generate text documentation from Python objects (Sharpy's own implementation of pydoc's text side).

help(obj), help('dotted.name'), pydoc.render_doc, pydoc.getdoc, pydoc.describe, pydoc.locate and
`sharpy -m pydoc NAME` produce CPython 3.11's text layout: NAME/DESCRIPTION/CLASSES/FUNCTIONS/DATA/FILE
sections for modules, the " |  " ruled class listing with its method resolution order and members grouped
by kind and defining class, signatures from inspect.signature. Not provided: the HTML documentation and its
web server (-w, -p, -b), and the keyword/topic pages, which need pydoc_data.
"""

import builtins
import inspect
import os
import re
import sys
import sysconfig
from collections import deque
from reprlib import Repr

__all__ = ['help']

_HIDDEN_NAMES = frozenset({
    '__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__', '__file__', '__spec__',
    '__loader__', '__module__', '__name__', '__package__', '__path__', '__qualname__', '__slots__',
    '__version__'})


# ------------------------------------------------------------------------------------------- doc strings

def _own_doc(obj):
    """obj's __doc__ unless it is merely the one its type provides."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        type_doc = type(obj).__doc__
        if isinstance(type_doc, str) and type_doc == doc:
            return None
    return doc


def _class_of_function(func):
    """The class a plain function was defined in, found through its qualified name."""
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if inspect.isclass(owner) else None


def _inherited_doc(obj):
    """The docstring of the member this method or descriptor overrides in a base class."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        is_classmethod = inspect.isclass(owner) and getattr(getattr(owner, name, None), '__func__') is obj.__func__
        cls = owner if is_classmethod else owner.__class__
    elif inspect.isfunction(obj):
        name = obj.__name__
        cls = _class_of_function(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        is_classmethod = inspect.isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__
        cls = owner if is_classmethod else owner.__class__
    elif isinstance(obj, property):
        name = obj.fget.__name__
        cls = _class_of_function(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if inspect.ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(object):
    """Get the doc string or comments for an object."""
    result = _getdoc(object) or inspect.getcomments(object)
    return result and re.sub('^ *\n', '', result.rstrip()) or ''


def splitdoc(doc):
    """Split a doc string into a synopsis line (if any) and the rest."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


# ----------------------------------------------------------------------------------------- small helpers

def classname(object, modname):
    """Get a class name and qualify it with a module name if necessary."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    """Check if an object is of a type that probably means it's data."""
    return not (inspect.ismodule(object) or inspect.isclass(object) or inspect.isroutine(object)
                or inspect.isframe(object) or inspect.istraceback(object) or inspect.iscode(object))


def replace(text, *pairs):
    """Do a series of global replacements on a string."""
    for old, new in zip(pairs[::2], pairs[1::2]):
        text = text.replace(old, new)
    return text


def cram(text, maxlen):
    """Omit part of a string if needed to make it fit in a maximum length."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_ADDRESS = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """Remove the hexadecimal id from a Python object representation."""
    return _ADDRESS.sub(r'\1', text)


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


def allmethods(cl):
    methods = {}
    for key, value in inspect.getmembers(cl, inspect.isroutine):
        methods[key] = 1
    for base in cl.__bases__:
        methods.update(allmethods(base))
    for key in methods:
        methods[key] = getattr(cl, key)
    return methods


def _split_list(items, predicate):
    yes, no = [], []
    for item in items:
        (yes if predicate(item) else no).append(item)
    return yes, no


def visiblename(name, all=None, obj=None):
    """Decide whether to show documentation on a variable."""
    if name in _HIDDEN_NAMES:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):   # namedtuple methods and fields
        return True
    import __future__
    if obj is not __future__ and name in __future__.all_feature_names:
        if isinstance(getattr(obj, name, None), __future__._Feature):
            return False
    if all is not None:
        return name in all
    return not name.startswith('_')


def classify_class_attrs(object):
    """inspect.classify_class_attrs, with data descriptors and read-only properties told apart."""
    results = []
    for name, kind, cls, value in inspect.classify_class_attrs(object):
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            # A property subclass with its own __set__ stands for a C descriptor (namedtuple fields are
            # _collections._tuplegetter in CPython): not a read-only property.
            if isinstance(value, property) and value.fset is None and type(value).__set__ is property.__set__:
                kind = 'readonly property'
        results.append((name, kind, cls, value))
    return results


def sort_attributes(attrs, object):
    """Sort attrs in place: a namedtuple's fields first in their order, then by name."""
    fields = getattr(object, '_fields', [])
    try:
        field_order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        field_order = {}
    attrs.sort(key=lambda attr: (field_order.get(attr[0], 0), attr[0]))


def ispackage(path):
    """Guess whether a path refers to a package directory."""
    if os.path.isdir(path):
        return any(os.path.isfile(os.path.join(path, '__init__' + ext)) for ext in ('.py', '.pyc'))
    return False


def pathdirs():
    """Convert sys.path into a list of absolute, existing, unique paths."""
    dirs, seen = [], set()
    for entry in sys.path:
        entry = os.path.abspath(entry or '.')
        normal = os.path.normcase(entry)
        if normal not in seen and os.path.isdir(entry):
            dirs.append(entry)
            seen.add(normal)
    return dirs


def source_synopsis(file):
    """The first line of the module docstring of the source read from file, or None."""
    import tokenize
    tokens = tokenize.generate_tokens(file.readline)
    for tok in tokens:
        if tok.type not in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
            break
    else:
        return None
    if tok.type != tokenize.STRING:
        return None
    import ast
    try:
        text = ast.literal_eval(tok.string)
    except (ValueError, SyntaxError):
        return None
    return text.strip().split('\n')[0].strip() if isinstance(text, str) else None


def synopsis(filename, cache={}):
    """Get the one-line summary out of a module file."""
    mtime = os.stat(filename).st_mtime
    cached = cache.get(filename)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        with open(filename, encoding='utf-8') as file:
            result = source_synopsis(file)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return None
    cache[filename] = (mtime, result)
    return result


# -------------------------------------------------------------------------------------------- importing

class ErrorDuringImport(Exception):
    """Errors that occurred while trying to import something to document it."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def importfile(path):
    """Import a Python source file or compiled file given its path."""
    import importlib.util
    import importlib.machinery
    with open(path, 'rb') as file:
        is_bytecode = file.read(len(importlib.util.MAGIC_NUMBER)) == importlib.util.MAGIC_NUMBER
    name = os.path.splitext(os.path.basename(path))[0]
    loader_class = importlib.machinery.SourcelessFileLoader if is_bytecode else importlib.machinery.SourceFileLoader
    loader = loader_class(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    try:
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)
        return module
    except BaseException:
        raise ErrorDuringImport(path, sys.exc_info())


def safeimport(path, forceload=0, cache={}):
    """Import a module; return None if it is not found; wrap errors raised while importing it."""
    try:
        if forceload and path in sys.modules and path not in sys.builtin_module_names:
            for key in [path] + [m for m in sys.modules if m.startswith(path + '.')]:
                cache[key] = sys.modules.pop(key)
        module = __import__(path)
    except BaseException:
        exc, value, tb = info = sys.exc_info()
        if path in sys.modules:
            raise ErrorDuringImport(sys.modules[path].__file__, info)
        if exc is SyntaxError:
            raise ErrorDuringImport(value.filename, info)
        if issubclass(exc, ImportError) and value.name == path:
            return None
        raise ErrorDuringImport(path, info)
    for part in path.split('.')[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


# ---------------------------------------------------------------------------------------------- formatters

class Doc:
    PYTHONDOCS = os.environ.get("PYTHONDOCS", "https://docs.python.org/%d.%d/library" % sys.version_info[:2])

    def document(self, object, name=None, *args):
        """Generate documentation for an object."""
        args = (object, name) + args
        try:
            if inspect.ismodule(object):
                return self.docmodule(*args)
            if inspect.isclass(object):
                return self.docclass(*args)
            if inspect.isroutine(object):
                return self.docroutine(*args)
        except AttributeError:   # objects inspect misjudges (super instances, ...) are documented as data
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    def fail(self, object, name=None, *args):
        """Raise an exception for unimplemented types."""
        raise TypeError("don't know how to document object%s of type %s"
                        % (name and ' ' + repr(name), type(object).__name__))

    docmodule = docclass = docroutine = docother = docproperty = docdata = fail

    def getdocloc(self, object, basedir=sysconfig.get_path('stdlib')):
        """Return the location of module docs or None."""
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        docloc = os.environ.get("PYTHONDOCS", self.PYTHONDOCS)
        basedir = os.path.normcase(basedir)
        always = ('errno', 'exceptions', 'gc', 'imp', 'marshal', 'posix', 'signal', 'sys', '_thread', 'zipimport')
        in_stdlib = file.startswith(basedir) and not file.startswith(os.path.join(basedir, 'site-packages'))
        if (isinstance(object, type(os)) and (object.__name__ in always or in_stdlib)
                and object.__name__ not in ('xml.etree', 'test.pydoc_mod')):
            if docloc.startswith(("http://", "https://")):
                return "{}/{}.html".format(docloc.rstrip("/"), object.__name__.lower())
            return os.path.join(docloc, object.__name__.lower() + ".html")
        return None


class TextRepr(Repr):
    """Class for safely making a text representation of a Python object."""

    def __init__(self):
        Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
            if method is not None:
                return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        test = cram(x, self.maxstring)
        testrepr = repr(test)
        if '\\' in test and '\\' not in testrepr.replace(r'\\', ''):
            # The backslashes are all literal: a raw string shows them as they are.
            return 'r' + testrepr[0] + test + testrepr[0]
        return testrepr

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except Exception:
            return '<%s instance>' % x.__class__.__name__


class TextDoc(Doc):
    """Formatter class for text documentation."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        """Format a string in bold by overstriking."""
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        """Indent text by prepending a given prefix to each line."""
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        """Format a section with a given heading."""
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def formattree(self, tree, modname, parent=None, prefix=''):
        """Render in text a class tree as returned by inspect.getclasstree()."""
        result = ''
        cls = parent
        for entry in tree:
            if type(entry) is tuple:
                cls, bases = entry
                result += prefix + classname(cls, modname)
                if bases and bases != (parent,):
                    result += '(%s)' % ', '.join(classname(b, modname) for b in bases)
                result += '\n'
            elif type(entry) is list:
                result += self.formattree(entry, modname, cls, prefix + '    ')
        return result

    def docmodule(self, object, name=None, mod=None):
        """Produce text documentation for a given module object."""
        name = object.__name__
        synop, desc = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synop and ' - ' + synop))
        all = getattr(object, '__all__', None)
        docloc = self.getdocloc(object)
        if docloc is not None:
            result += self.section('MODULE REFERENCE', docloc + """

The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
""")
        if desc:
            result += self.section('DESCRIPTION', desc)

        classes = [(key, value) for key, value in inspect.getmembers(object, inspect.isclass)
                   if (all is not None or (inspect.getmodule(value) or object) is object)
                   and visiblename(key, all, object)]
        funcs = [(key, value) for key, value in inspect.getmembers(object, inspect.isroutine)
                 if (all is not None or inspect.isbuiltin(value) or inspect.getmodule(value) is object)
                 and visiblename(key, all, object)]
        data = [(key, value) for key, value in inspect.getmembers(object, isdata)
                if visiblename(key, all, object)]

        package_names = set()
        if hasattr(object, '__path__'):
            import pkgutil
            entries = []
            for _, modname, ispkg in pkgutil.iter_modules(object.__path__):
                package_names.add(modname)
                entries.append(modname + ' (package)' if ispkg else modname)
            result += self.section('PACKAGE CONTENTS', '\n'.join(sorted(entries)))

        submodules = sorted(key for key, value in inspect.getmembers(object, inspect.ismodule)
                            if value.__name__.startswith(name + '.') and key not in package_names)
        if submodules:
            result += self.section('SUBMODULES', '\n'.join(submodules))

        if classes:
            contents = [self.formattree(inspect.getclasstree([value for _, value in classes], 1), name)]
            contents += [self.document(value, key, name) for key, value in classes]
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            result += self.section('FUNCTIONS', '\n'.join(self.document(value, key, name) for key, value in funcs))
        if data:
            result += self.section('DATA', '\n'.join(self.docother(value, key, name, maxlen=70)
                                                     for key, value in data))
        if hasattr(object, '__version__'):
            version = str(object.__version__)
            if version[:11] == '$' + 'Revision: ' and version[-1:] == '$':
                version = version[11:-1].strip()
            result += self.section('VERSION', version)
        for attr, title in (('__date__', 'DATE'), ('__author__', 'AUTHOR'), ('__credits__', 'CREDITS')):
            if hasattr(object, attr):
                result += self.section(title, str(getattr(object, attr)))
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        return result + self.section('FILE', file)

    def docclass(self, object, name=None, mod=None, *ignored):
        """Produce text documentation for a given class object."""
        realname = object.__name__
        name = name or realname
        bases = object.__bases__

        def makename(c, m=object.__module__):
            return classname(c, m)

        title = 'class ' + self.bold(realname) if name == realname else self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(map(makename, bases))

        contents = []
        push = contents.append
        try:
            signature = inspect.signature(object)
        except (ValueError, TypeError):
            signature = None
        if signature:
            argspec = str(signature)
            if argspec and argspec != '()':
                push(name + argspec + '\n')
        doc = getdoc(object)
        if doc:
            push(doc + '\n')

        mro = deque(inspect.getmro(object))
        if len(mro) > 2:
            push("Method resolution order:")
            for base in mro:
                push('    ' + makename(base))
            push('')

        subclasses = sorted((str(cls.__name__) for cls in type.__subclasses__(object)
                             if not cls.__name__.startswith("_") and cls.__module__ == "builtins"), key=str.lower)
        if subclasses:
            push("Built-in subclasses:")
            for subclass in subclasses[:4]:
                push('    ' + subclass)
            if len(subclasses) > 4:
                push('    ... and ' + str(len(subclasses) - 4) + ' other subclasses')
            push('')

        rule_needed = [False]

        def rule():
            # A horizontal rule between two sections, none before the first.
            if rule_needed[0]:
                push('-' * 70)
            rule_needed[0] = True

        def spill(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                rule()
                push(msg)
                for attr_name, kind, homecls, value in ok:
                    try:
                        value = getattr(object, attr_name)
                    except Exception:      # a descriptor whose __get__ fails on the class
                        push(self.docdata(value, attr_name, mod))
                    else:
                        push(self.document(value, attr_name, mod, object))
            return attrs

        def spilldescriptors(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                rule()
                push(msg)
                for attr_name, kind, homecls, value in ok:
                    push(self.docdata(value, attr_name, mod))
            return attrs

        def spilldata(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                rule()
                push(msg)
                for attr_name, kind, homecls, value in ok:
                    doc = getdoc(value)
                    try:
                        obj = getattr(object, attr_name)
                    except AttributeError:
                        obj = homecls.__dict__[attr_name]
                    push(self.docother(obj, attr_name, mod, maxlen=70, doc=doc) + '\n')
            return attrs

        attrs = [(attr_name, kind, cls, value) for attr_name, kind, cls, value in classify_class_attrs(object)
                 if visiblename(attr_name, obj=object)]
        while attrs:
            thisclass = mro.popleft() if mro else attrs[0][2]
            attrs, inherited = _split_list(attrs, lambda t: t[2] is thisclass)
            if object is not builtins.object and thisclass is builtins.object:
                attrs = inherited
                continue
            tag = "defined here" if thisclass is object else "inherited from %s" % classname(thisclass, object.__module__)
            sort_attributes(attrs, object)
            attrs = spill("Methods %s:\n" % tag, attrs, lambda t: t[1] == 'method')
            attrs = spill("Class methods %s:\n" % tag, attrs, lambda t: t[1] == 'class method')
            attrs = spill("Static methods %s:\n" % tag, attrs, lambda t: t[1] == 'static method')
            attrs = spilldescriptors("Readonly properties %s:\n" % tag, attrs, lambda t: t[1] == 'readonly property')
            attrs = spilldescriptors("Data descriptors %s:\n" % tag, attrs, lambda t: t[1] == 'data descriptor')
            attrs = spilldata("Data and other attributes %s:\n" % tag, attrs, lambda t: t[1] == 'data')
            assert attrs == []
            attrs = inherited

        contents = '\n'.join(contents)
        if not contents:
            return title + '\n'
        return title + '\n' + self.indent(contents.rstrip(), ' |  ') + '\n'

    def formatvalue(self, object):
        """Format an argument default value as text."""
        return '=' + self.repr(object)

    def docroutine(self, object, name=None, mod=None, cl=None):
        """Produce text documentation for a function or method object."""
        realname = object.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(object):
            imclass = object.__self__.__class__
            if cl:
                if imclass is not cl:
                    note = ' from ' + classname(imclass, mod)
            elif object.__self__ is not None:
                note = ' method of %s instance' % classname(object.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % classname(imclass, mod)

        qualifier = 'async ' if inspect.iscoroutinefunction(object) or inspect.isasyncgenfunction(object) else ''
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is object:
                skipdocs = True      # an alias of a method documented under its own name
            title = self.bold(name) + ' = ' + realname

        argspec = None
        if inspect.isroutine(object):
            try:
                signature = inspect.signature(object)
            except (ValueError, TypeError):
                signature = None
            if signature:
                argspec = str(signature)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    argspec = argspec[1:-1]
        decl = qualifier + title + (argspec or '(...)') + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(object) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, object, name=None, mod=None, cl=None):
        """Produce text documentation for a data descriptor."""
        result = ''
        if name:
            result += self.bold(name) + '\n'
        doc = getdoc(object) or ''
        if doc:
            result += self.indent(doc) + '\n'
        return result

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, maxlen=None, doc=None):
        """Produce text documentation for a data object."""
        text = self.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + text
            chop = maxlen - len(line)
            if chop < 0:
                text = text[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + text
        if not doc:
            doc = getdoc(object)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


class _PlainTextDoc(TextDoc):
    """TextDoc without the overstruck bold."""

    def bold(self, text):
        return text


# ---------------------------------------------------------------------------------------------- paging

def plain(text):
    """Remove boldface formatting from text."""
    return re.sub('.\b', '', text)


def _escape_stdout(text):
    # Characters the console cannot encode are shown as backslash escapes.
    encoding = getattr(sys.stdout, 'encoding', None) or 'utf-8'
    return text.encode(encoding, 'backslashreplace').decode(encoding)


def plainpager(text):
    """Simply print unformatted text."""
    sys.stdout.write(plain(_escape_stdout(text)))


def pipepager(text, cmd):
    """Page through text by feeding it to another program."""
    import subprocess
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, errors='backslashreplace')
    try:
        with proc.stdin as pipe:
            try:
                pipe.write(text)
            except KeyboardInterrupt:
                pass
    except OSError:
        pass      # the pager quit early
    while True:
        try:
            proc.wait()
            break
        except KeyboardInterrupt:
            pass  # the pager handles ^C itself


def getpager():
    """Decide what method to use for paging through text."""
    if not hasattr(sys.stdin, "isatty") or not hasattr(sys.stdout, "isatty"):
        return plainpager
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        return plainpager
    use_pager = os.environ.get('MANPAGER') or os.environ.get('PAGER')
    if use_pager:
        if os.environ.get('TERM') in ('dumb', 'emacs'):
            return lambda text: pipepager(plain(text), use_pager)
        return lambda text: pipepager(text, use_pager)
    if os.environ.get('TERM') in ('dumb', 'emacs'):
        return plainpager
    if hasattr(os, 'system') and os.system('(less) 2>/dev/null') == 0:
        return lambda text: pipepager(text, 'less')
    return plainpager


def pager(text):
    """The first time this is called, determine what kind of pager to use."""
    global pager
    pager = getpager()
    pager(text)


# ----------------------------------------------------------------------------------------- entry points

def describe(thing):
    """Produce a short description of the given thing."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        return ('package ' if hasattr(thing, '__path__') else 'module ') + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        return 'getset descriptor %s.%s.%s' % (thing.__objclass__.__module__, thing.__objclass__.__name__,
                                               thing.__name__)
    if inspect.ismemberdescriptor(thing):
        return 'member descriptor %s.%s.%s' % (thing.__objclass__.__module__, thing.__objclass__.__name__,
                                               thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    """Locate an object by name or dotted path, importing as necessary."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        nextmodule = safeimport('.'.join(parts[:n + 1]), forceload)
        if not nextmodule:
            break
        module, n = nextmodule, n + 1
    object = module if module else builtins
    for part in parts[n:]:
        try:
            object = getattr(object, part)
        except AttributeError:
            return None
    return object


text = TextDoc()
plaintext = _PlainTextDoc()


def resolve(thing, forceload=0):
    """Given an object or a path to an object, get the object and its name."""
    if isinstance(thing, str):
        object = locate(thing, forceload)
        if object is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return object, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """Render text documentation, given an object or a path to an object."""
    if renderer is None:
        renderer = text
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = inspect.getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(object) or inspect.isclass(object) or inspect.isroutine(object)
            or inspect.isdatadescriptor(object) or _getdoc(object)):
        # Data or an instance: document its type's methods instead of its value.
        if hasattr(object, '__origin__'):
            object = object.__origin__
        else:
            object = type(object)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(object, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None, is_cli=False):
    """Display text documentation, given an object or a path to an object."""
    if output is None:
        try:
            pager(render_doc(thing, title, forceload))
        except ImportError as exc:
            if is_cli:
                raise
            print(exc)
    else:
        try:
            page = render_doc(thing, title, forceload, plaintext)
        except ImportError as exc:
            page = str(exc)
        output.write(page)


def writedoc(thing, forceload=0):
    """HTML documentation is not available in Sharpy."""
    raise NotImplementedError("pydoc: HTML documentation is not available in Sharpy")


class Helper:
    """help(): documentation of objects, modules and dotted names; an interactive help> prompt."""

    _TOPICS_MISSING = ('Sorry, topic and keyword documentation is not available because the\n'
                       'module "pydoc_data.topics" could not be found.\n')

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        if inspect.stack()[1][3] == '?':
            self()
            return ''
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as e:
                self.output.write(f'{e}\n')
        else:
            self.intro()
            self.interact()
            self.output.write('''
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
''')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if (len(request) > 2 and request[0] == request[-1] in ("'", '"')
                    and request[0] not in request[1:-1]):
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        """Read one line, using input() when appropriate."""
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            import keyword
            if request == 'keywords':
                self.listkeywords()
            elif request in ('symbols', 'topics') or request in keyword.kwlist and request not in (
                    'True', 'False', 'None'):
                self.output.write(self._TOPICS_MISSING)
            elif request == 'modules' or request[:8] == 'modules ':
                self.listmodules(request[8:].strip())
            elif request in ('True', 'False', 'None'):
                doc(eval(request), 'Help on %s:', is_cli=is_cli)
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')

    def intro(self):
        self.output.write('''
Welcome to Python {0}'s help utility!

If this is your first time using Python, you should definitely check out
the tutorial on the internet at https://docs.python.org/{0}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To quit this help utility and
return to the interpreter, just type "quit".

To get a list of available modules, keywords, symbols, or topics, type
"modules", "keywords", "symbols", or "topics".  Each module also comes
with a one-line summary of what it does; to list the modules whose name
or summary contain a given string such as "spam", type "modules spam".
'''.format('%d.%d' % sys.version_info[:2]))

    def list(self, items, columns=4, width=80):
        items = sorted(items)
        colw = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for col in range(columns):
                i = col * rows + row
                if i < len(items):
                    self.output.write(items[i])
                    if col < columns - 1:
                        self.output.write(' ' + ' ' * (colw - 1 - len(items[i])))
            self.output.write('\n')

    def listkeywords(self):
        import keyword
        self.output.write('''
Here is a list of the Python keywords.  Enter any keyword to get more help.

''')
        self.list(keyword.kwlist)

    def listmodules(self, key=''):
        import pkgutil
        if key:
            self.output.write('''
Here is a list of modules whose name or summary contains '{}'.
If there are any, enter a module name to get more help.

'''.format(key))
            apropos(key)
            return
        self.output.write('''
Please wait a moment while I gather a list of all available modules...

''')
        names = set(sys.builtin_module_names)
        for _, name, _ in pkgutil.iter_modules():
            names.add(name)
        self.list([n for n in names if not n.startswith('_') or n in sys.builtin_module_names])
        self.output.write('''
Enter any module name to get more help.  Or, type "modules spam" to search
for modules whose name or summary contain the string "spam".
''')


help = Helper()


def apropos(key):
    """Print all the one-line module summaries that contain a substring."""
    import pkgutil
    key = key.lower()
    for finder, name, ispkg in pkgutil.iter_modules():
        path = getattr(finder, 'path', None)
        desc = ''
        if path:
            filename = os.path.join(path, name, '__init__.py') if ispkg else os.path.join(path, name + '.py')
            if os.path.isfile(filename):
                desc = synopsis(filename) or ''
        if key in (name + ' - ' + desc).lower():
            print(name, desc and '- ' + desc)


def cli():
    """Command-line interface: `pydoc NAME ...` and `pydoc -k KEYWORD`."""
    import getopt

    class BadUsage(Exception):
        pass

    if sys.path[0] not in (os.curdir, os.getcwd()) and '' not in sys.path:
        sys.path.insert(0, os.curdir)
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'bk:n:p:w')
        for opt, val in opts:
            if opt == '-k':
                apropos(val)
                return
            raise BadUsage
        if not args:
            raise BadUsage
        for arg in args:
            if ispath(arg) and not os.path.exists(arg):
                print('file %r does not exist' % arg)
                sys.exit(1)
            try:
                if ispath(arg) and os.path.isfile(arg):
                    arg = importfile(arg)
                help.help(arg, is_cli=True)
            except (ImportError, ErrorDuringImport) as value:
                print(value)
                sys.exit(1)
    except (getopt.error, BadUsage):
        cmd = os.path.splitext(os.path.basename(sys.argv[0]))[0]
        print(f"""pydoc - the Python documentation tool

{cmd} <name> ...
    Show text documentation on something.  <name> may be the name of a
    Python keyword, topic, function, module, or package, or a dotted
    reference to a class or function within a module or module in a
    package.  If <name> contains a '{os.sep}', it is used as the path to a
    Python source file to document. If name is 'keywords', 'topics',
    or 'modules', a listing of these things is displayed.

{cmd} -k <keyword>
    Search for a keyword in the synopsis lines of all available modules.
""")
        sys.exit(2)


def ispath(x):
    return isinstance(x, str) and x.find(os.sep) >= 0


if __name__ == '__main__':
    cli()
