# Argument-count and argument-type errors of bytes/bytearray methods, in CPython 3.11's wording
# (single-argument methods name the type; the find family and keyword-taking methods say "takes at least/most").
calls = [
    ("b'abc'.partition()", lambda: b'abc'.partition()),
    ("bytearray().removeprefix(1, 2)", lambda: bytearray().removeprefix(1, 2)),
    ("b'abc'.zfill(1, 2)", lambda: b'abc'.zfill(1, 2)),
    ("b'abc'.count()", lambda: b'abc'.count()),
    ("bytearray().find(1, 2, 3, 4)", lambda: bytearray().find(1, 2, 3, 4)),
    ("b'abc'.endswith()", lambda: b'abc'.endswith()),
    ("b'abc'.expandtabs(1, 2)", lambda: b'abc'.expandtabs(1, 2)),
    ("b'abc'.replace(b'a')", lambda: b'abc'.replace(b'a')),
    ("b'abc'.center()", lambda: b'abc'.center()),
    ("bytes.fromhex()", lambda: bytes.fromhex()),
    ("bytearray.fromhex('00', '11')", lambda: bytearray.fromhex('00', '11')),
    ("bytes.fromhex(string='00')", lambda: bytes.fromhex(string='00')),
    ("bytes.fromhex(None)", lambda: bytes.fromhex(None)),
    ("bytearray.maketrans(a=1)", lambda: bytearray.maketrans(a=1)),
    ("b'abc'.index(2**70)", lambda: b'abc'.index(2**70)),
    ("float.fromhex(x='1')", lambda: float.fromhex(x='1')),
    ("float.fromhex()", lambda: float.fromhex()),
    ("(5).__format__(None)", lambda: (5).__format__(None)),
    ("'s'.__format__(1)", lambda: 's'.__format__(1)),
    ("(1j).__format__(b'')", lambda: (1j).__format__(b'')),
    ("object().__format__(None)", lambda: object().__format__(None)),
    ("'abc'.removeprefix(None)", lambda: 'abc'.removeprefix(None)),
]
for label, call in calls:
    try:
        print(label, '->', repr(call()))
    except Exception as e:
        print(label, '->', f"{type(e).__name__}: {e}")
