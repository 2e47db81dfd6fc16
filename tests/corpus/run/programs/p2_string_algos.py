"""String algorithms: KMP, Z-function, Rabin-Karp, Manacher, suffix array, anagram groups, rotations."""
from collections import defaultdict


def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t


def kmp_search(text, p):
    t, k, out = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = t[k - 1]
    return out


def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def rabin_karp(text, p, base=256, mod=1_000_000_007):
    n, m = len(text), len(p)
    if m > n:
        return []
    hp = ht = 0
    power = pow(base, m - 1, mod)
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    out = []
    for i in range(n - m + 1):
        if hp == ht and text[i:i + m] == p:
            out.append(i)
        if i < n - m:
            ht = ((ht - ord(text[i]) * power) * base + ord(text[i + m])) % mod
    return out


def manacher(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    length, center = max((v, i) for i, v in enumerate(p))
    start = (center - length) // 2
    return s[start:start + length]


def suffix_array(s):
    return sorted(range(len(s)), key=lambda i: s[i:])


def lcp_array(s, sa):
    rank = [0] * len(s)
    for i, v in enumerate(sa):
        rank[v] = i
    lcp, h = [0] * len(s), 0
    for i in range(len(s)):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < len(s) and j + h < len(s) and s[i + h] == s[j + h]:
                h += 1
            lcp[rank[i]] = h
            if h:
                h -= 1
        else:
            h = 0
    return lcp


text = "abracadabra abracadabra cadabra"
for p in ["abra", "cad", "a", "zzz", "abracadabra"]:
    k, rk = kmp_search(text, p), rabin_karp(text, p)
    print(f"{p!r:14} kmp={k} rk_same={k == rk} find={text.find(p)} count={text.count(p)}")
print(kmp_table("aabaaab"), z_function("aabxaabxcaabxaabxay"))
for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba", "a", "racecar", "noonabbad"]:
    print(s, "->", manacher(s))
s = "banana"
sa = suffix_array(s)
print(sa, [s[i:] for i in sa], lcp_array(s, sa))
sa2 = suffix_array("mississippi")
lcp2 = lcp_array("mississippi", sa2)
best = max(range(len(lcp2)), key=lambda i: lcp2[i])
print("longest repeat:", "mississippi"[sa2[best]:sa2[best] + lcp2[best]])
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
print([("waterbottle"[i:] + "waterbottle"[:i]) for i in range(0, 11, 4)], "erbottlewat" in "waterbottle" * 2)
print("".join(ch for ch, _ in zip("abcdef", range(3))), " ".join(reversed("the sky is blue".split())))
