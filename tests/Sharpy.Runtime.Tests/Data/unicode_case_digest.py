# Digest of CPython 3.11's str case operations over every code point (surrogates excluded).
# Regenerate: python3.11 unicode_case_digest.py > unicode_case_digest.txt
# UnicodeCaseTests computes the same digests from Sharpy's tables and compares.
M = (1 << 61) - 1


def digest(op):
    h = 0
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        for ch in op(chr(cp)):
            h = (h * 1000003 + ord(ch) + 1) % M
        h = (h * 1000003 + 7) % M
    return h


def flags(cp):
    c = chr(cp)
    return (c.isupper() << 0) | (c.islower() << 1) | (c.istitle() << 2)


def flag_digest():
    h = 0
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        h = (h * 1000003 + flags(cp) + 1) % M
    return h


print("upper", digest(str.upper))
print("lower", digest(str.lower))
print("title", digest(str.title))
print("casefold", digest(str.casefold))
print("flags", flag_digest())
