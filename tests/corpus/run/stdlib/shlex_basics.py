import shlex

cases = ['ls -la /tmp', '  spaced   out  ', 'echo "hello world"', "echo 'single quoted'", 'a"b c"d', r"'it'\''s' ok",
         r'escaped\ space and\\backslash', r'"dq \"inner\" \\ \n \$"', "''", '""', 'x "" y', 'cmd # comment here',
         'a#b', 'multi\nline\targs', r'\#notcomment', "mix'ed'\"quo\"tes", 'unicode \u00e9t\u00e9']
for text in cases:
    print(repr(text), shlex.split(text), shlex.split(text, comments=True))
print(shlex.split('a "b c" \'d e\' f\\ g', posix=False), shlex.split('x # y', comments=True, posix=False))
for bad in ['"unterminated', "'open", 'trailing\\', '"esc at end\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'safe-chars_@%+=:,./', 'tab\there', 'ünï']:
    print(repr(s), shlex.quote(s))
args = ['cp', 'my file.txt', "it's.bak", '--opt=1']
print(shlex.join(args), shlex.split(shlex.join(args)) == args)
