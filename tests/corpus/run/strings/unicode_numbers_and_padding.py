# Code-point aware str methods and conversions: astral characters count as one.
print(repr('\U0001F600x'.zfill(5)), repr('-\U0001F600'.zfill(4)))
print(repr('\U0001F600\tb'.expandtabs(4)), repr('a\tb'.expandtabs(tabsize=3)))
print(repr(''.expandtabs(tabsize=0)))
try:
    'a'.expandtabs(2**70)
except OverflowError as e:
    print("OverflowError:", e)
# Mathematical digits outside the BMP are decimal digits for int().
for ch in ['\U0001D7CE', '\U0001D7D8', '\u0663', '\uff19']:
    print(ch.isdecimal(), int(ch), int(ch + '0'), float(ch + '.5'))
print(int('\u3000 42 \u2003'))
for bad in ['\u200b1', '1\U0001D7CE\u0301']:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int(b' 12 '))
# translate refuses code points past U+10FFFF.
for table in [{97: 0x110000}, {97: -1}, {97: 66}]:
    try:
        print(repr('abc'.translate(table)))
    except ValueError as e:
        print("ValueError:", e)
# maketrans argument checks.
for args in [(), (1, 'a'), ('ab', 'c'), ('a', 'b', 3), (1,)]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    str.maketrans(x=1)
except TypeError as e:
    print("TypeError:", e)
for name in ['strip', 'lstrip', 'rstrip']:
    try:
        getattr('abc', name)(1)
    except TypeError as e:
        print("TypeError:", e)
for v in [None, 'x', 1.5]:
    try:
        'a\nb'.splitlines(v)
    except TypeError as e:
        print("TypeError:", e)
print('a\nb'.splitlines(2))
