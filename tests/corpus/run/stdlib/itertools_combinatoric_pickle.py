# copy / pickle / __reduce__ / __setstate__ / __sizeof__ of the combinatoric iterators (CPython 3.11 still has
# them): a copy taken mid-way resumes where the original was, and a bad state gets CPython's errors.
import copy
import itertools as it
import pickle


def makers():
    return [lambda: it.combinations('abcd', 2), lambda: it.permutations('abc', 2), lambda: it.product('ab', 'xy'),
            lambda: it.combinations_with_replacement('abc', 2), lambda: it.product(), lambda: it.product('ab', repeat=0),
            lambda: it.combinations('ab', 3), lambda: it.permutations('ab', 3), lambda: it.product('', 'a'),
            lambda: it.combinations('abc', 0), lambda: it.permutations([]), lambda: it.product(range(3), repeat=2),
            lambda: it.combinations_with_replacement('', 1), lambda: it.combinations_with_replacement('', 0)]


for mk in makers():
    o = mk()
    print(o.__reduce__())
    for _ in range(3):
        x = next(o, None)
        print(' ', x, o.__reduce__())
        c = copy.copy(o)
        d = copy.deepcopy(o)
        p = pickle.loads(pickle.dumps(o))
        rest = list(mk())
        print('   ', list(c), list(d) == list(p) == list(copy.copy(o)))
    print('  sizeof', o.__sizeof__())

# Resuming at every position reproduces the tail of a fresh run.
for mk in makers():
    full = list(mk())
    o = mk()
    for k in range(len(full)):
        next(o)
        assert list(pickle.loads(pickle.dumps(o))) == full[k + 1:], (full, k)
print('resume ok')


class Sub(it.permutations):
    pass
s = Sub('abc')
next(s)
s2 = pickle.loads(pickle.dumps(s))
print(type(s2).__name__, list(s2))

c = it.combinations('abcd', 2); c.__setstate__((0, 3)); print(list(c))
c = it.combinations('abcd', 2); c.__setstate__((9, -3)); print(list(c))
p = it.permutations('abcd', 2); p.__setstate__(((3, 2, 1, 0), (1, 1))); print(list(p))
p = it.permutations('abcd', 2); p.__setstate__(((3, 2, 1, 0), (2, 2))); print(list(p))
p = it.product('ab', 'xyz'); p.__setstate__((1, 1)); print(list(p))
p = it.product('ab', 'xyz'); p.__setstate__((7, -1)); print(list(p))
p = it.product('ab', ''); p.__setstate__((0, 0)); print(list(p), p.__reduce__())
cw = it.combinations_with_replacement('abc', 2); cw.__setstate__((5, 1)); print(list(cw))
cw = it.combinations_with_replacement('abc', 2); cw.__setstate__((1, 0)); print(list(cw))
done = it.combinations('ab', 1); list(done); done.__setstate__((0,)); print(list(done))
for bad in ["it.combinations('ab',1).__setstate__(1)", "it.combinations('ab',1).__setstate__((1,2))",
            "it.permutations('ab').__setstate__((1,))", "it.permutations('ab').__setstate__(((1,),(1,)))",
            "it.permutations('ab').__setstate__(((1,2),5))", "it.permutations('ab').__setstate__(((1,2),(2**70,)))",
            "it.permutations('ab').__setstate__(((1,2),(2**70,3)))", "it.permutations('ab').__setstate__([(1,0),(1,1)])",
            "it.product('ab').__setstate__((1,2))", "it.product('ab').__setstate__(('a',))",
            "it.product('ab').__setstate__((1.0,))", "it.combinations('ab',1).__setstate__(('a',))",
            "it.combinations_with_replacement('ab',1).__setstate__((5,))", "it.product().__setstate__(())",
            "it.combinations('ab',1).__setstate__([0])", "it.combinations('ab',1).__setstate__((True,))"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, '!!', type(e).__name__, e)
print(it.combinations('abcd', 2).__sizeof__(), it.combinations('abcd', 3).__sizeof__(),
      it.combinations_with_replacement('abcd', 3).__sizeof__(), it.permutations('abcde', 2).__sizeof__(),
      it.product('ab', 'cd').__sizeof__(), it.product('ab', repeat=3).__sizeof__(), it.combinations('ab', 5).__sizeof__())
