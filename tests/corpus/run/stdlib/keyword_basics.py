import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist), keyword.__all__)
for word in ['if', 'None', 'match', 'case', '_', 'print', 'async', 'await', 'self', 'True', 'true', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print([w for w in ['class', 'klass', 'def', 'lambda', 'yield', 'type'] if keyword.iskeyword(w)])
print(all(w.isidentifier() for w in keyword.kwlist), sorted(keyword.kwlist) == keyword.kwlist)
