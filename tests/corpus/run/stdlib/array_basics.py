import array
from array import array as A

nums = A('i', [3, 1, 4, 1, 5, 9, 2, 6])
print(nums, len(nums), nums.typecode, nums.itemsize)
nums.append(5)
nums.extend([3, 5])
nums.extend(A('i', [8, 9]))
nums.insert(0, 100)
nums.insert(-1, 7)
nums.insert(1000, 42)
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(1)
print(nums, nums.count(5), nums.index(5), nums.index(5, 5), 9 in nums, 77 in nums)
nums.reverse()
print(nums, nums.tolist(), list(nums)[:3], sorted(nums)[-3:], sum(nums), max(nums))
print(nums[0], nums[-1], nums[2:5], nums[::3], nums[::-1][:2])
nums[0] = -1
nums[1:3] = A('i', [20, 30, 40])
del nums[-1]
del nums[::2]
print(nums)
nums[::2] = A('i', [0] * len(nums[::2]))
print(nums, nums * 2, 2 * A('b', [1]), A('i', [1]) + A('i', [2]))
nums += A('i', [11])
nums *= 2
print(nums)

print(A('d', [1, 2.5, -0.0]), A('f', [0.1, 1e10]), A('u', 'héllo'), A('b'), A('B', b'\x00\xff'))
print(A('d', range(4)), A('q', (x * x for x in range(5))), A('L', [2 ** 64 - 1]), A('h', A('b', [-1, 2])))

data = A('h', [1, -2, 300])
raw = data.tobytes()
print(raw, len(raw))
back = A('h')
back.frombytes(raw)
print(back, back == data, back is data)
data.byteswap()
print(data, data.tobytes())
u = A('u', 'abc')
u.fromunicode('déf')
print(u, u.tounicode(), u.tobytes()[:8], u.itemsize)
f = A('d')
f.fromlist([1.5, 2.5])
print(f, f.tobytes().hex(), A('f', [1.5]).tobytes())
print(A('I', [1, 2]).buffer_info()[1], type(A('i').buffer_info()[0]).__name__)
print(bytes(A('B', [104, 105])), A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) < A('i', [1, 3]))
print(A('i', [1, 2]) != [1, 2], A('i') == A('u'))
import copy
c = copy.copy(nums)
c[0] = 99
print(c[0] != nums[0], copy.deepcopy(A('u', 'x')))

def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

check("bad typecode", lambda: A('z'))
check("typecode type", lambda: A(5))
check("str init", lambda: A('i', 'abc'))
check("float in int", lambda: A('i', [1.5]))
check("str in double", lambda: A('d', ['x']))
check("bad unicode", lambda: A('u', [65]))
for tc, bad in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 2 ** 15), ('H', -1),
                ('i', 2 ** 31), ('I', -1), ('I', 2 ** 32), ('l', 2 ** 63), ('L', -5),
                ('q', -2 ** 63 - 1), ('Q', 2 ** 64), ('b', 2 ** 80)]:
    check(f"overflow {tc} {bad}", lambda: A(tc, [bad]))
x = A('i', [1, 2, 3])
check("index", lambda: x[10])
check("assign index", lambda: x.__setitem__(-10, 1))
check("slice list", lambda: x.__setitem__(slice(0, 1), [5]))
check("slice other type", lambda: x.__setitem__(slice(0, 1), A('d', [5])))
check("extended slice", lambda: x.__setitem__(slice(None, None, 2), A('i', [1])))
check("add list", lambda: x + [4])
check("iadd list", lambda: x.__iadd__([4]))
check("extend kind", lambda: x.extend(A('h', [1])))
check("pop empty", lambda: A('i').pop())
check("pop range", lambda: x.pop(9))
check("remove", lambda: x.remove(42))
check("index missing", lambda: x.index(42))
check("frombytes", lambda: x.frombytes(b'\x00\x01\x02'))
check("fromlist", lambda: x.fromlist((1, 2)))
check("tounicode", lambda: x.tounicode())
check("hash", lambda: hash(x))
check("append str", lambda: x.append('1'))
print(x, array.typecodes, array.ArrayType is A, type(x), A.__module__)
