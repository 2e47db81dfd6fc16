# codecs: registry lookups, encode/decode, incremental codecs, streams, error handlers, BOMs.
import codecs
import io
import os
import tempfile


def show(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin1', 'Latin-1', 'iso-8859-1', 'ascii', 'US-ASCII',
             'utf-16', 'utf_16_le', 'UTF-16BE', 'utf-32', 'utf-8-sig', 'cp1252', 'windows-1252',
             'latin9', 'rot13', 'hex', 'base64', 'unicode_escape', 'raw-unicode-escape']:
    info = codecs.lookup(name)
    print(name, '->', info.name, isinstance(info, tuple), len(info), info._is_text_encoding)
show(codecs.lookup, 'no-such-codec')
show(codecs.lookup, 5)

print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'))
print(codecs.encode('héllo'), codecs.decode(b'abc'))
print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'))
print(codecs.encode(b'\x00\xffab', 'hex'), codecs.decode(b'00ff6162', 'hex'))
print(codecs.encode(b'data', 'base64'), codecs.decode(b'ZGF0YQ==\n', 'base64'))
print(codecs.encode('€ café', 'cp1252'), codecs.decode(b'\x80 caf\xe9', 'cp1252'))
print(codecs.encode('€', 'latin9'), codecs.decode(b'\xa4\xbc', 'iso8859-15'))
print(codecs.encode('tab\there\n\u2603\U0001f600', 'unicode_escape'))
print(codecs.decode(b'tab\\there\\n\\u2603\\x41\\101\\N{SNOWMAN}', 'unicode_escape'))
print(codecs.encode('caf\xe9 \u2603', 'raw_unicode_escape'), codecs.decode(b'caf\xe9 \\u2603', 'raw_unicode_escape'))
print(codecs.encode('x', 'utf-8-sig'), codecs.decode(codecs.BOM_UTF8 + b'x', 'utf-8-sig'), codecs.decode(b'x', 'utf-8-sig'))
print(codecs.encode('a', 'utf-16-le'), codecs.encode('a', 'utf-16-be'), codecs.encode('a', 'utf-32-be'))
print(codecs.decode(b'\xff\xfea\x00', 'utf-16'), codecs.decode(b'\xfe\xff\x00a', 'utf-16'))
show(codecs.decode, b'\xff', 'utf-8')
show(codecs.encode, '\u20ac', 'ascii')
show(codecs.encode, '\u0101', 'cp1252')
print(codecs.encode('a\u20acb', 'ascii', 'replace'), codecs.encode('a\u20acb', 'ascii', 'ignore'))
print(codecs.encode('a\u20acb', 'ascii', 'xmlcharrefreplace'), codecs.encode('a\u20acb', 'ascii', 'backslashreplace'))
print(codecs.decode(b'a\xffb', 'utf-8', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'backslashreplace'))

# encoder/decoder functions return (output, consumed)
print(codecs.getencoder('utf-8')('abc'), codecs.getdecoder('latin-1')(b'\xe9'))
print(codecs.utf_8_decode(b'\xe2\x82', 'strict', False), codecs.utf_8_decode(b'a\xe2\x82\xac'))
print(codecs.latin_1_encode('abc'), codecs.ascii_decode(b'xyz'))
print(codecs.escape_decode(b'\\x41\\n\\t'), codecs.escape_encode(b'A\n\x00\''))

# incremental codecs: multi-byte characters split across chunks
data = '€uro ✓ ok'.encode('utf-8')
dec = codecs.getincrementaldecoder('utf-8')()
pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
print(pieces, repr(dec.decode(b'', final=True)))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), dec.getstate())
dec.reset()
print(dec.getstate())
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('ab'), enc.encode('c'))
dec16 = codecs.getincrementaldecoder('utf-16')()
print([dec16.decode(bytes([b])) for b in b'\xff\xfea\x00b\x00'])
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b't\xc3', b'\xa9'], 'utf-8')))
print(list(codecs.iterencode(['a', 'é'], 'latin-1')))
sig = codecs.getincrementaldecoder('utf-8-sig')()
print([sig.decode(bytes([b])) for b in codecs.BOM_UTF8 + b'hi'])

# error handler registry
def shout(exc):
    return ('<%x>' % ord(exc.object[exc.start]), exc.start + 1)


codecs.register_error('shout', shout)
print(codecs.lookup_error('shout') is shout, codecs.lookup_error('strict') is codecs.strict_errors)
print(codecs.encode('aéb', 'ascii', 'shout'))
show(codecs.lookup_error, 'nope')
try:
    'é'.encode('ascii')
except UnicodeEncodeError as exc:
    print(codecs.replace_errors(exc), codecs.ignore_errors(exc), codecs.backslashreplace_errors(exc))
    print(codecs.xmlcharrefreplace_errors(exc), codecs.namereplace_errors(exc))
    show(codecs.strict_errors, exc)


# custom codec registration
def search(name):
    if name == 'upper':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)),
                                name='upper')
    return None


codecs.register(search)
print(codecs.encode('shout', 'upper'), codecs.decode(b'QUIET', 'upper'), codecs.lookup('upper').name)
codecs.unregister(search)
show(codecs.lookup, 'upper')

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)

# streams
raw = io.BytesIO()
writer = codecs.getwriter('utf-8')(raw)
writer.write('línea 1\n')
writer.writelines(['línea 2\n', 'three'])
print(raw.getvalue())
reader = codecs.getreader('utf-8')(io.BytesIO(raw.getvalue()))
print(reader.readline(), reader.readline(keepends=False), reader.read())
reader = codecs.getreader('utf-8')(io.BytesIO(raw.getvalue()))
print(reader.readlines())
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'text.txt')
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('wide text\nsecond')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='utf-16') as f:
    print(f.encoding, [line for line in f])
os.remove(path)
os.rmdir(tmp)
