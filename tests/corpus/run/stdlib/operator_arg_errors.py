# operator's functions count their arguments like CPython's C functions and report a wrong
# count in CPython's words; itemgetter/attrgetter/methodcaller too.
import operator

def show(fn, *args):
    try:
        result = fn(*args)
    except TypeError as e:
        print(f"TypeError: {e}")
    else:
        print("ok", result)

show(operator.add, 1)
show(operator.add)
show(operator.add, 1, 2, 3)
show(operator.add, 1, 2)
show(operator.mul, 3)
show(operator.neg)
show(operator.neg, 1, 2)
show(operator.invert)
show(operator.not_, 1, 2, 3)
show(operator.index)
show(operator.setitem, [1], 0)
show(operator.getitem, [1])
show(operator.contains, [1])
show(operator.iadd, 1)
show(operator.length_hint)
show(operator.length_hint, [1], 0, 2)
show(operator.length_hint, [1, 2], 5)
show(operator.call)
show(operator.call, len, "abc")
show(operator.countOf, 1, 1)
show(operator.indexOf, 5, 1)
show(operator.countOf, [1, 2, 1], 1)
show(operator.itemgetter)
show(operator.attrgetter)
show(operator.methodcaller)
show(operator.methodcaller, 1)
show(operator.attrgetter, 1)
show(operator.itemgetter(0))
show(operator.itemgetter(0), [1], [2])
show(operator.attrgetter('real'))
show(operator.methodcaller('upper'), 'a', 'b')
show(operator.itemgetter(1, 0), 'ab')
show(operator.__add__, 1)
print(operator.__add__ is operator.add, operator.invert(5), operator.inv(5))

def show_kw(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print(f"TypeError: {e}")

show_kw(operator.add, a=1, b=2)
show_kw(operator.add, 1, 2, 3, x=1)
show_kw(operator.neg, a=1)
show_kw(operator.length_hint, [], default=1)
show_kw(operator.call, obj=len)
show_kw(operator.itemgetter, item=1)
show_kw(operator.attrgetter, 'a', b=1)
show_kw(operator.itemgetter(1), obj=[1, 2])
show_kw(operator.methodcaller('x'), obj=1)
show_kw(operator.methodcaller, name='x')
print(operator.methodcaller('split', sep=',')('a,b'))
