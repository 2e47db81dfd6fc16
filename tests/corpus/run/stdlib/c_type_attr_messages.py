# A C type's messages use its dotted tp_name: "type object 'collections.deque' has no attribute ...", and
# method-wrapper / built-in method reprs name 'collections.deque object'.
import collections
import itertools
import struct

for t in (collections.deque, itertools.combinations, itertools.product, itertools.pairwise, struct.Struct, int):
    try:
        t.nope
    except AttributeError as e:
        print(e)
    if t is not itertools.pairwise:   # a Python class in Sharpy: its attributes can be deleted
        try:
            del t.nope
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
        try:
            t.__name__ = 'x'
        except TypeError as e:
            print(e)


def no_address(r):
    return r.split(' at 0x')[0]


print(no_address(repr(collections.deque().__iter__)))
print(no_address(repr(iter(collections.deque()).__next__)))
print(no_address(repr(collections.deque().append)))
print(no_address(repr(itertools.permutations('ab').__next__)))
print(no_address(repr(itertools.product().__reduce__)))
print(no_address(repr([].append)), no_address(repr((1).__add__)))
