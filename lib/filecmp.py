"""Compare files and directories: cmp(), cmpfiles() and the dircmp class."""
import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def cmp(f1, f2, shallow=True):
    """True if the two files are equal: same stat signature (shallow) or same contents."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    outcome = _cache.get((f1, f2, s1, s2))
    if outcome is None:
        outcome = _do_cmp(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[f1, f2, s1, s2] = outcome
    return outcome


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _do_cmp(f1, f2):
    with open(f1, 'rb') as fp1, open(f2, 'rb') as fp2:
        while True:
            b1 = fp1.read(BUFSIZE)
            b2 = fp2.read(BUFSIZE)
            if b1 != b2:
                return False
            if not b1:
                return True


class dircmp:
    """Compare the directories a and b; attributes are computed lazily on first use.

    left_list/right_list, common, left_only/right_only, common_dirs/common_files/
    common_funny, same_files/diff_files/funny_files and subdirs; report(),
    report_partial_closure() and report_full_closure() print the differences.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        self.left_list = sorted(_filter(os.listdir(self.left), self.hide + self.ignore))
        self.right_list = sorted(_filter(os.listdir(self.right), self.hide + self.ignore))

    def phase1(self):
        a = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        b = dict(zip(map(os.path.normcase, self.right_list), self.right_list))
        self.common = [a[k] for k in a if k in b]
        self.left_only = [a[k] for k in a if k not in b]
        self.right_only = [b[k] for k in b if k not in a]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for x in self.common:
            try:
                a_type = stat.S_IFMT(os.stat(os.path.join(self.left, x)).st_mode)
                b_type = stat.S_IFMT(os.stat(os.path.join(self.right, x)).st_mode)
            except OSError:
                self.common_funny.append(x)
                continue
            if a_type != b_type:
                self.common_funny.append(x)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(x)
            elif stat.S_ISREG(a_type):
                self.common_files.append(x)
            else:
                self.common_funny.append(x)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = \
            cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for x in self.common_dirs:
            self.subdirs[x] = self.__class__(os.path.join(self.left, x),
                                             os.path.join(self.right, x),
                                             self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sd in self.subdirs.values():
            sd.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        for attr, label in (('left_only', None), ('right_only', None),
                            ('same_files', 'Identical files :'),
                            ('diff_files', 'Differing files :'),
                            ('funny_files', 'Trouble with common files :'),
                            ('common_dirs', 'Common subdirectories :'),
                            ('common_funny', 'Common funny cases :')):
            names = getattr(self, attr)
            if not names:
                continue
            names.sort()
            if attr == 'left_only':
                print('Only in', self.left, ':', names)
            elif attr == 'right_only':
                print('Only in', self.right, ':', names)
            else:
                print(label, names)

    def report_partial_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report()

    def report_full_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compare common files of directories a and b: (equal, different, not comparable)."""
    res = ([], [], [])
    for x in common:
        res[_cmp(os.path.join(a, x), os.path.join(b, x), shallow)].append(x)
    return res


def _cmp(a, b, sh):
    try:
        return int(not cmp(a, b, sh))
    except OSError:
        return 2


def _filter(flist, skip):
    return [name for name in flist if name not in skip]
