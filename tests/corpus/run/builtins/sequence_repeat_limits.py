# seq * n: the count must fit a Py_ssize_t (OverflowError); results too big for memory are MemoryError,
# str/bytes past Py_ssize_t are "too long" (OverflowError); non-int counts are TypeError.
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, len(r))
    except Exception as e:
        print(label, type(e).__name__, e)
for n in (2**62, 2**63, 2**61 + 1):
    t('list', lambda: [1] * n)
    t('list2', lambda: [1, 2] * n)
    t('str', lambda: 'x' * n)
    t('str2', lambda: 'xy' * n)
    t('bytes', lambda: b'x' * n)
    t('bytes2', lambda: b'xy' * n)
    t('tuple', lambda: (1,) * n)
    t('bytearray', lambda: bytearray(b'x') * n)
t('neg', lambda: [0] * -5)
t('bool', lambda: 'ab' * True)
t('float', lambda: [None] * 2.0)
t('bytes float', lambda: b'x' * 1.5)
def imul():
    l = [1]
    l *= 2**62
    return l
t('imul', imul)
def imul_float():
    l = [1]
    l *= 1.5
    return l
t('imul float', imul_float)
