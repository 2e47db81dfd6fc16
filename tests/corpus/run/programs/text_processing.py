# Word frequency, caesar cipher, run-length encoding, palindromes.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(freq), max(words, key=len))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    if not s:
        return []
    out = [[s[0], 1]]
    for ch in s[1:]:
        if ch == out[-1][0]:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(f"{n}{c}" for c, n in out)
print(rle("aaabccddddde"), rle("abc"), rle(""))
def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?"]:
    print(repr(s), is_pal(s))
lines = text.splitlines()
print([len(l) for l in lines], [l.count("it") for l in lines])
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
print("%-10s|%10s|" % ("left", "right"), "{:^20}".format("centered"))
