# secrets: only shapes and ranges are printed (the values are random).
import secrets
import string

print(len(secrets.token_hex(16)), len(secrets.token_hex()), len(secrets.token_bytes()), len(secrets.token_bytes(5)))
print(type(secrets.token_bytes(3)).__name__, all(c in '0123456789abcdef' for c in secrets.token_hex(32)))
tok = secrets.token_urlsafe(16)
print(len(tok), len(secrets.token_urlsafe()), all(c in string.ascii_letters + string.digits + '-_' for c in tok))
print(secrets.choice('abc') in 'abc', secrets.choice([7]), all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
print(all(secrets.randbits(4) < 16 for _ in range(100)), secrets.randbits(0), secrets.randbelow(1))
print(len({secrets.token_hex(8) for _ in range(50)}), len(secrets.token_hex(0)), secrets.token_bytes(0))
for bad in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-5), lambda: secrets.choice([]), lambda: secrets.randbits(-1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(secrets.compare_digest('a', 'a'), secrets.compare_digest(b'a', b'b'))
sr = secrets.SystemRandom()
print(1 <= sr.randint(1, 6) <= 6, 0.0 <= sr.random() < 1.0, sorted(sr.sample(range(5), 5)), sr.randrange(3, 4))
items = list(range(10))
sr.shuffle(items)
print(sorted(items))
pw = ''.join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12))
print(len(pw), pw.isalnum())
