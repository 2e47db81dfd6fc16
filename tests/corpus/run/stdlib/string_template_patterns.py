# string.Template is regex based like CPython's: subclasses may override delimiter, idpattern,
# braceidpattern, flags or the whole pattern.
import string

class Percent(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'

class Dotted(string.Template):
    braceidpattern = r'[a-z.]+'

class At(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\[(?P<braced>\w+)\]|(?P<invalid>))'

class CaseSensitive(string.Template):
    flags = 0

class Hash(string.Template):
    delimiter = '#'

print(Percent("%abc1 %x %%").substitute(abc='Q', x='y'))
print(Dotted("${a.b} $c").substitute({'a.b': 1, 'c': 2}))
print(At("@x @[y] @@ z").substitute(x=1, y=2))
print(CaseSensitive("$Abc $abc").safe_substitute(abc=1))
print(Hash("#x ## #{y}").substitute(x=1, y=2))
print(type(string.Template.pattern).__name__, At.pattern.pattern[:12], string.Template.idpattern)

t = string.Template("$who likes ${what} $$ and $ÿ")
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
print(string.Template("$who ${what}").substitute({'who': 1}, what=2))
for bad in ["$", "${a", "$1", "ok\nline2 $ x", "${}", "$a $"]:
    try:
        string.Template(bad).substitute(a=1)
    except ValueError as e:
        print("ValueError:", e)
    print(repr(string.Template(bad).safe_substitute()), string.Template(bad).is_valid())
try:
    string.Template("$a $b").substitute({'a': 1})
except KeyError as e:
    print("KeyError:", repr(e))
print(string.Template("$a $$a").substitute(a='$b'))
