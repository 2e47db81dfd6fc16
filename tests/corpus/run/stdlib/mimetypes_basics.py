import mimetypes
mimetypes.knownfiles = []   # only the built-in tables: the output must not depend on /etc/mime.types
import mimetypes, os, tempfile

names = ['index.html', 'photo.JPG', 'archive.tar.gz', 'backup.tgz', 'data.json', 'script.py', 'notes.txt',
         'style.css', 'a.b.c.PNG', 'noext', '.bashrc', 'file.unknownext', 'image.svgz', 'x.tar.bz2', 'y.TXZ',
         'doc.pdf', 'sheet.csv', 'sound.mp3', 'movie.mp4', 'font.woff2', 'page.xhtml', 'prog.js', 'pic.webp',
         'http://example.com/path/file.xml?x=1', 'https://example.com/a.gif#frag', 'mail.eml', 'song.MIDI',
         'data:text/html;base64,PGgxPg==', 'data:,hello', 'data:foo=bar;x,1', 'data:nocomma', 'word.doc', 'slide.pps',
         'app.exe', 'z.Z', 'z.gz', 'q.rtf', 'q.pict', 'm.xul', 'w.wasm', 'j.mjs']
for n in names:
    print(n, mimetypes.guess_type(n), mimetypes.guess_type(n, strict=False))
for t in ['text/plain', 'image/jpeg', 'application/json', 'text/html', 'application/x-nothing', 'IMAGE/PNG', 'application/rtf', 'audio/mpeg', 'text/javascript', 'application/octet-stream']:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False))
for t in ['image/jpeg', 'text/html', 'video/mpeg']:
    print(t, mimetypes.guess_all_extensions(t)[:6])
mimetypes.add_type('application/x-sharpy', '.shp')
print(mimetypes.guess_type('thing.shp'), mimetypes.guess_extension('application/x-sharpy'))
mimetypes.add_type('text/x-foo', '.foo', strict=False)
print(mimetypes.guess_type('a.foo'), mimetypes.guess_type('a.foo', False))
print(mimetypes.inited, type(mimetypes.types_map).__name__, mimetypes.encodings_map['.gz'], mimetypes.suffix_map['.tgz'])

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'my.types')
    with open(path, 'w') as f:
        f.write('# comment line\napplication/x-demo   demo dmo  # trailing\n\ntext/x-other oth\n')
    print(mimetypes.read_mime_types(path)['.demo'], mimetypes.read_mime_types(os.path.join(tmp, 'missing')))
    db = mimetypes.MimeTypes([path])
    print(db.guess_type('a.dmo'), db.guess_extension('text/x-other'), db.guess_type('a.html'))
    print(mimetypes.guess_type('a.dmo'))
    db2 = mimetypes.MimeTypes()
    db2.read(path, strict=False)
    print(db2.guess_type('a.demo'), db2.guess_type('a.demo', strict=False))
    mimetypes.init([path])
    print(mimetypes.guess_type('b.oth'))
finally:
    os.remove(path)
    os.rmdir(tmp)
print(mimetypes.guess_type(os.path.join('dir', 'f.png')))
import pathlib
print(mimetypes.guess_type(pathlib.PurePosixPath('x/y.tar.gz')))
