# logging.config.dictConfig and logging.handlers (rotation in a temporary directory, memory, queue).
import logging, logging.config, logging.handlers, sys, os, tempfile
old = logging.getLogger('old.one')
logging.config.dictConfig({
    'version': 1,
    'formatters': {'brief': {'format': '%(levelname)s:%(name)s:%(message)s'}, 'br': {'format': '{name}>{message}', 'style': '{'}},
    'filters': {'onlyapp': {'name': 'app'}},
    'handlers': {'console': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'level': 'INFO', 'stream': 'ext://sys.stdout'},
                 'other': {'class': 'logging.StreamHandler', 'formatter': 'br', 'stream': 'ext://sys.stdout', 'filters': ['onlyapp']}},
    'loggers': {'app': {'level': 'DEBUG', 'handlers': ['other'], 'propagate': True}},
    'root': {'level': 'WARNING', 'handlers': ['console']},
})
logging.getLogger('app').info('app info')
logging.getLogger('app.db').debug('db debug')
logging.getLogger('x').warning('x warn')
old.warning('disabled existing')
print(old.disabled, logging.getLogger('app').level, logging.root.handlers[0].name)
try: logging.config.dictConfig({})
except ValueError as e: print(e)
try: logging.config.dictConfig({'version': 1, 'handlers': {'h': {'class': 'nope.Nope'}}})
except ValueError as e: print(e)
d = tempfile.mkdtemp(); path = os.path.join(d, 'r.log')
rh = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
lg = logging.getLogger('rot'); lg.propagate = False; lg.addHandler(rh)
for i in range(6): lg.warning('message number %d', i)
rh.close()
for n in sorted(os.listdir(d)):
    print(n, open(os.path.join(d, n)).read().split('\n'))
    os.remove(os.path.join(d, n))
os.rmdir(d)
target = logging.StreamHandler(sys.stdout)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('mem'); ml.propagate = False; ml.addHandler(mh)
ml.warning('one'); ml.warning('two'); print('buffered', len(mh.buffer)); ml.error('three')
import queue
q = queue.Queue(); qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('q'); ql.propagate = False; ql.addHandler(qh)
ql.warning('queued %s', 'msg')
rec = q.get_nowait(); print(rec.msg, rec.args, rec.getMessage())

# logging.shutdown runs at exit: the MemoryHandler flushes its buffer to its target then.
h = logging.handlers.MemoryHandler(100, target=logging.StreamHandler(sys.stdout))
lg = logging.getLogger('m'); lg.addHandler(h); lg.propagate = False
lg.warning('buffered until exit')
print('end of program')
