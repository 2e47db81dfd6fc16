# getopt: short and long options, GNU-style permutation, and every error message.
import getopt

argv = ['-a', '-bval', '-c', 'x', '--long', '--file=f.txt', '--fi', 'g.txt', '--verb', 'rest', '-z']
print(getopt.getopt(argv, 'ab:c:z', ['long', 'file=', 'verbose']))
print(getopt.getopt(['-a', 'stop', '-b', 'x'], 'ab:'))
print(getopt.getopt(['-a', '--', '-b'], 'ab'), getopt.getopt([], 'a'), getopt.getopt(['-'], 'a'))
print(getopt.gnu_getopt(['rest', '-a', 'mid', '--long', '-c1', '--', '-x'], 'ac:', ['long']))
print(getopt.gnu_getopt(['rest', '-a'], '+a'), getopt.getopt(['--long=v'], '', 'long='))
for args, short, longs in ((['-x'], 'a', []), (['--nope'], '', ['file=', 'foo']), (['-c'], 'c:', []),
                           (['--file'], '', ['file=']), (['--long=1'], '', ['long']), (['--f'], '', ['foo', 'file'])):
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(repr(str(e)), repr(e.opt), e.msg, e.args, getopt.error is getopt.GetoptError)


def main(argv):
    try:
        opts, args = getopt.getopt(argv, 'ho:v', ['help', 'output='])
    except getopt.GetoptError as err:
        print('error:', err)
        return 2
    output, verbose = None, False
    for o, a in opts:
        if o == '-v':
            verbose = True
        elif o in ('-h', '--help'):
            return 'usage'
        elif o in ('-o', '--output'):
            output = a
    return output, verbose, args


print(main(['-v', '-o', 'out.txt', 'in1', 'in2']), main(['--output=x', 'y']), main(['-h']), main(['-q']))
