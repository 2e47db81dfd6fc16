# str.encode with error handlers from the codecs registry: namereplace and handlers registered by the program.
import codecs
print('a€b😀'.encode('ascii', 'namereplace'), 'é'.encode('latin-1', 'namereplace'), '€'.encode('latin-1', 'namereplace'))
def myhandler(e):
    return ("<%d-%d>" % (e.start, e.end), e.end)
codecs.register_error("mine", myhandler)
print('héllo wörld €€'.encode('ascii', 'mine'))
def skip(e): return (b"??", e.end)
codecs.register_error("bytesout", skip)
print('x€y'.encode('ascii', 'bytesout'))
try: 'x€'.encode('ascii', 'nosuch')
except LookupError as e: print("LookupError", e)
def bad(e): return 1
codecs.register_error("bad", bad)
try: 'x€'.encode('ascii', 'bad')
except TypeError as e: print("TypeError", e)
