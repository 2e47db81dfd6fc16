# Codec error handlers: looked up only when an error occurs, standard ones always available,
# lone surrogates in UTF-8/16/32, and the wrapping of failures off CPython's fast paths.

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, f"{type(e).__name__}: {e}")

# A bogus handler name is harmless until an error needs it.
show("utf-8-sig ok", lambda: 'abc'.encode('utf-8-sig', 'bogus'))
show("utf-8-sig decode ok", lambda: b'\xc3\xa9'.decode('utf-8-sig', 'bogus'))
show("utf-8 bad decode", lambda: b'\xff'.decode('utf-8', 'bogus'))
show("ascii bad decode", lambda: b'\x80'.decode('ascii', 'bogus'))
show("U8 bad decode", lambda: b'\xff'.decode('U8', 'bogus'))
show("utf-32-be bad decode", lambda: b'abc'.decode('utf-32-be', 'bogus'))
show("utf-16 bad decode", lambda: b'abc'.decode('utf-16', 'bogus'))

# namereplace and surrogatepass are there without importing codecs.
show("namereplace", lambda: 'ß€\u2028'.encode('ascii', 'namereplace'))
show("namereplace surrogate", lambda: '\udcff'.encode('latin-1', 'namereplace'))
show("surrogatepass ascii", lambda: 'é'.encode('ascii', 'surrogatepass'))
show("surrogatepass decode", lambda: b'\xed\xa0\x80x'.decode('utf-8', 'surrogatepass'))
show("surrogatepass encode", lambda: 'a\ud800'.encode('utf-8', 'surrogatepass'))

# Lone surrogates with every built-in handler, in UTF-8, UTF-16 and UTF-32.
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32-le']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass', 'surrogateescape']:
        show(f"{enc} {errors}", lambda: 'a\udcff\udc80b'.encode(enc, errors))

# surrogateescape: escapable prefix then the error at the first other surrogate.
show("escape run", lambda: '\udc80\ud800'.encode('utf-8', 'surrogateescape'))
show("escape utf-32 partial", lambda: b'\x80abc'.decode('utf-32-be', 'surrogateescape'))
show("ascii backslashreplace", lambda: b'a\xe9\xff'.decode('ascii', 'backslashreplace'))

# A handler registered by the program serves the native codecs too.
import codecs
codecs.register_error('star', lambda e: ('*' * (e.end - e.start), e.end))
show("custom decode", lambda: b'a\xffb\xfe'.decode('utf-8', 'star'))
show("custom encode", lambda: 'a\udcffb'.encode('utf-8', 'star'))
show("custom utf-16", lambda: 'a\udcff'.encode('utf-16-le', 'star'))
