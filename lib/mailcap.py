"""Mailcap file handling (RFC 1524). Deprecated since Python 3.11: see mimetypes."""

import os
import warnings
import re

__all__ = ["getcaps", "findmatch"]

_DEPRECATION_MSG = ('The {name} module is deprecated and will be removed in '
                    'Python {remove}. See the mimetypes module for an '
                    'alternative.')
warnings._deprecated(__name__, _DEPRECATION_MSG, remove=(3, 13))


def lineno_sort_key(entry):
    # Entries keep file order; those without a line number (added by hand) go last.
    if 'lineno' in entry:
        return 0, entry['lineno']
    return 1, 0


# Characters that are unsafe in a value substituted into a shell command.
_find_unsafe = re.compile(r'[^\xa1-\U0010FFFF\w@+=:,./-]').search


class UnsafeMailcapInput(Warning):
    """Warning raised when refusing unsafe input"""


def getcaps():
    """{MIME type (lower case): [entry dicts]} from every mailcap file found; each entry
    holds the viewing command under "view"."""
    caps = {}
    lineno = 0
    for mailcap in listmailcapfiles():
        try:
            fp = open(mailcap, 'r')
        except OSError:
            continue
        with fp:
            morecaps, lineno = _readmailcapfile(fp, lineno)
        for key, value in morecaps.items():
            caps[key] = caps[key] + value if key in caps else value
    return caps


def listmailcapfiles():
    """Return a list of all mailcap files found on the system."""
    if 'MAILCAPS' in os.environ:
        return os.environ['MAILCAPS'].split(os.pathsep)
    home = os.environ.get('HOME', '.')
    return [home + '/.mailcap', '/etc/mailcap', '/usr/etc/mailcap', '/usr/local/etc/mailcap']


def readmailcapfile(fp):
    """Read a mailcap file and return a dictionary keyed by MIME type."""
    warnings.warn('readmailcapfile is deprecated, use getcaps instead', DeprecationWarning, 2)
    caps, _ = _readmailcapfile(fp, None)
    return caps


def _readmailcapfile(fp, lineno):
    """({MIME type: [entries]}, next line number); entries are numbered from lineno unless it is None."""
    caps = {}
    while True:
        line = fp.readline()
        if not line:
            break
        if line[0] == '#' or line.strip() == '':
            continue
        # A backslash before the newline continues the entry on the next line.
        nextline = line
        while nextline[-2:] == '\\\n':
            nextline = fp.readline() or '\n'
            line = line[:-2] + nextline
        key, fields = parseline(line)
        if not (key and fields):
            continue
        if lineno is not None:
            fields['lineno'] = lineno
            lineno += 1
        key = '/'.join(part.strip() for part in key.split('/')).lower()
        caps.setdefault(key, []).append(fields)
    return caps, lineno


def parseline(line):
    """(MIME type, {"view": command, other fields...}) of one entry, or (None, None)."""
    fields = []
    i, n = 0, len(line)
    while i < n:
        field, i = parsefield(line, i, n)
        fields.append(field)
        i = i + 1  # the semicolon
    if len(fields) < 2:
        return None, None
    key, view, rest = fields[0], fields[1], fields[2:]
    result = {'view': view}
    for field in rest:
        i = field.find('=')
        if i < 0:
            fkey, fvalue = field, ""
        else:
            fkey, fvalue = field[:i].strip(), field[i + 1:].strip()
        if fkey not in result:  # the first occurrence wins
            result[fkey] = fvalue
    return key, result


def parsefield(line, i, n):
    """One field of an entry (up to an unescaped ';') and the position after it."""
    start = i
    while i < n:
        c = line[i]
        if c == ';':
            break
        i = i + 2 if c == '\\' else i + 1
    return line[start:i].strip(), i


def findmatch(caps, MIMEtype, key='view', filename="/dev/null", plist=[]):
    """(command line, entry) of the first entry for MIMEtype whose 'test' command succeeds,
    or (None, None)."""
    if _find_unsafe(filename):
        warnings.warn("Refusing to use mailcap with filename %r. Use a safe temporary filename."
                      % (filename,), UnsafeMailcapInput)
        return None, None
    for e in lookup(caps, MIMEtype, key):
        if 'test' in e:
            # (CPython substitutes the test with the file name in the MIME type's place.)
            test = subst(e['test'], filename, plist)
            if test is None:
                continue
            if test and os.system(test) != 0:
                continue
        command = subst(e[key], MIMEtype, filename, plist)
        if command is not None:
            return command, e
    return None, None


def lookup(caps, MIMEtype, key=None):
    """The entries for MIMEtype and then for 'major/*', with `key`, in file order."""
    entries = list(caps.get(MIMEtype, []))
    wildcard = MIMEtype.split('/')[0] + '/*'
    if wildcard in caps:
        entries = entries + caps[wildcard]
    if key is not None:
        entries = [e for e in entries if key in e]
    return sorted(entries, key=lineno_sort_key)


def subst(field, MIMEtype, filename, plist=[]):
    """Expand %s (file name), %t (MIME type), %{param} and %% in a command; None when a
    substituted value is unsafe for the shell."""
    res = ''
    i, n = 0, len(field)
    while i < n:
        c = field[i]
        i = i + 1
        if c != '%':
            if c == '\\':
                c = field[i:i + 1]
                i = i + 1
            res = res + c
            continue
        c = field[i]
        i = i + 1
        if c == '%':
            res = res + c
        elif c == 's':
            res = res + filename
        elif c == 't':
            if _find_unsafe(MIMEtype):
                warnings.warn("Refusing to substitute MIME type %r into a shell command." % (MIMEtype,),
                              UnsafeMailcapInput)
                return None
            res = res + MIMEtype
        elif c == '{':
            start = i
            while i < n and field[i] != '}':
                i = i + 1
            name = field[start:i]
            i = i + 1
            param = findparam(name, plist)
            if _find_unsafe(param):
                warnings.warn("Refusing to substitute parameter %r (%s) into a shell command"
                              % (param, name), UnsafeMailcapInput)
                return None
            res = res + param
        else:
            res = res + '%' + c
    return res


def findparam(name, plist):
    """The value of 'name=value' in plist (case-insensitive name), or ''."""
    prefix = name.lower() + '='
    for p in plist:
        if p[:len(prefix)].lower() == prefix:
            return p[len(prefix):]
    return ''


def test():
    import sys
    caps = getcaps()
    if not sys.argv[1:]:
        show(caps)
        return
    for i in range(1, len(sys.argv), 2):
        args = sys.argv[i:i + 2]
        if len(args) < 2:
            print("usage: mailcap [MIMEtype file] ...")
            return
        MIMEtype, file = args
        command, e = findmatch(caps, MIMEtype, 'view', file)
        if not command:
            print("No viewer found for", type)
        else:
            print("Executing:", command)
            sts = os.waitstatus_to_exitcode(os.system(command))
            if sts:
                print("Exit status:", sts)


def show(caps):
    print("Mailcap files:")
    for fn in listmailcapfiles():
        print("\t" + fn)
    print()
    if not caps:
        caps = getcaps()
    print("Mailcap entries:")
    print()
    for type in sorted(caps):
        print(type)
        for e in caps[type]:
            for k in sorted(e):
                print("  %-15s" % k, e[k])
            print()


if __name__ == '__main__':
    test()
