# The CJK multibyte codecs: names and aliases, round trips over a mixed corpus, table digests,
# error positions and reasons, error handlers, incremental decoding split at every byte boundary,
# incremental encoding of JIS X 0213 pairs, the stateful iso2022/hz codecs and open().
import codecs
import hashlib

STATELESS = ['gbk', 'gb2312', 'gb18030', 'big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'shift_jis',
             'shift_jis_2004', 'shift_jisx0213', 'euc_jp', 'euc_kr', 'euc_jis_2004', 'euc_jisx0213', 'johab']
STATEFUL = ['iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3',
            'iso2022_jp_ext', 'iso2022_kr', 'hz']

CORPUS = ('Ascii ~\\ 中文简体繁體 日本語のテキスト、カタカナ ｶﾀｶﾅ 한국어 텍스트 갂 '
          '①Ⅻ ¥‾ か゚ ㇷ゚ 𠀋 丂 俱 鷗 ß é € ☃ \U0001f600')

for name in STATELESS + STATEFUL:
    info = codecs.lookup(name)
    data = CORPUS.encode(name, 'replace')
    back = data.decode(name)
    print(name, info.name, len(data), hashlib.sha1(data).hexdigest()[:10], ascii(back[:12]))
    try:
        CORPUS.encode(name)
    except UnicodeEncodeError as e:
        print('  ', e)
    print('  ', CORPUS[-6:].encode(name, 'backslashreplace'), CORPUS[-6:].encode(name, 'xmlcharrefreplace'))

for alias in ['GBK', 'cp936', 'ms936', 'chinese', 'gb2312-1980', 'euc-cn', 'gb18030-2000', 'big5-tw', 'hkscs',
              'sjis', 's_jis', 'ms932', 'mskanji', 'shiftjis2004', 'eucjp', 'ujis', 'euc-jp', 'euckr',
              'ks_c-5601', 'uhc', 'ms949', 'ms950', 'csiso2022jp', 'iso-2022-jp-2', 'iso2022jp-ext',
              'csiso2022kr', 'hzgb', 'hz-gb-2312', 'cp1361', 'euc_jis2004', 'x-mac-japanese', 'johab']:
    print(alias, '->', codecs.lookup(alias).name)

# Two-byte sequences (every third lead byte) of each stateless codec, one per line, decoded with 'replace': the
# digest covers what decodes and where errors are (a line resynchronises the decoder).
pairs = b''.join(bytes((lead, trail)) + b'\n' for lead in range(0x80, 0x100, 3) for trail in range(0x40, 0x100))
for name in STATELESS:
    text = pairs.decode(name, 'replace')
    print(name, len(text), text.count('\ufffd'), hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:12])

for name, data in [('gbk', b'ab\x81'), ('gb18030', b'\x81\x30\x81'), ('euc_jp', b'\x8f\xa1'),
                   ('shift_jis', b'\xa0\x81'), ('euc_kr', b'\xa4\xd4\xa4\xa1\xa4'), ('big5', b'\xa1\x30x'),
                   ('iso2022_jp', b'\x1b$Bxx\x1b'), ('iso2022_jp', b'\x1b$B\x80'), ('hz', b'~{\x21'),
                   ('iso2022_kr', b'\x1b$)C\x0e\x7f\x7f'), ('shift_jisx0213', b'\x98\x9e')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try:
            print(name, errors, ascii(data.decode(name, errors)))
        except UnicodeDecodeError as e:
            print(name, errors, e)

# Hangul syllables outside KS X 1001 are 8-byte make-up sequences in euc_kr.
print('똠방각하 갂'.encode('euc_kr'), b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2'.decode('euc_kr'))
print('\U00020000\U0010ffff\uffff'.encode('gb18030'), b'\x95\x32\x82\x36\x84\x31\xa4\x39'.decode('gb18030'))

# Incremental decoding split at every byte boundary gives the same text.
for name in ['gb18030', 'shift_jis_2004', 'euc_kr', 'iso2022_jp_2', 'hz', 'big5hkscs']:
    data = CORPUS.encode(name, 'ignore')
    whole = data.decode(name)
    same = True
    for cut in range(len(data) + 1):
        dec = codecs.getincrementaldecoder(name)()
        if dec.decode(data[:cut]) + dec.decode(data[cut:], final=True) != whole:
            same = False
    one_by_one = codecs.getincrementaldecoder(name)()
    text = ''.join(one_by_one.decode(data[i:i + 1]) for i in range(len(data))) + one_by_one.decode(b'', True)
    print(name, 'incremental', same, text == whole)
try:
    codecs.getincrementaldecoder('euc_jp')().decode(b'\x8f\xa1', final=True)
except UnicodeDecodeError as e:
    print(e)

# JIS X 0213 pairs wait for the next character in incremental encoders.
for name, first, second in [('shift_jis_2004', 'か', '\u309a'), ('euc_jis_2004', 'か', '\u309a'),
                            ('iso2022_jp_2004', 'か', '\u309a'), ('big5hkscs', 'Ê', '\u0304')]:
    enc = codecs.getincrementalencoder(name)()
    parts = [enc.encode(first), enc.encode(second), enc.encode(first), enc.encode('x'), enc.encode(first, True)]
    print(name, parts, (first + second).encode(name), (first + 'x').encode(name))

enc = codecs.getincrementalencoder('iso2022_jp')()
print([enc.encode(c) for c in 'aあ¥b'] + [enc.encode('', True)])
enc = codecs.getincrementalencoder('hz')()
print([enc.encode(c) for c in 'a中~文'] + [enc.encode('', True)])

import io
import os
import tempfile
path = os.path.join(tempfile.mkdtemp(), 'sjis.txt')
for name in ['shift_jis', 'euc_jp', 'iso2022_jp', 'gb18030']:
    with open(path, 'w', encoding=name) as f:
        f.write('日本語のテキスト\n二行目 abc\n')
    with open(path, 'rb') as f:
        raw = f.read()
    with open(path, encoding=name) as f:
        lines = f.readlines()
    print(name, raw[:16], lines)
os.remove(path)
stream = io.BytesIO('한국어\n텍스트'.encode('iso2022_kr'))
print(stream.getvalue(), codecs.getreader('iso2022_kr')(stream).read())

# read() decodes to the end in one final call: an incomplete sequence is reported where it starts.
path = os.path.join(tempfile.mkdtemp(), 'cut.txt')
with open(path, 'wb') as f:
    f.write(b'\x82\xa0\x82')
try:
    open(path, encoding='cp932').read()
except UnicodeDecodeError as e:
    print(e)
print(ascii(open(path, encoding='cp932', errors='replace').read()))
os.remove(path)
