# UTF-16/UTF-32 decoding reports truncated data and bad surrogates/code points, and applies the
# built-in error handlers.
def show(data, enc, err):
    try:
        print(enc, err, ascii(data.decode(enc, err)))
    except UnicodeDecodeError as e:
        print(enc, err, 'UnicodeDecodeError:', e)

for data in [b'abc', b'a\x00b\x00', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'\x00\xd8', b'\x00\xd8a\x00',
             b'\x00\xdc', b'=\xd8\x00\xde', b'a\x00\x00\xd8']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
            show(data, enc, err)
for data in [b'abc', b'a\x00\x00\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a',
             b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'a\x00\x00\x00b']:
    for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
        for err in ['strict', 'replace', 'backslashreplace']:
            show(data, enc, err)
text = 'héllo😀'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, text.encode(enc).decode(enc) == text)
