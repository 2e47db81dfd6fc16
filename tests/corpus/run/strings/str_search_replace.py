# Searching, counting, splitting and replacing with overlapping and unicode patterns.
text = "abracadabra 😀 abra 😀😀"
for sub in ["abra", "a", "😀", "😀😀", "", "zz", "ra c"]:
    print(repr(sub), text.count(sub), text.find(sub), text.rfind(sub), sub in text)
print(text.split("abra"), text.split("😀"), text.rsplit(" ", 2), text.partition("😀"), text.rpartition("😀"))
print(text.replace("abra", "ABRA", 1), text.replace("😀", "<smile>"), text.replace("a", "", 3))
print(text.index("c"), text.rindex("a"), text[text.find("😀"):][:3])
print(text.upper(), text.title(), len(text), text[::-1])
word = "mississippi"
positions = []
start = 0
while (idx := word.find("ss", start)) != -1:
    positions.append(idx)
    start = idx + 1
print(positions, word.count("issi"), word.find("issi", 2), word.replace("ss", "SS"), word.split("s"))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("".join(ch for ch in "h-e-l-l-o" if ch != "-"), "-".join("hello"), "x".join(["a"]), "".join([]))
table = {ord("a"): "4", ord("e"): "3", ord("o"): None}
print("hello reader".translate(table), str.maketrans({"x": "y"}), "xxy".translate(str.maketrans("xy", "yx")))
print("Hello World".startswith(("Hell", "Help")), "Hello".endswith(("lo", "xx"), 1, 5), "abc".find("c", -1))
