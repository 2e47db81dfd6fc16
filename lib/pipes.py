"""Conversion pipeline templates: shell commands chained through pipes or temporary files
(deprecated since Python 3.11; use subprocess).

    t = pipes.Template()
    t.append('tr a-z A-Z', '--')       # kinds: see stepkinds below
    f = t.open('out.txt', 'w')
"""

import re
import os
import tempfile
from shlex import quote

import warnings
warnings._deprecated(__name__, remove=(3, 13))

__all__ = ["Template"]

# A step's kind: two characters, how it reads then how it writes:
# 'f' a real file ($IN / $OUT), '-' stdin/stdout, '.' nothing.
FILEIN_FILEOUT = 'ff'
STDIN_FILEOUT = '-f'
FILEIN_STDOUT = 'f-'
STDIN_STDOUT = '--'
SOURCE = '.-'   # must be first
SINK = '-.'     # must be last

stepkinds = [FILEIN_FILEOUT, STDIN_FILEOUT, FILEIN_STDOUT, STDIN_STDOUT, SOURCE, SINK]


class Template:
    """Class representing a pipeline template."""

    def __init__(self):
        """Template() returns a fresh pipeline template."""
        self.debugging = 0
        self.reset()

    def __repr__(self):
        return '<Template instance, steps=%r>' % (self.steps,)

    def reset(self):
        """t.reset() restores a pipeline template to its initial state."""
        self.steps = []

    def clone(self):
        """A new template with the same steps and debugging flag."""
        t = Template()
        t.steps = self.steps[:]
        t.debugging = self.debugging
        return t

    def debug(self, flag):
        """t.debug(flag) turns debugging on or off."""
        self.debugging = flag

    def _check_step(self, method, cmd, kind):
        if not isinstance(cmd, str):
            raise TypeError('Template.%s: cmd must be a string' % method)
        if kind not in stepkinds:
            raise ValueError('Template.%s: bad kind %r' % (method, kind))

    def _check_files(self, method, cmd, kind):
        if kind[0] == 'f' and not re.search(r'\$IN\b', cmd):
            raise ValueError('Template.%s: missing $IN in cmd' % method)
        if kind[1] == 'f' and not re.search(r'\$OUT\b', cmd):
            raise ValueError('Template.%s: missing $OUT in cmd' % method)

    def append(self, cmd, kind):
        """t.append(cmd, kind) adds a new step at the end."""
        self._check_step('append', cmd, kind)
        if kind == SOURCE:
            raise ValueError('Template.append: SOURCE can only be prepended')
        if self.steps and self.steps[-1][1] == SINK:
            raise ValueError('Template.append: already ends with SINK')
        self._check_files('append', cmd, kind)
        self.steps.append((cmd, kind))

    def prepend(self, cmd, kind):
        """t.prepend(cmd, kind) adds a new step at the front."""
        self._check_step('prepend', cmd, kind)
        if kind == SINK:
            raise ValueError('Template.prepend: SINK can only be appended')
        if self.steps and self.steps[0][1] == SOURCE:
            raise ValueError('Template.prepend: already begins with SOURCE')
        self._check_files('prepend', cmd, kind)
        self.steps.insert(0, (cmd, kind))

    def open(self, file, rw):
        """A pipe (or file) open for reading or writing; file is the other end of the pipeline."""
        if rw == 'r':
            return self.open_r(file)
        if rw == 'w':
            return self.open_w(file)
        raise ValueError('Template.open: rw must be \'r\' or \'w\', not %r' % (rw,))

    def open_r(self, file):
        if not self.steps:
            return open(file, 'r')
        if self.steps[-1][1] == SINK:
            raise ValueError('Template.open_r: pipeline ends width SINK')
        return os.popen(self.makepipeline(file, ''), 'r')

    def open_w(self, file):
        if not self.steps:
            return open(file, 'w')
        if self.steps[0][1] == SOURCE:
            raise ValueError('Template.open_w: pipeline begins with SOURCE')
        return os.popen(self.makepipeline('', file), 'w')

    def copy(self, infile, outfile):
        return os.system(self.makepipeline(infile, outfile))

    def makepipeline(self, infile, outfile):
        cmd = makepipeline(infile, self.steps, outfile)
        if self.debugging:
            print(cmd)
            cmd = 'set -x; ' + cmd
        return cmd


def makepipeline(infile, steps, outfile):
    """The shell command running `steps` from infile to outfile ('' for stdin/stdout)."""
    # Each item: [input file, command, kind, output file].
    items = [['', cmd, kind, ''] for cmd, kind in steps]
    if not items:
        items.append(['', 'cat', '--', ''])
    # A first step reading a file, or a last one writing a file, needs cat at the open end.
    if items[0][2][0] == 'f' and not infile:
        items.insert(0, ['', 'cat', '--', ''])
    items[0][0] = infile
    if items[-1][2][1] == 'f' and not outfile:
        items.append(['', 'cat', '--', ''])
    items[-1][-1] = outfile
    # Steps that need files talk through temporary files instead of pipes.
    garbage = []
    for i in range(1, len(items)):
        if items[i - 1][2][1] == 'f' or items[i][2][0] == 'f':
            fd, temp = tempfile.mkstemp()
            os.close(fd)
            garbage.append(temp)
            items[i - 1][-1] = items[i][0] = temp
    for item in items:
        inf, cmd, kind, outf = item
        if kind[1] == 'f':
            cmd = 'OUT=' + quote(outf) + '; ' + cmd
        if kind[0] == 'f':
            cmd = 'IN=' + quote(inf) + '; ' + cmd
        if kind[0] == '-' and inf:
            cmd = cmd + ' <' + quote(inf)
        if kind[1] == '-' and outf:
            cmd = cmd + ' >' + quote(outf)
        item[1] = cmd
    cmdlist = items[0][1]
    for inf, cmd, kind, outf in items[1:]:
        if inf == '':
            if 'f' in kind:
                cmd = '{ ' + cmd + '; }'
            cmdlist = cmdlist + ' |\n' + cmd
        else:
            cmdlist = cmdlist + '\n' + cmd
    if garbage:
        rmcmd = 'rm -f' + ''.join(' ' + quote(f) for f in garbage)
        trapcmd = 'trap ' + quote(rmcmd + '; exit') + ' 1 2 3 13 14 15'
        cmdlist = trapcmd + '\n' + cmdlist + '\n' + rmcmd
    return cmdlist
