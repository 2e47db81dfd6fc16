import gettext, os, struct, tempfile, shutil, builtins, warnings


def make_mo(messages, big_endian=False):
    """Build a GNU .mo catalog from {msgid: msgstr} (plural ids/forms joined by NUL)."""
    keys = sorted(messages)
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        kb, vb = k.encode('utf-8'), messages[k].encode('utf-8')
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b'\0'
        strs += vb + b'\0'
    order = '>' if big_endian else '<'
    keystart = 7 * 4 + 16 * len(keys)
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    magic = 0x950412de
    output = struct.pack(order + 'Iiiiiii', magic, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    output += struct.pack(order + '%di' % len(koffsets), *koffsets)
    output += struct.pack(order + '%di' % len(voffsets), *voffsets)
    return output + ids + strs


HEADER = ('Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : '
          'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n')
DE = {
    '': 'Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\nX-Note: first\n  continued\n',
    'Hello': 'Hallo',
    'Goodbye': 'Auf Wiedersehen',
    'apple\0apples': 'Apfel\0Äpfel',
    'menu\x04Open': 'Öffnen',
    'menu\x04file\0files': 'Datei\0Dateien',
}
RU = {'': HEADER, 'file\0files': 'файл\0файла\0файлов', 'Hello': 'Привет'}

tmp = tempfile.mkdtemp()
try:
    for lang, cat, be in (('de', DE, False), ('ru', RU, True), ('de_AT', {'': DE[''], 'Goodbye': 'Servus'}, False)):
        d = os.path.join(tmp, lang, 'LC_MESSAGES')
        os.makedirs(d)
        with open(os.path.join(d, 'demo.mo'), 'wb') as f:
            f.write(make_mo(cat, be))

    t = gettext.translation('demo', localedir=tmp, languages=['de'])
    print(type(t).__name__, t.charset(), sorted(t.info().items()))
    print(t.gettext('Hello'), t.gettext('Goodbye'), t.gettext('Untranslated'))
    print([t.ngettext('apple', 'apples', n) for n in (0, 1, 2)])
    print([t.ngettext('pear', 'pears', n) for n in (0, 1, 2)])
    print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'), t.npgettext('menu', 'file', 'files', 3), t.npgettext('x', 'a', 'b', 1))

    ru = gettext.translation('demo', localedir=tmp, languages=['ru'])
    print([ru.ngettext('file', 'files', n) for n in (1, 2, 5, 11, 21, 22, 25, 101, 111)])
    print(ru.gettext('Hello'), ru.plural(3))

    chain = gettext.translation('demo', localedir=tmp, languages=['de_AT', 'de'])
    print(chain.gettext('Goodbye'), chain.gettext('Hello'), chain.gettext('Nope'))

    print(sorted(os.path.relpath(p, tmp) for p in gettext.find('demo', tmp, ['de_AT', 'ru', 'fr'], all=True)))
    print(os.path.relpath(gettext.find('demo', tmp, ['de']), tmp), gettext.find('demo', tmp, ['fr']))

    try:
        gettext.translation('demo', localedir=tmp, languages=['fr'])
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename)
    nt = gettext.translation('demo', localedir=tmp, languages=['fr'], fallback=True)
    print(type(nt).__name__, nt.gettext('Hello'), nt.ngettext('a', 'b', 2), nt.info(), nt.charset())

    t.install()
    print(builtins._('Hello'))
    t.install(names=['ngettext', 'pgettext', 'bogus'])
    print(builtins.ngettext('apple', 'apples', 5), builtins.pgettext('menu', 'Open'))
    gettext.install('demo', tmp)
    del builtins.ngettext, builtins.pgettext

    gettext.bindtextdomain('demo', tmp)
    print(os.path.relpath(gettext.bindtextdomain('demo'), tmp))
    old = gettext.textdomain()
    print(old, gettext.textdomain('demo'))
    os.environ['LANGUAGE'] = 'de'
    print(gettext.gettext('Hello'), gettext.ngettext('apple', 'apples', 2), gettext.pgettext('menu', 'Open'), gettext.npgettext('menu', 'file', 'files', 1))
    print(gettext.dgettext('demo', 'Goodbye'), gettext.dgettext('nodomain', 'Goodbye'), gettext.dngettext('nodomain', 'x', 'xs', 2))
    os.environ['LANGUAGE'] = 'ru:de'
    print(gettext.gettext('Hello'), gettext.gettext('Goodbye'))
    del os.environ['LANGUAGE']
    gettext.textdomain(old)

    bad = os.path.join(tmp, 'bad.mo')
    with open(bad, 'wb') as f:
        f.write(b'\x00' * 28)
    try:
        with open(bad, 'rb') as f:
            gettext.GNUTranslations(f)
    except OSError as e:
        print('OSError', e.errno, e.strerror, os.path.basename(e.filename))
    with open(bad, 'wb') as f:
        f.write(struct.pack('<Iiiiiii', 0x950412de, 5 << 16, 0, 28, 28, 0, 0))
    try:
        with open(bad, 'rb') as f:
            gettext.GNUTranslations(f)
    except OSError as e:
        print('OSError', e.errno, e.strerror)
finally:
    shutil.rmtree(tmp)

for expr in ['n != 1', 'n>1', 'n==1 ? 0 : n==2 ? 1 : 2', '(n%10==1 && n%100!=11) ? 0 : 1', '0', '!n', 'n && 2', 'n < 2 < 3', 'n == 2 == 0']:
    f = gettext.c2py(expr)
    print(repr(expr), [f(n) for n in range(5)])
for bad in ['n +', 'x', 'n ? 1', '(n', 'n ) 1', 'n $ 1', '1' * 1001, '(' * 30 + 'n' + ')' * 30]:
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print('ValueError', str(e)[:60])
f = gettext.c2py('n != 1')
try:
    f('x')
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(f(1.0), f(2.5))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
print(gettext._expand_lang('de_DE.UTF-8@euro'))
print(gettext._expand_lang('pt_BR'))
