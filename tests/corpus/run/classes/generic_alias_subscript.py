# types.GenericAlias: hashing, PEP 560 bases, parameters and substitution, instance checks.
import collections.abc as abc
import typing

T = typing.TypeVar('T')
K = typing.TypeVar('K')

print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]], list[int] == list[int], list[int] == list[str])


class Numbers(list[int]):
    pass


print(Numbers.__mro__, Numbers.__orig_bases__, Numbers([1, 2]))


class Pairs(abc.Mapping[str, int]):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


p = Pairs({'a': 1})
print(Pairs.__mro__[1], dict(p), p.get('b', 0), isinstance(p, abc.Mapping))
print(list[T].__parameters__, dict[K, list[T]].__parameters__, list[int].__parameters__)
print(list[T][int], dict[K, list[T]][str, float], abc.Iterable[T][bytes], abc.Mapping[K, T][int, str])
print(type(abc.Iterable[int]) is type(list[int]), abc.Iterable[int].__origin__, abc.Iterable[int].__args__)
for bad in [lambda: list[int][str], lambda: dict[T, T][int, str], lambda: dict[K, T][int],
            lambda: isinstance([], list[int]), lambda: issubclass(list, abc.Iterable[int]),
            lambda: isinstance([], abc.Callable[[int], str])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
