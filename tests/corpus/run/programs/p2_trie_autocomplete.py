"""Trie with insert/search/prefix listing, word frequencies, edit-distance suggestions and __slots__ nodes."""
from collections import Counter
import re


class Node:
    __slots__ = ("kids", "count", "end")

    def __init__(self):
        self.kids = {}
        self.count = 0
        self.end = 0


class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.kids.setdefault(ch, Node())
            node.count += 1
        if not node.end:
            self.size += 1
        node.end += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.kids.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        n = self._find(word)
        return bool(n and n.end)

    def __len__(self):
        return self.size

    def complete(self, prefix, limit=5):
        start = self._find(prefix)
        if start is None:
            return []
        out = []
        stack = [(start, prefix)]
        while stack:
            node, word = stack.pop()
            if node.end:
                out.append((node.end, word))
            for ch in sorted(node.kids, reverse=True):
                stack.append((node.kids[ch], word + ch))
        out.sort(key=lambda p: (-p[0], p[1]))
        return [w for _, w in out[:limit]]

    def count_prefix(self, prefix):
        n = self._find(prefix)
        return n.count if n else 0

    def fuzzy(self, word, max_dist=1):
        results = []
        first = list(range(len(word) + 1))

        def rec(node, ch, prev, path):
            row = [prev[0] + 1]
            for i in range(1, len(word) + 1):
                row.append(min(row[i - 1] + 1, prev[i] + 1, prev[i - 1] + (word[i - 1] != ch)))
            if node.end and row[-1] <= max_dist:
                results.append((row[-1], path))
            if min(row) <= max_dist:
                for c, kid in sorted(node.kids.items()):
                    rec(kid, c, row, path + c)

        for c, kid in sorted(self.root.kids.items()):
            rec(kid, c, first, c)
        return sorted(results)


TEXT = """It is a truth universally acknowledged, that a single man in possession of a good fortune,
must be in want of a wife. However little known the feelings or views of such a man may be on his first
entering a neighbourhood, this truth is so well fixed in the minds of the surrounding families, that he
is considered the rightful property of some one or other of their daughters. The truth, the whole truth."""
words = re.findall(r"[a-z]+", TEXT.lower())
t = Trie(words)
print(len(t), len(words), "the" in t, "th" in t, "wife" in t, "xyz" in t)
for p in ["th", "w", "tru", "po", "f", "zz", ""]:
    print(f"{p!r:6} {t.count_prefix(p):>3} {t.complete(p)}")
for w in ["truht", "mann", "wif", "famly", "good"]:
    print(w, t.fuzzy(w, 1), t.fuzzy(w, 2)[:4])
freq = Counter(words)
print(freq.most_common(5), sum(freq.values()) == len(words))
