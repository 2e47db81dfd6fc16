"""Compression algorithms: Huffman coding with heapq, run-length encoding, LZ77, Burrows-Wheeler."""
import heapq
from collections import Counter
from itertools import count, groupby


def huffman_codes(text):
    freq = Counter(text)
    tie = count()
    heap = [(n, next(tie), ch) for ch, n in freq.items()]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, next(tie), (a, b)))
    codes = {}

    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(heap[0][2], "")
    return codes


def huffman_decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    if cur:
        raise ValueError(f"dangling bits {cur!r}")
    return "".join(out)


def rle(s):
    return [(ch, len(list(g))) for ch, g in groupby(s)]


def unrle(pairs):
    return "".join(ch * n for ch, n in pairs)


def lz77(data, window=16):
    i, out = 0, []
    while i < len(data):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) - 1 and data[j + k] == data[i + k]:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        off, ln = best
        out.append((off, ln, data[i + ln]))
        i += ln + 1
    return out


def unlz77(tokens):
    out = []
    for off, ln, ch in tokens:
        for _ in range(ln):
            out.append(out[-off])
        out.append(ch)
    return "".join(out)


def bwt(s):
    s += "\0"
    rot = sorted(s[i:] + s[:i] for i in range(len(s)))
    return "".join(r[-1] for r in rot)


def ibwt(t):
    table = [""] * len(t)
    for _ in range(len(t)):
        table = sorted(t[i] + table[i] for i in range(len(t)))
    return next(r for r in table if r.endswith("\0"))[:-1]


text = "abracadabra alakazam banana bandana"
codes = huffman_codes(text)
for ch, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])):
    print(f"{ch!r}: {code}")
bits = "".join(codes[c] for c in text)
print(len(bits), "bits vs", len(text) * 8, f"ratio {len(bits) / (len(text) * 8):.3f}")
print(huffman_decode(bits, codes) == text)
try:
    huffman_decode(bits + "1", codes)
except ValueError as e:
    print("ValueError:", e)
print(huffman_codes("aaaa"))
r = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(r, unrle(r)[:20])
toks = lz77("abababababcabcabcabcd")
print(toks, unlz77(toks))
for s in ["banana", "abracadabra", "mississippi"]:
    t = bwt(s)
    print(s, repr(t), ibwt(t), rle(t))
