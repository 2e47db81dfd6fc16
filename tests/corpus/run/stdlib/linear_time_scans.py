# Scans that must stay linear: each step below was once O(len) (a copy of the whole buffer or
# string per call), which turned these loops quadratic -- minutes instead of a fraction of a second.
import json

# str.startswith/endswith with a start index, as a hand-written parser calls them at every position.
text = 'null,' * 30000
count = sum(1 for i in range(0, len(text), 5) if text.startswith('null', i) and text.endswith(',', i, i + 5))
print('startswith hits', count)

# str.count bounded by start/end near the front of a long string.
print('bounded counts', sum(text.count('n', i, i + 10) for i in range(0, 50000, 10)))

# json.loads of a ~300 KB document (its decoder tests literals with startswith).
doc = json.dumps([{'id': i, 'ok': i % 3 == 0, 'none': None, 'name': f'item{i}'} for i in range(6000)])
data = json.loads(doc)
print('json items', len(data), data[-1], len(doc))

# bytearray len() and indexing (a sieve read back one flag at a time).
n = 100000
sieve = bytearray([1]) * (n + 1)
sieve[0] = sieve[1] = 0
for i in range(2, int(n ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
primes = [i for i in range(len(sieve)) if sieve[i]]
print('primes below', n, len(primes), primes[-3:])
frame = bytearray()
for i in range(100000):
    frame += b'x'
    if len(frame) >= 1 << 20:
        break
print('frame', len(frame), frame[-1], bytes(frame[:3]))
for make in (bytes, bytearray):
    try:
        make(1.5)
    except TypeError as e:
        print(make.__name__, 'TypeError:', e)
