# UTF-8 decoding errors: the maximal invalid subpart is one error (CPython's rule).
print(b'\xe2\x82'.decode('utf-8', 'replace'), b'a\xe2\x82b'.decode('utf-8', 'replace'), b'\xf0\x9f\x98'.decode('utf-8', 'replace'))
print(b'\xff\xfe'.decode('utf-8', 'replace'), b'\xed\xa0\x80'.decode('utf-8', 'replace'), b'\xc0\xaf'.decode('utf-8', 'replace'))
print(repr(b'a\xe2\x82'.decode('utf-8', 'ignore')), b'\xe2\x82x'.decode('utf-8', 'backslashreplace'))
try: b'a\xe2\x82b'.decode()
except UnicodeDecodeError as e: print(e)
try: b'\xe2\x82'.decode()
except UnicodeDecodeError as e: print(e)
print(b'\xe2\x82'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
for bad in [b'\x80', b'\xc0\x80', b'\xe0\x80\x80', b'\xed\xa0\x80', b'\xf0\x80\x80\x80', b'\xf4\x90\x80\x80', b'\xf5', b'\xe2\x28\xa1', b'\xf0\x9f\x98\x80\xff']:
    try: bad.decode()
    except UnicodeDecodeError as e: print(e.start, e.end, e.reason)
    print(ascii(bad.decode('utf-8', 'replace')), ascii(bad.decode('utf-8', 'ignore')))
