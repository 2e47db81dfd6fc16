import re
print(re.findall(r'|a', 'ab'), re.sub(r'|a', '-', 'ab'), re.split(r'|a', 'ab'), re.findall(r'a??', 'aa'))
print(re.sub('x*', '-', 'abxd'), re.findall(r'\b', 'a b'), re.split(r'\b', 'ab cd'), re.findall('', '😀a'), re.sub('', '.', 'a😀'))
print(re.findall(r'(?=a)|a', 'aa'), re.findall(r'a*?', 'ab'), re.subn(r'x*|y', '_', 'xyz'), re.split(r'(?=b)', 'abab'))
print([m.span() for m in re.finditer(r'\w*', 'ab  c')], re.findall('^', 'a\nb\n', re.M), re.findall('$', 'a\nb\n', re.M))
