# logging: the last-resort handler, loggers and handlers, formatters of all three styles,
# filters, propagation, exceptions with tracebacks, basicConfig on stdout and in a file.
import io
import logging
import os
import sys
import tempfile

# With no configuration, warnings and above go to stderr as the bare message.
logging.getLogger('quiet').warning('last resort: %s', 'bare message')
logging.getLogger('quiet').info('not shown')

log = logging.getLogger('app.sub')
print(log, log.parent, logging.getLogger(), logging.getLogger('app'), log.parent is logging.getLogger('app'))
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15), logging.WARNING)
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter(
    '%(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(module)s %(filename)s - %(message)s'))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLogger('app').getEffectiveLevel())


def work():
    log.debug('debugging %d', 42)
    log.info('info %(x)s and %(y)s', {'x': 1, 'y': 2})
    log.log(15, 'custom level')


work()
try:
    raise ValueError('bad value')
except ValueError:
    log.exception('boom')
try:
    raise KeyError('k')
except KeyError as exc:
    log.error('with exc_info instance', exc_info=exc)
# Tracebacks name this file by its absolute path: print it relative to the program's directory.
print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)), '<dir>'), end='')

for fmt, style in (('{levelname}|{name}|{message}', '{'), ('$levelname|${name}|$message', '$')):
    buf = io.StringIO()
    handler.setStream(buf)
    handler.setFormatter(logging.Formatter(fmt, style=style))
    log.warning('styled')
    print(buf.getvalue(), end='')


class NoSecrets(logging.Filter):
    def filter(self, record):
        return 'secret' not in record.getMessage()


buf = io.StringIO()
handler.setStream(buf)
handler.setFormatter(logging.Formatter('%(name)s:%(message)s'))
log.addFilter(NoSecrets())
log.warning('secret stuff')
log.warning('public stuff')
child = log.getChild('kid')
child.warning('from child, propagated')
handler.addFilter(logging.Filter('app.sub.kid'))
log.warning('filtered by handler filter')
child.warning('passes handler filter')
handler.addFilter(lambda record: record.levelno >= logging.ERROR)
child.warning('too low for the callable filter')
child.error('high enough')
print(buf.getvalue(), end='')
print(repr(child), logging.NullHandler(), logging.Handler())

for bad in ('nofields', '%(message)'):
    try:
        logging.Formatter(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    logging.Formatter('x', style='#')
except ValueError as e:
    print('ValueError:', e)
try:
    log.setLevel('LOUD')
except ValueError as e:
    print('ValueError:', e)
try:
    log.setLevel(None)
except TypeError as e:
    print('TypeError:', e)
try:
    log.info('x', extra={'message': 1})
except KeyError as e:
    print('KeyError:', e)

# extra= attributes and a LoggerAdapter
buf = io.StringIO()
h2 = logging.StreamHandler(buf)
h2.setFormatter(logging.Formatter('[%(user)s] %(levelname)s %(message)s'))
audit = logging.getLogger('audit')
audit.propagate = False
audit.addHandler(h2)
audit.warning('login', extra={'user': 'alice'})
adapter = logging.LoggerAdapter(audit, {'user': 'bob'})
adapter.error('logout')
print(buf.getvalue(), end='')
print(adapter, audit.hasHandlers(), logging.getLogger('nohandlers').hasHandlers())

r = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',), 'levelno': 20, 'name': 'made'})
print(r.getMessage(), r.levelno, r.name)
rec = logging.LogRecord('n', logging.INFO, '/x/y/mod.py', 7, 'm %d', (1,), None, 'fn')
print(rec, rec.module, rec.filename, rec.getMessage(), rec.funcName, rec.levelname)

# basicConfig on stdout; module-level functions use the root logger.
log.propagate = False
logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
logging.info('now shown')
logging.debug('still hidden')
logging.getLogger('x.y').warning('from x.y')
logging.log(logging.ERROR, 'via log')
logging.basicConfig(level=logging.DEBUG)  # ignored: the root logger already has a handler
logging.debug('still hidden after second basicConfig')
logging.basicConfig(format='forced %(message)s', stream=sys.stdout, force=True)
logging.warning('after force')
logging.disable(logging.ERROR)
logging.error('disabled')
logging.critical('critical still shown')
logging.disable(logging.NOTSET)

# A file handler inside a temporary directory.
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'app.log')
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
flog = logging.getLogger('file')
flog.propagate = False
flog.addHandler(fh)
flog.warning('to file %d', 1)
flog.error('to file %d', 2)
fh.close()
with open(path) as f:
    print(f.read(), end='')
print(fh.baseFilename == path, repr(fh).startswith('<FileHandler '))
os.remove(path)
os.rmdir(tmp)

# Errors in the last-resort path: unconfigured logger exceptions print the traceback too.
logging.root.handlers.clear()
try:
    {}['missing']
except KeyError:
    logging.getLogger('late').exception('unhandled lookup')
