import string
import textwrap
from collections import Counter, defaultdict, OrderedDict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us, we were
all going direct to Heaven, we were all going direct the other way -- in short, the period was
so far like the present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
words = [w for w in words if w]
freq = Counter(words)
print("words:", len(words), "unique:", len(freq))
print(freq.most_common(8))
by_count = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_count[8:16])
stable = sorted(freq, key=lambda w: freq[w], reverse=True)[:12]
print(stable)
print(sorted(freq, key=len)[-5:], max(freq, key=len), min(freq, key=lambda w: (len(w), w)))
lengths = Counter(map(len, words))
for n in sorted(lengths):
    print(f"{n:2d} {'*' * lengths[n]:<20} {lengths[n]}")
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("".join(c for c, _ in letters.most_common(10)))
first = defaultdict(list)
for w in dict.fromkeys(words):
    first[w[0]].append(w)
print({k: v[:3] for k, v in sorted(first.items()) if len(v) > 3})
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(4))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), max(sentences, key=len))
print(textwrap.fill(TEXT.replace("\n", " "), width=50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=60, placeholder=" [...]"))
print(textwrap.dedent("""\
    def f():
        return 1
  x"""))
print(textwrap.indent("a\n\nb\n", "+ "), end="|\n")
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("a  b   c", width=3, drop_whitespace=False))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), repr(OrderedDict(a=1)))
print(string.ascii_letters[:5], string.digits, string.hexdigits, repr(string.whitespace), string.punctuation)
print(string.capwords("hello   wORLD  foo"), "hello world".title(), "they're bill's".title())
tpl = string.Template("$who likes ${what}s; $$5")
print(tpl.substitute(who="Tim", what="apple"), tpl.safe_substitute(who="X"))
try:
    tpl.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
fmt = string.Formatter()
print(fmt.format("{0}-{x!r:>5}", 1, x="y"), list(fmt.parse("a{b:>3}c{}")))
print(f"{'word':<10}{'n':>4}")
for w, n in freq.most_common(3):
    print(f"{w:<10}{n:>4}")
print(Counter(words).most_common()[-3:])
