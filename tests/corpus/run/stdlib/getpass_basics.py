import getpass, io, os, sys, warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        pw = getpass.getpass('Secret: ')
        print('got', repr(pw))
    except EOFError:
        print('EOFError')
    finally:
        sys.stderr = saved
    print(repr(err.getvalue()))
    print([(w.category.__name__, str(w.message)) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    stream = io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO('hunter2\nnext\n')
    try:
        print(repr(getpass.getpass(stream=stream)))
        print(repr(getpass.getpass('Again: ', stream)))
        try:
            getpass.getpass('Third: ', stream)
        except EOFError:
            print('EOFError at end')
    finally:
        sys.stdin = saved_stdin
    print(repr(stream.getvalue()))
    print(len(caught), caught[0].category is getpass.GetPassWarning, issubclass(getpass.GetPassWarning, UserWarning))

saved = {k: os.environ.get(k) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME')}
try:
    for k in saved:
        os.environ.pop(k, None)
    os.environ['USER'] = 'alice'
    print(getpass.getuser())
    os.environ['LOGNAME'] = 'bob'
    print(getpass.getuser())
    del os.environ['LOGNAME'], os.environ['USER']
    os.environ['USERNAME'] = 'carol'
    print(getpass.getuser())
    del os.environ['USERNAME']
    print(isinstance(getpass.getuser(), str))
finally:
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
print(getpass.__all__)
