import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram -- used by type-setters "
        "and long-term self-described font-enthusiasts -- contains every letter of the alphabet. "
        "Supercalifragilisticexpialidocious words get broken. e-mail x-ray re-enter co-op 12-34 ab--cd.")
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_on_hyphens=False)[:6])
print(textwrap.wrap(text, 15, break_long_words=False)[-6:])
print(textwrap.wrap('Hello.  World!  Done? yes. no', 12, fix_sentence_endings=True))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading', 10, drop_whitespace=False))
print(textwrap.wrap('tab\there\nnew line', 8), textwrap.wrap('tab\there', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.shorten(text, 40), '|', textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world', 11))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=3, placeholder=' ...'))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('word ' * 5, 12))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten('hello world', 3)
except ValueError as e:
    print(e)
code = '''
    def f():
        return 1

    \t
      x = 2
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    a\n  b\n      c')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=16, subsequent_indent='    ')
print(w.wrap('one two three four five six seven eight'), w.fill('alpha beta'))
