#!/usr/bin/env python3.11
"""Annotate a Sharpy lib module that CPython freezes with "# frozen-line: N" pragmas.

Usage: python3.11 tools/frozen-lines.py lib/os.py [--write]

For every function (top-level or method) that exists under the same qualified name in CPython's module,
each simple statement whose text (ast.unparse) matches a statement of CPython's function (repeated ones by
order of appearance) gets CPython's line number as a pragma, so tracebacks through it read as CPython's frozen frames
(src/Sharpy.Runtime/Importing/FrozenLibModules.cs). Statements Sharpy wrote differently keep their own
line; hand-written pragmas are left alone. Without --write, prints what it would add.
"""
import ast
import io
import os
import sys
import sysconfig
import tokenize

PRAGMA = "# frozen-line: "


def functions(tree):
    """qualified name -> FunctionDef, for module functions and methods of module classes."""
    found = {}

    def visit(body, prefix):
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found.setdefault(prefix + node.name, node)
            elif isinstance(node, ast.ClassDef):
                visit(node.body, prefix + node.name + ".")
            elif isinstance(node, (ast.If, ast.Try)):
                # CPython defines some functions under "if name == 'posix':" or try/except ImportError.
                visit(node.body, prefix)
                visit(getattr(node, "orelse", []), prefix)
                for handler in getattr(node, "handlers", []):
                    visit(handler.body, prefix)
    visit(tree.body, "")
    return found


def statements(fn):
    """(line, text) of each statement of fn's body (nested blocks included, nested functions not); compound
    statements contribute their header (the test or iterable)."""
    out = []

    def header(node):
        if isinstance(node, (ast.If, ast.While)):
            return "test:" + ast.unparse(node.test)
        if isinstance(node, (ast.For, ast.AsyncFor)):
            return "for:" + ast.unparse(node.target) + " in " + ast.unparse(node.iter)
        if isinstance(node, (ast.With, ast.AsyncWith)):
            return "with:" + ", ".join(ast.unparse(i) for i in node.items)
        return None

    def visit(body):
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            if isinstance(node, (ast.Expr,)) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                continue  # docstrings
            text = header(node)
            if text is None and not isinstance(node, (ast.Try, ast.Match)) and not hasattr(node, "body"):
                text = ast.unparse(node)
            if text is not None:
                out.append((node.lineno, text))
            for field in ("body", "orelse", "finalbody"):
                visit(getattr(node, field, []) or [])
            for handler in getattr(node, "handlers", []) or []:
                visit(handler.body)
    visit(fn.body)
    return out


def commentable_lines(text):
    """Lines that end outside a string and without a backslash continuation: a comment may be appended."""
    return {tok.start[0] for tok in tokenize.generate_tokens(io.StringIO(text).readline)
            if tok.type in (tokenize.NEWLINE, tokenize.NL)}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    write = "--write" in sys.argv
    path = args[0]
    name = os.path.splitext(os.path.basename(path))[0]
    reference = os.path.join(sysconfig.get_path("stdlib"), name + ".py")
    ours_text = open(path, encoding="utf-8").read()
    ours = functions(ast.parse(ours_text))
    theirs = functions(ast.parse(open(reference, encoding="utf-8").read()))
    lines = ours_text.split("\n")
    commentable = commentable_lines(ours_text)
    added = 0
    for qualname, fn in ours.items():
        if qualname not in theirs:
            continue
        reference_statements = statements(theirs[qualname])
        our_statements = statements(fn)
        for line, text in our_statements:
            matches = [ref_line for ref_line, ref_text in reference_statements if ref_text == text]
            ours_alike = [our_line for our_line, our_text in our_statements if our_text == text]
            # A repeated statement maps to CPython's by order of appearance when both have it equally often.
            if len(matches) != len(ours_alike) or PRAGMA in lines[line - 1] or line not in commentable:
                continue
            target = matches[ours_alike.index(line)]
            lines[line - 1] = lines[line - 1].rstrip() + f"  {PRAGMA}{target}"
            added += 1
            if not write:
                print(f"{path}:{line}: {qualname}: {text[:60]} -> {target}")
    if write:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    print(f"{added} pragma(s) {'added' if write else 'to add'}", file=sys.stderr)


if __name__ == "__main__":
    main()
