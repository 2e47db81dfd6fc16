"""Python 2 <-> 3 name translations used by pickle's fix_imports (protocols 0-2).

IMPORT_MAPPING / NAME_MAPPING translate Python 2 names found in old pickles to Python 3 names;
the REVERSE_* tables are used when writing protocol 0-2 pickles. Same tables as CPython's.
"""

_renamed_modules = """
__builtin__ builtins|copy_reg copyreg|Queue queue|SocketServer socketserver
ConfigParser configparser|repr reprlib|tkFileDialog tkinter.filedialog
tkSimpleDialog tkinter.simpledialog|tkColorChooser tkinter.colorchooser
tkCommonDialog tkinter.commondialog|Dialog tkinter.dialog|Tkdnd tkinter.dnd|tkFont tkinter.font
tkMessageBox tkinter.messagebox|ScrolledText tkinter.scrolledtext|Tkconstants tkinter.constants
Tix tkinter.tix|ttk tkinter.ttk|Tkinter tkinter|markupbase _markupbase|_winreg winreg
thread _thread|dummy_thread _dummy_thread|dbhash dbm.bsd|dumbdbm dbm.dumb|dbm dbm.ndbm
gdbm dbm.gnu|xmlrpclib xmlrpc.client|SimpleXMLRPCServer xmlrpc.server|httplib http.client
htmlentitydefs html.entities|HTMLParser html.parser|Cookie http.cookies
cookielib http.cookiejar|BaseHTTPServer http.server|test.test_support test.support
commands subprocess|urlparse urllib.parse|robotparser urllib.robotparser
urllib2 urllib.request|anydbm dbm|_abcoll collections.abc
"""


def _pairs(text):
    return [tuple(item.split()) for item in text.replace('\n', '|').split('|') if item.strip()]


IMPORT_MAPPING = dict(_pairs(_renamed_modules))

_renamed_names = """
__builtin__ xrange builtins range|__builtin__ reduce functools reduce
__builtin__ intern sys intern|__builtin__ unichr builtins chr|__builtin__ unicode builtins str
__builtin__ long builtins int|itertools izip builtins zip|itertools imap builtins map
itertools ifilter builtins filter|itertools ifilterfalse itertools filterfalse
itertools izip_longest itertools zip_longest|UserDict IterableUserDict collections UserDict
UserList UserList collections UserList|UserString UserString collections UserString
whichdb whichdb dbm whichdb|_socket fromfd socket fromfd
_multiprocessing Connection multiprocessing.connection Connection
multiprocessing.process Process multiprocessing.context Process
multiprocessing.forking Popen multiprocessing.popen_fork Popen
urllib ContentTooShortError urllib.error ContentTooShortError
urllib getproxies urllib.request getproxies|urllib pathname2url urllib.request pathname2url
urllib quote_plus urllib.parse quote_plus|urllib quote urllib.parse quote
urllib unquote_plus urllib.parse unquote_plus|urllib unquote urllib.parse unquote
urllib url2pathname urllib.request url2pathname|urllib urlcleanup urllib.request urlcleanup
urllib urlencode urllib.parse urlencode|urllib urlopen urllib.request urlopen
urllib urlretrieve urllib.request urlretrieve|urllib2 HTTPError urllib.error HTTPError
urllib2 URLError urllib.error URLError
"""

NAME_MAPPING = {(a, b): (c, d) for a, b, c, d in _pairs(_renamed_names)}

PYTHON2_EXCEPTIONS = tuple("""
ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning
DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning
GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError
KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError OverflowError
PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError
SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError
Warning ZeroDivisionError""".split())

for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)

MULTIPROCESSING_EXCEPTIONS = ('AuthenticationError', 'BufferTooShort', 'ProcessError',
                              'TimeoutError')
for _name in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[("multiprocessing", _name)] = ("multiprocessing.context", _name)

REVERSE_IMPORT_MAPPING = {v: k for k, v in IMPORT_MAPPING.items()}
REVERSE_NAME_MAPPING = {v: k for k, v in NAME_MAPPING.items()}

# One-way translations (several Python 2 names became one Python 3 name).
IMPORT_MAPPING.update({
    'cPickle': 'pickle', '_elementtree': 'xml.etree.ElementTree',
    'FileDialog': 'tkinter.filedialog', 'SimpleDialog': 'tkinter.simpledialog',
    'DocXMLRPCServer': 'xmlrpc.server', 'SimpleHTTPServer': 'http.server',
    'CGIHTTPServer': 'http.server', 'UserDict': 'collections', 'UserList': 'collections',
    'UserString': 'collections', 'whichdb': 'dbm', 'StringIO': 'io', 'cStringIO': 'io',
})
REVERSE_IMPORT_MAPPING.update({
    '_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools', '_gdbm': 'gdbm', '_pickle': 'pickle',
})
NAME_MAPPING.update({
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('socket', '_socketobject'): ('socket', 'SocketType'),
})
REVERSE_NAME_MAPPING.update({
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_socket', 'socket'): ('socket', '_socketobject'),
})
for _name in ('ServerHTMLDoc', 'XMLRPCDocGenerator', 'DocXMLRPCRequestHandler',
              'DocXMLRPCServer', 'DocCGIXMLRPCRequestHandler'):
    REVERSE_NAME_MAPPING[('xmlrpc.server', _name)] = ('DocXMLRPCServer', _name)
REVERSE_NAME_MAPPING[('http.server', 'SimpleHTTPRequestHandler')] = (
    'SimpleHTTPServer', 'SimpleHTTPRequestHandler')
REVERSE_NAME_MAPPING[('http.server', 'CGIHTTPRequestHandler')] = (
    'CGIHTTPServer', 'CGIHTTPRequestHandler')

PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError',
    'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'FileNotFoundError',
    'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError')
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')

PYTHON3_IMPORTERROR_EXCEPTIONS = ('ModuleNotFoundError',)
for _name in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'ImportError')
del _name
