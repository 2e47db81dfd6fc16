"""Sharpy's instruction set, in the shape of CPython 3.11's opcode module.

Sharpy uses CPython 3.11's opcode names and numbers without the inline CACHE entries, with absolute jump
targets (in code units) and CPython 3.10's variable layout; see docs/bytecode.md. The table comes from
the native _sharpy_dis module (generated from Sharpy.Bytecode.Opcodes).
"""
import _sharpy_dis

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree",
           "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect"]

cmp_op = _sharpy_dis.cmp_op
opmap = dict(sorted(_sharpy_dis.opmap.items(), key=lambda item: item[1]))
opname = ['<%r>' % (op,) for op in range(256)]
for _name, _op in opmap.items():
    opname[_op] = _name

HAVE_ARGUMENT = _sharpy_dis.HAVE_ARGUMENT
EXTENDED_ARG = opmap['EXTENDED_ARG']


def _with_kind(*kinds):
    return sorted(op for op, kind in _sharpy_dis.kinds.items() if kind in kinds)


hasconst = _with_kind('Const')
hasname = _with_kind('Name', 'GlobalName')
hasjrel = []                      # every Sharpy jump is absolute
hasjabs = _with_kind('Jump')
haslocal = _with_kind('Local')
hascompare = _with_kind('Compare')
hasfree = _with_kind('Free')
hasnargs = []

_nb_ops = [(f'NB_{i}', symbol) for i, symbol in enumerate(_sharpy_dis.binary_ops)]


def stack_effect(opcode, oparg=None, *, jump=None):
    """The net effect of an instruction on the value stack (the larger of the jump/no-jump effects
    when jump is None)."""
    return _sharpy_dis.stack_effect(opcode, oparg, jump)


del _name, _op
