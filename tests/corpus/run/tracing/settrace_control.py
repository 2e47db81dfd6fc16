# Local trace functions: returning None stops line events for a frame, f_trace_lines, errors in the
# trace function (tracing is switched off and the error raised in the traced code), sys.setprofile,
# argument errors.
import sys

def quiet():
    a = 1
    b = 2
    return a + b

def loud():
    x = quiet()
    return x * 2

def selective(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'quiet':
        return None
    return selective

sys.settrace(selective)
loud()
sys.settrace(None)

def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    print(event, frame.f_code.co_name)
    return no_lines

sys.settrace(no_lines)
loud()
sys.settrace(None)

def broken(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer failed')
    return broken

sys.settrace(broken)
try:
    loud()
except RuntimeError as e:
    print('caught', e, sys.gettrace())

calls = []
def profiler(frame, event, arg):
    if event in ('call', 'return'):
        calls.append((event, frame.f_code.co_name, arg))
sys.setprofile(profiler)
loud()
sys.setprofile(None)
print(calls)
print(sys.getprofile())

for bad in [lambda: sys.settrace(), lambda: sys.settrace(1, 2), lambda: sys.gettrace(1),
            lambda: sys.setprofile(func=None)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

def gen():
    yield 1
    yield 2

def gtrace(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        print(event, frame.f_lineno, arg)
    return gtrace
sys.settrace(gtrace)
print(list(gen()))
sys.settrace(None)
try:
    sys._getframe().f_trace_lines = 1
except TypeError as e:
    print('TypeError:', e)
