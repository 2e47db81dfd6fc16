r"""Utilities to compile possibly incomplete Python source code.

This module provides two interfaces, broadly similar to the builtin
function compile(), which take program text, a filename and a 'mode'
and:

- Return code object if the command is complete and valid
- Return None if the command is incomplete
- Raise SyntaxError, ValueError or OverflowError if the command is a
  syntax error (OverflowError and ValueError can be produced by
  malformed literals).
"""
# Sharpy's codeop. CPython decides "incomplete" with a compiler flag that reports
# "incomplete input" at EOF; Sharpy's compiler has no such flag, so this module decides
# from the tokenizer (open brackets, unterminated triple-quoted strings, a trailing
# backslash) and from whether a block header or decorator just needs its body. The
# answers match CPython's for the inputs an interactive console meets.

import __future__
import warnings

_features = [getattr(__future__, fname) for fname in __future__.all_feature_names]

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

# CPython's flag values (accepted for compatibility; Sharpy's compile ignores them).
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_COMPOUND_NODES = ('If', 'For', 'AsyncFor', 'While', 'Try', 'TryStar', 'With', 'AsyncWith',
                   'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Match')


def _is_blank(source):
    for line in source.split('\n'):
        line = line.strip()
        if line and line[0] != '#':
            return False
    return True


def _closers_at_eof(source):
    """(text closing what is still open at EOF, (line, offset) from which a syntax error
    only means "not finished"), or None when nothing is open. Open brackets are closed
    after the source; an unterminated triple-quoted string is closed too, and CPython's
    parser never sees it as a token, so errors from its start on mean "incomplete"."""
    import io
    import tokenize
    stack = []
    pairs = {'(': ')', '[': ']', '{': '}'}
    lines = source.split('\n')
    boundary = (len(lines), len(lines[-1]) + 1)
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.OP:
                if tok.string in pairs:
                    stack.append(pairs[tok.string])
                elif tok.string in ')]}' and stack:
                    stack.pop()
    except tokenize.TokenError as e:
        closers = ''.join(reversed(stack))
        if e.args[0] == 'EOF in multi-line string':
            row, col = e.args[1]
            quote = lines[row - 1][col:].lstrip('bBrRuUfF')[:3]
            closers = quote + closers
            boundary = (row, col + 1)
        return closers, boundary
    except (SyntaxError, ValueError):
        return None
    return None


def _error_at_end(compiler, closed, boundary, filename, symbol):
    """Does `closed` compile, or fail only at or after `boundary` (line, 1-based offset)?"""
    try:
        compiler(closed, filename, symbol)
    except SyntaxError as e:
        if e.lineno is None:
            return False
        # Offset 0: the error is at the end of a source without a final newline.
        return (e.lineno, e.offset or 0) >= boundary or (e.offset == 0 and e.lineno >= boundary[0])
    except (ValueError, OverflowError):
        return False
    return True


def _last_code_line(source):
    for line in reversed(source.split('\n')):
        if line.strip() and not line.lstrip().startswith('#'):
            return line
    return ''


_HEADER_END = __import__('re').compile(r'.*:[ \t\f]*(#.*)?$').match


def _compiles(compiler, source, filename, symbol):
    try:
        compiler(source, filename, symbol)
    except (SyntaxError, ValueError, OverflowError):
        return False
    return True


def _needs_more(compiler, source, filename, symbol):
    """Does a source that failed to compile only lack its continuation?"""
    still_open = _closers_at_eof(source)
    if still_open is not None:
        closers, boundary = still_open
        return _error_at_end(compiler, source + closers, boundary, filename, symbol)
    if symbol == 'eval':
        return False
    stripped = source.rstrip(' \t\f')
    if stripped.endswith('\\') and not stripped.endswith('\\\\'):
        # A line continued with a backslash: incomplete unless what precedes is wrong.
        lines = stripped[:-1].rstrip(' \t\f').split('\n')
        last_token = (len(lines), len(lines[-1]))
        return _error_at_end(compiler, stripped[:-1], last_token, filename, symbol)
    last = _last_code_line(source)
    indent = last[:len(last) - len(last.lstrip())]
    # A block header or decorator is complete once given a body / a definition.
    if _HEADER_END(last):
        for body in (' pass\n', ' case _: pass\n'):
            if _compiles(compiler, source + '\n' + indent + body, filename, symbol):
                return True
    decorators = [line for line in source.split('\n') if line.lstrip().startswith('@')]
    if decorators:
        # A decorator (possibly spread over lines) still waiting for its definition.
        at_indent = decorators[-1][:len(decorators[-1]) - len(decorators[-1].lstrip())]
        if _compiles(compiler, source + '\n' + at_indent + 'def _(): pass\n', filename, symbol):
            return True
    # A try block still waiting for its except/finally clause (its body may be missing too).
    body = '\n' + indent + ' pass' if _HEADER_END(last) else ''
    for line in source.split('\n'):
        stripped = line.lstrip()
        if stripped.startswith('try') and _HEADER_END(line):
            try_indent = line[:len(line) - len(stripped)]
            tail = body + '\n' + try_indent + 'finally:\n' + try_indent + ' pass\n'
            if _compiles(compiler, source.rstrip('\n') + tail, filename, symbol):
                return True
    return False


def _awaits_blank_line(source, symbol):
    """In 'single' mode a compound statement ends only with an empty line."""
    if symbol != 'single' or source.endswith('\n'):
        return False
    import ast
    try:
        tree = compile(source, '<input>', 'exec', ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, OverflowError):
        return False
    return bool(tree.body) and type(tree.body[0]).__name__ in _COMPOUND_NODES


def _maybe_compile(compiler, source, filename, symbol):
    if _is_blank(source):
        if symbol == 'eval':
            return None
        source = 'pass'
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            if symbol == 'single' and not source.endswith('\n') and \
                    _compiles(compiler, source + '\n', filename, symbol):
                # Complete once the final newline is there (a block still waits for a blank line).
                if _awaits_blank_line(source, symbol):
                    return None
                return compiler(source + '\n', filename, symbol)
            if _needs_more(compiler, source, filename, symbol):
                return None
        else:
            if _awaits_blank_line(source, symbol):
                return None
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    return compile(source, filename, symbol, 0)


def compile_command(source, filename='<input>', symbol='single'):
    r"""Compile a command and determine whether it is incomplete.

    Return value / exceptions raised:

    - Return a code object if the command is complete and valid
    - Return None if the command is incomplete
    - Raise SyntaxError, ValueError or OverflowError if the command is a
      syntax error (OverflowError and ValueError can be produced by
      malformed literals).
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), but remembers the __future__ imports of the code it compiled."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags & ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        codeob = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command() that remembers the __future__ imports of earlier commands."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _maybe_compile(self.compiler, source, filename, symbol)
