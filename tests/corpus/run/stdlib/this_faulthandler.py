# `import this` (the Zen, rot13-stored), __hello__, and faulthandler's switches and stack dump.
import this
print(sorted(n for n in dir(this) if not n.startswith('__')), this.c, this.i, len(this.s))
import __hello__
__hello__.main()
import faulthandler, sys, io
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
import tempfile
def inner():
    with tempfile.TemporaryFile('w+') as fh:
        faulthandler.dump_traceback(fh, all_threads=False)
        fh.seek(0)
        print(fh.read().replace(__file__, 'PROGRAM'), end='')
def outer():
    inner()
outer()
try:
    faulthandler.enable(io.StringIO())
except Exception as e:
    print(type(e).__name__, e)
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print('ValueError', e)
