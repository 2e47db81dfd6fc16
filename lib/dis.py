"""Disassembler of Sharpy bytecode, with CPython 3.11's dis API and listing layout.

Sharpy's instructions are CPython 3.11's names and numbers without inline CACHE entries and without
RESUME, with absolute jump targets (docs/bytecode.md), so listings resemble CPython's but offsets and
some instructions differ. Decoding happens in the native _sharpy_dis module; this module formats.
"""
import collections
import io
import sys
import types

import _sharpy_dis
from opcode import *
from opcode import __all__ as _opcodes_all, _nb_ops

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode", "Positions"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type)

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED", 32: "GENERATOR",
    64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def _try_compile(source, name):
    """Compile source as an expression if possible, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _unwrap(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    return x


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a class, method, function, generator, coroutine, code object, source string or
    raw bytecode; without an argument, the last traceback."""
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last one), marking the failing instruction."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def pretty_flags(flags):
    """The names of the code flags set in flags, e.g. 'OPTIMIZED, NEWLOCALS'."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """Details of the code object of x, formatted as text."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, values, fmt in (("Constants:", co.co_consts, "%4d: %r"), ("Names:", co.co_names, "%4d: %s"),
                               ("Variable names:", co.co_varnames, "%4d: %s"),
                               ("Free variables:", co.co_freevars, "%4d: %s"),
                               ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if values:
            lines.append(title)
            lines.extend(fmt % item for item in enumerate(values))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to file (default stdout)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction", "opname opcode arg argval argrepr offset starts_line is_jump_target positions",
    defaults=[None])
_Instruction.opname.__doc__ = "Human readable name for operation"
_Instruction.opcode.__doc__ = "Numeric code for operation"
_Instruction.arg.__doc__ = "Numeric argument to operation (if any), otherwise None"
_Instruction.argval.__doc__ = "Resolved arg value (if known), otherwise same as arg"
_Instruction.argrepr.__doc__ = "Human readable description of operation argument"
_Instruction.offset.__doc__ = "Start index of operation within bytecode sequence"
_Instruction.starts_line.__doc__ = "Line started by this opcode (if any), otherwise None"
_Instruction.is_jump_target.__doc__ = "True if other code jumps to here, otherwise False"
_Instruction.positions.__doc__ = "dis.Positions object holding the span of source code covered by this instruction"

_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry", "start end target depth lasti")


class Instruction(_Instruction):
    """Details for a bytecode operation (see the _Instruction field docs)."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append("%*d" % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _argval(co, kind, arg, native_repr):
    """(argval, argrepr) of an instruction whose argument is arg, as CPython's dis resolves them."""
    if arg is None:
        return None, ''
    if kind == 'Const':
        value = co.co_consts[arg] if co is not None and arg < len(co.co_consts) else arg
        return value, repr(value) if co is not None else native_repr
    if kind == 'Name':
        return (co.co_names[arg] if co is not None else arg), native_repr
    if kind == 'GlobalName':
        return (co.co_names[arg >> 1] if co is not None else arg), native_repr
    if kind == 'Local':
        return (co.co_varnames[arg] if co is not None else arg), native_repr
    if kind == 'Free':
        if co is None:
            return arg, native_repr
        names = co.co_cellvars + co.co_freevars
        return (names[arg] if arg < len(names) else arg), native_repr
    if kind == 'Jump':
        return arg * 2, native_repr
    if kind == 'Compare':
        return (cmp_op[arg] if arg < len(cmp_op) else arg), native_repr
    return arg, native_repr


def _instructions(co, raw=None):
    rows = _sharpy_dis.instructions(co) if co is not None else _raw_instructions(raw)
    for opname, opcode, arg, kind, native_repr, offset, starts_line, is_target, positions in rows:
        argval, argrepr = _argval(co, kind, arg, native_repr)
        yield Instruction(opname, opcode, arg, argval, argrepr, offset, starts_line, is_target,
                          Positions(*positions))


def _raw_instructions(code):
    """Decode raw bytecode (no code object: no names or constants to resolve)."""
    rows = []
    targets = set(findlabels(code))
    extended = 0
    for i in range(0, len(code) - 1, 2):
        op, arg = code[i], code[i + 1] | extended
        extended = arg << 8 if op == EXTENDED_ARG else 0
        kind = _sharpy_dis.kinds.get(op, 'None')
        has_arg = op >= HAVE_ARGUMENT
        native_repr = ('to %d' % (arg * 2)) if kind == 'Jump' else ''
        rows.append((opname[op], op, arg if has_arg else None, kind, native_repr, i, None, i in targets,
                     (None, None, None, None)))
    return rows


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of x (a function, method, code object, source string...)."""
    co = _get_code_object(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    for ins in _instructions(co):
        if offset and ins.starts_line is not None:
            ins = ins._replace(starts_line=ins.starts_line + offset)
        yield ins


def findlabels(code):
    """The byte offsets that are jump targets in raw bytecode."""
    labels = []
    extended = 0
    for i in range(0, len(code) - 1, 2):
        op, arg = code[i], code[i + 1] | extended
        extended = arg << 8 if op == EXTENDED_ARG else 0
        if op in hasjabs and arg * 2 not in labels:
            labels.append(arg * 2)
    return labels


def findlinestarts(code):
    """Yield (offset, lineno) where each source line starts."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _exception_entries(co):
    return [_ExceptionTableEntry(*entry) for entry in _sharpy_dis.exception_table(co)]


def _disassemble_bytes(code, lasti=-1, *, file=None, co=None, line_offset=0):
    instructions = list(_instructions(co) if co is not None else _instructions(None, raw=code))
    lines = [ins.starts_line for ins in instructions if ins.starts_line is not None]
    lineno_width = 3
    if lines and max(lines) + line_offset >= 1000:
        lineno_width = len(str(max(lines) + line_offset))
    if not lines and co is None:
        lineno_width = 0
    raw = co.co_code if co is not None else code
    offset_width = 4
    if len(raw) - 2 >= 10000:
        offset_width = len(str(len(raw) - 2))
    for ins in instructions:
        if ins.starts_line is not None and ins.offset > 0:
            print(file=file)
        if line_offset and ins.starts_line is not None:
            ins = ins._replace(starts_line=ins.starts_line + line_offset)
        print(ins._disassemble(lineno_width, ins.offset == lasti, offset_width), file=file)
    entries = _exception_entries(co) if co is not None else []
    if entries:
        print("ExceptionTable:", file=file)
        for entry in entries:
            lasti_mark = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - 2} -> {entry.target} [{entry.depth}]{lasti_mark}", file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object, marking the instruction at lasti."""
    _disassemble_bytes(co.co_code, lasti, file=file, co=co)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth -= 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


class Bytecode:
    """The bytecode of a function, method, code object or source string, as an iterable of
    Instructions; dis() gives the listing and info() the code details."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _exception_entries(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        for ins in _instructions(self.codeobj):
            if self._line_offset and ins.starts_line is not None:
                ins = ins._replace(starts_line=ins.starts_line + self._line_offset)
            yield ins

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        with io.StringIO() as output:
            offset = -1 if self.current_offset is None else self.current_offset
            _disassemble_bytes(self.codeobj.co_code, offset, file=output, co=self.codeobj,
                               line_offset=self._line_offset)
            return output.getvalue()


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    dis(compile(source, args.infile.name, "exec"))


if __name__ == "__main__":
    main()
