# format(x, '') of an int/float/str/complex subclass is str(x): a subclass's __str__ or __repr__ shows.
class F(float):
    def __repr__(self):
        return 'F!'
class S(str):
    def __str__(self):
        return 'S!'
class I(int):
    def __repr__(self):
        return 'I!'
class C(complex):
    def __repr__(self):
        return 'C!'
for v in (F(1.5), S('a'), I(3), C(1j)):
    print(f'{v}', format(v), '{}'.format(v), f'{v!s}', f'{v:>4}|')
