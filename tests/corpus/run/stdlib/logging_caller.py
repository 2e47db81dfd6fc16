# logging: caller information (funcName/lineno) with stacklevel; formatter validation messages; mapping args.
import logging, sys
logging.basicConfig(stream=sys.stdout, format='%(funcName)s:%(lineno)d %(message)s')
def a(level): logging.warning('lvl %d', level, stacklevel=level)
def b(level): a(level)
def c(level): b(level)
for lv in range(1, 7): c(lv)
log = logging.getLogger('x')
def w(): log.warning('direct', stacklevel=2)
w()
import logging
for fmt, style in [('{x!z}', '{'), ('{x:zz}', '{'), ('{a b}', '{'), ('{}', '{'), ('{x.y[0]:>10}', '{'), ('no fields', '{'), ('$', '$'), ('cost $$5', '$'), ('${a}', '$'), ('$a $', '$'), ('%(a)s', '%'), ('%(a)', '%'), ('%s', '%')]:
    try:
        logging.Formatter(fmt, style=style); print('ok', fmt)
    except ValueError as e: print(fmt, '->', e)
r = logging.LogRecord('n', 20, 'p', 1, '%(a)s-%(b)s', ({'a': 1, 'b': 2},), None)
print(r.getMessage())
import collections
r = logging.LogRecord('n', 20, 'p', 1, '%(a)s', (collections.OrderedDict(a=5),), None)
print(r.getMessage())

# Formatter.converter = time.gmtime (a builtin stored on a class is not bound).
import time
class UTC(logging.Formatter):
    converter = time.gmtime
f = UTC('%(asctime)s %(message)s', datefmt='%Y')
r = logging.makeLogRecord({'msg': 'm', 'created': 0.0, 'msecs': 0.0})
print(f.format(r))
logging.Formatter.converter = time.gmtime
print(logging.Formatter('%(asctime)s').format(r))
print(logging.Formatter('%(asctime)s', datefmt='%H:%M:%S').format(r))

# exception() outside a handler, and chained exceptions (paths shown relative to this directory).
import io
import os
buf = io.StringIO()
exc_log = logging.getLogger('exc')
exc_log.propagate = False
exc_handler = logging.StreamHandler(buf)
exc_log.addHandler(exc_handler)
exc_log.exception('no active exception')


def chained():
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise KeyError('outer') from e


try:
    chained()
except KeyError:
    exc_log.exception('chained %s', 'error')
print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)), '<dir>'), end='')
