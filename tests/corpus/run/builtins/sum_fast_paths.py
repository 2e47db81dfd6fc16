# sum(): exact ints add in a machine word until overflow, floats in a double, the rest with "+" (CPython 3.11).
import sys
class MyInt(int): 
    def __radd__(self, o): return 'radd'
    def __add__(self, o): return 'add'
print(sum([1, 2, 3]), sum([1, True, 2]), sum([sys.maxsize, 1]), sum([sys.maxsize, 1, -5]), sum([-sys.maxsize - 1, -1]))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1.5, 2, 10**30]), sum([1.0, MyInt(2)]), sum([1, MyInt(2)]))
print(sum([1, 2], 0.5), sum([], 7), sum([[1], [2]], []), sum(range(10**6)), sum([1, 2j]), sum([True, True]))
print(sum([2**70, 1]), sum([1, 2**70, 1.5]), sum([float('inf'), 1]), sum([1e308, 1e308]), sum((x for x in [1, 2.0])))
try: sum([1, 'a'])
except TypeError as e: print(e)
try: sum([1.0, 'a'])
except TypeError as e: print(e)
print(type(sum([True, False])), sum([], start=3), sum([1.5], start=1))
