"""Text statistics: word frequencies, n-grams, sentence splitting, readability, justified output."""
import re
import textwrap
from collections import Counter
from itertools import islice

TEXT = """Call me Ishmael. Some years ago—never mind how long precisely—having little or no money in my purse,
and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part
of the world. It is a way I have of driving off the spleen and regulating the circulation. Whenever I find
myself growing grim about the mouth; whenever it is a damp, drizzly November in my soul; whenever I find
myself involuntarily pausing before coffin warehouses, and bringing up the rear of every funeral I meet;
and especially whenever my hypos get such an upper hand of me, that it requires a strong moral principle to
prevent me from deliberately stepping into the street, and methodically knocking people's hats off—then, I
account it high time to get to sea as soon as I can."""

words = re.findall(r"[A-Za-z']+", TEXT)
lower = [w.lower() for w in words]
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
print(len(words), "words,", len(set(lower)), "distinct,", len(sentences), "sentences")
freq = Counter(lower)
for w, n in freq.most_common(8):
    print(f"  {w:<10}{n:>3} {n / len(words):6.2%}")
bigrams = Counter(zip(lower, lower[1:]))
print([" ".join(b) for b, _ in bigrams.most_common(5)])
trigrams = Counter(zip(*(islice(lower, i, None) for i in range(3))))
print(trigrams.most_common(2))


def syllables(word):
    word = word.lower().strip("'")
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and n > 1 and not word.endswith("le"):
        n -= 1
    return max(1, n)


syl = sum(syllables(w) for w in words)
fk = 206.835 - 1.015 * (len(words) / len(sentences)) - 84.6 * (syl / len(words))
print(f"syllables={syl} flesch={fk:.2f} avg_word_len={sum(map(len, words)) / len(words):.3f}")
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print(longest)
by_len = Counter(len(w) for w in words)
for ln in sorted(by_len):
    print(f"{ln:>2} {'#' * by_len[ln]}")


def justify(text, width):
    lines = textwrap.wrap(text, width)
    out = []
    for line in lines[:-1]:
        parts = line.split()
        if len(parts) == 1:
            out.append(parts[0].ljust(width))
            continue
        gaps = len(parts) - 1
        spaces = width - sum(map(len, parts))
        q, r = divmod(spaces, gaps)
        out.append("".join(p + " " * (q + (i < r)) for i, p in enumerate(parts[:-1])) + parts[-1])
    out.append(lines[-1].ljust(width))
    return out


for line in justify(" ".join(TEXT.split()), 48):
    print(f"|{line}|")
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(caps, re.findall(r"\w+—\w+", TEXT), TEXT.count("whenever"), TEXT.lower().count("whenever"))
