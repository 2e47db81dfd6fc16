# None, Ellipsis and NotImplemented hash by address in CPython; the low bits (set and dict order) are fixed.
print({True, None}, {None, True}, {None, 1, 2, 3, 'a'} == {1, 2, 3, 'a', None})
print(list({None, 0, 1, 2, 5, 6, 7}), list({Ellipsis, 1, 6, 14}), list({NotImplemented, 3, 35}))
print(list({None: 1, 6: 2}), hash(None) % 4096, hash(...) % 4096, hash(NotImplemented) % 4096)
print(sorted({None, ...}, key=repr), len({None, None, ..., NotImplemented}))
