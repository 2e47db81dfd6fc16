import re
# Unicode vs ASCII classes, word boundaries, bytes semantics.
s = 'x²y café\u0301 n\u00ba_1 a\x1cb'
print(re.findall(r'\w+', s), re.findall(r'\w+', s, re.A), re.split(r'\s', s))
print(re.findall(r'\bcaf', 'écafé café'), re.findall(r'\bcaf', 'écafé café', re.A))
print(re.findall(rb'\b\w+\b', b'caf\xe9 ol\xe9'), re.findall(rb'\s+', b'a \x1c\x85b'))
print(re.findall(r'[\w-]+', 'ab-c² d'), re.findall(r'[\s,]+', 'a, b\x1cc'), re.findall(r'\W+', 'a, b²!'))
print(re.findall(r'\d+', '12 ٣٤ ５'), re.findall(r'\d+', '12 ٣٤ ５', re.ASCII), re.findall(r'[^\d\s]+', 'a1 b2'))
print(re.sub(r'\B', '.', 'abc'), re.sub(r'\B', '.', 'abc', flags=re.A), re.findall(r'\S+', 'a\x1cb c'))
print(re.search(r'[😀-😂]', 'x😁y'), re.findall(r'[^a]', 'a😀b'), re.findall(r'\W', 'a😀b'), re.search(r'\w+', 'ab😀'))
print(re.search(r'(?i)straße', 'STRASSE'), re.search(r'(?i)ǅ', 'ǆ'), re.findall('(?i)[a-z]+', 'ÀbC'))
print(re.match(r'\N{GREEK SMALL LETTER ALPHA}+', 'ααβ'), re.match('\\u00e9\\x41\\101\\0', 'éAA\x00'))
print(re.findall('[\u0000-\U0010ffff]', 'a😀'), re.findall('[^😀]', 'a😀\U0001F601'), re.findall('[a😀]+', 'xa😀ay'))
print(re.findall('[\U00010000-\U0010ffff]+', 'ab😀\U000E0001c'), re.sub('[😀-😂]', '?', '😀😃😂'))
