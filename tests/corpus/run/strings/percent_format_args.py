# printf-style formatting: argument fetching (one non-tuple value, %(key) values), conversions, bytes rules.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Idx:
    def __index__(self):
        return 65
class Flt:
    def __float__(self):
        return 2.5
t(1, lambda: '%5%' % (1,))
t(2, lambda: '%5%' % ())
t(3, lambda: '%%|%d%%' % 5)
t(4, lambda: '%(a)d %d' % {'a': 1})
t(5, lambda: '%d %(a)d' % {'a': 1})
t(6, lambda: '%(a)s and %(b)r' % {'a': 'x', 'b': 'y'})
t(7, lambda: '%s' % {'k': 1})
t(8, lambda: '%x' % 1.0)
t(9, lambda: '%o' % 2.5)
t(10, lambda: '%d|%i|%u' % (1.7, -2.5, 3.9))
t(11, lambda: '%c|%x|%e' % (Idx(), Idx(), Idx()))
t(12, lambda: '%d' % Flt())
t(13, lambda: '%f' % Flt())
t(14, lambda: '%*d|%-*d|' % (4, 1, 4, 2))
t(15, lambda: '%*d' % ('4', 1))
t(16, lambda: '%.*f' % (2.0, 1.5))
t(17, lambda: '%\x01' % (1,))
t(18, lambda: '%y' % (1,))
t(19, lambda: '%hd|%ld' % (1, 2))
t(20, lambda: '%c' % 'ab')
t(21, lambda: b'%s|%b' % (b'x', bytearray(b'y')))
t(22, lambda: b'%s' % 'x')
t(23, lambda: b'%s' % 1)
t(24, lambda: b'%r|%a' % ('é', 'é'))
t(25, lambda: b'%c%c' % (65, b'B'))
t(26, lambda: b'%c' % 256)
t(27, lambda: b'%c' % 'A')
t(28, lambda: b'%d %x' % (10, 255))
t(29, lambda: '%s %s' % (1,))
t(30, lambda: '%s' % (1, 2))
