"""Detection of ambiguous indentation: lines whose indentation compares differently
depending on the tab size.

Run as a script (python -m tabnanny [-v] [-q] file_or_directory ...) or call check().
"""

__version__ = "6"

import os
import sys
import tokenize

__all__ = ["check", "NannyNag", "process_tokens"]

verbose = 0
filename_only = 0


def errprint(*args):
    sys.stderr.write(" ".join(str(arg) for arg in args) + "\n")


def main():
    import getopt
    global verbose, filename_only
    try:
        opts, args = getopt.getopt(sys.argv[1:], "qv")
    except getopt.error as msg:
        errprint(msg)
        return
    for option, _ in opts:
        if option == '-q':
            filename_only += 1
        if option == '-v':
            verbose += 1
    if not args:
        errprint("Usage:", sys.argv[0], "[-v] file_or_directory ...")
        return
    for arg in args:
        check(arg)


class NannyNag(Exception):
    """Raised by process_tokens() for an ambiguous indentation; check() reports it."""

    def __init__(self, lineno, msg, line):
        self.lineno, self.msg, self.line = lineno, msg, line

    def get_lineno(self):
        return self.lineno

    def get_msg(self):
        return self.msg

    def get_line(self):
        return self.line


def check(file):
    """Check a source file, or every .py file under a directory (symbolic links are not followed);
    reports go to stdout, I/O and tokenizer errors to stderr."""
    if os.path.isdir(file) and not os.path.islink(file):
        if verbose:
            print("%r: listing directory" % (file,))
        for name in os.listdir(file):
            fullname = os.path.join(file, name)
            if (os.path.isdir(fullname) and not os.path.islink(fullname)
                    or os.path.normcase(name[-3:]) == ".py"):
                check(fullname)
        return
    try:
        f = tokenize.open(file)
    except OSError as msg:
        errprint("%r: I/O Error: %s" % (file, msg))
        return
    if verbose > 1:
        print("checking %r ..." % file)
    try:
        process_tokens(tokenize.generate_tokens(f.readline))
    except tokenize.TokenError as msg:
        errprint("%r: Token Error: %s" % (file, msg))
        return
    except IndentationError as msg:
        errprint("%r: Indentation Error: %s" % (file, msg))
        return
    except NannyNag as nag:
        if verbose:
            print("%r: *** Line %d: trouble in tab city! ***" % (file, nag.get_lineno()))
            print("offending line: %r" % (nag.get_line(),))
            print(nag.get_msg())
        else:
            if ' ' in file:
                file = '"' + file + '"'
            if filename_only:
                print(file)
            else:
                print(file, nag.get_lineno(), repr(nag.get_line()))
        return
    finally:
        f.close()
    if verbose:
        print("%r: Clean bill of health." % (file,))


class Whitespace:
    """The leading blanks of a line, reduced to what decides its column at any tab size:
    for each tab, how many spaces came right before it, and the spaces after the last tab."""

    S, T = ' \t'

    def __init__(self, ws):
        self.raw = ws
        spaces_before_tab = []   # [k] = number of tabs preceded by exactly k spaces
        run = chars = tabs = 0
        for ch in ws:
            if ch == Whitespace.S:
                chars += 1
                run += 1
            elif ch == Whitespace.T:
                chars += 1
                tabs += 1
                if run >= len(spaces_before_tab):
                    spaces_before_tab.extend([0] * (run - len(spaces_before_tab) + 1))
                spaces_before_tab[run] += 1
                run = 0
            else:
                break
        self.n = chars
        self.nt = tabs
        self.norm = tuple(spaces_before_tab), run
        self.is_simple = len(spaces_before_tab) <= 1

    def longest_run_of_spaces(self):
        counts, trailing = self.norm
        return max(len(counts) - 1, trailing)

    def indent_level(self, tabsize):
        # A tab after k spaces moves to the next multiple of tabsize: k // tabsize extra stops.
        counts, trailing = self.norm
        extra_stops = sum(k // tabsize * counts[k] for k in range(tabsize, len(counts)))
        return trailing + tabsize * (extra_stops + self.nt)

    def equal(self, other):
        """Equal at every tab size (same normal form)."""
        return self.norm == other.norm

    def _witnesses(self, other, differs):
        # Tab sizes past the longest run of spaces behave like the last one checked.
        limit = max(self.longest_run_of_spaces(), other.longest_run_of_spaces()) + 1
        return [(ts, self.indent_level(ts), other.indent_level(ts))
                for ts in range(1, limit + 1)
                if differs(self.indent_level(ts), other.indent_level(ts))]

    def not_equal_witness(self, other):
        """(tab size, my level, other's level) for the tab sizes where the levels differ."""
        return self._witnesses(other, lambda a, b: a != b)

    def less(self, other):
        """Less indented than other at every tab size."""
        if self.n >= other.n:
            return False
        if self.is_simple and other.is_simple:
            return self.nt <= other.nt
        limit = max(self.longest_run_of_spaces(), other.longest_run_of_spaces()) + 1
        # Tab size 1 needs no check: there, fewer characters means less indentation.
        return all(self.indent_level(ts) < other.indent_level(ts) for ts in range(2, limit + 1))

    def not_less_witness(self, other):
        """(tab size, my level, other's level) for the tab sizes where I am not less indented."""
        return self._witnesses(other, lambda a, b: a >= b)


def format_witnesses(w):
    prefix = "at tab sizes" if len(w) > 1 else "at tab size"
    return prefix + " " + ', '.join(str(t[0]) for t in w)


def process_tokens(tokens):
    """Raise NannyNag at the first INDENT not deeper than its block, or first statement line
    not level with its block, at some tab size."""
    junk = (tokenize.COMMENT, tokenize.NL)
    indents = [Whitespace("")]
    check_equal = False
    for kind, token, start, end, line in tokens:
        if kind == tokenize.NEWLINE:
            # The next line starting a statement must sit at the block's indentation.
            check_equal = True
        elif kind == tokenize.INDENT:
            check_equal = False
            this = Whitespace(token)
            if not indents[-1].less(this):
                msg = "indent not greater e.g. " + format_witnesses(indents[-1].not_less_witness(this))
                raise NannyNag(start[0], msg, line)
            indents.append(this)
        elif kind == tokenize.DEDENT:
            check_equal = True
            del indents[-1]
        elif check_equal and kind not in junk:
            check_equal = False
            this = Whitespace(line)
            if not indents[-1].equal(this):
                msg = "indent not equal e.g. " + format_witnesses(indents[-1].not_equal_witness(this))
                raise NannyNag(start[0], msg, line)


if __name__ == '__main__':
    main()
