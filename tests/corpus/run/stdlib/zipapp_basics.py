# zipapp: building .pyz archives (shebang, generated __main__, filters, copies) and reading them.
import io
import os
import subprocess
import sys
import tempfile
import zipfile
import zipapp

with tempfile.TemporaryDirectory() as d:
    app = os.path.join(d, 'app')
    os.makedirs(os.path.join(app, 'pkg'))
    with open(os.path.join(app, 'pkg', '__init__.py'), 'w') as f:
        f.write('')
    with open(os.path.join(app, 'pkg', 'cli.py'), 'w') as f:
        f.write('def run():\n    print("running from", __name__)\n')
    with open(os.path.join(app, 'notes.txt'), 'w') as f:
        f.write('skip me')
    target = os.path.join(d, 'out.pyz')
    zipapp.create_archive(app, target, interpreter='/usr/bin/env python3', main='pkg.cli:run',
                          filter=lambda p: p.suffix != '.txt')
    with open(target, 'rb') as f:
        print(f.readline())
    print(zipapp.get_interpreter(target), os.access(target, os.X_OK))
    with zipfile.ZipFile(target) as z:
        print(sorted(z.namelist()), z.read('__main__.py').decode(), [i.compress_type for i in z.infolist()][:1])
    sys.path.insert(0, target)
    import pkg.cli
    pkg.cli.run()
    sys.path.remove(target)
    copy = os.path.join(d, 'copy.pyz')
    zipapp.create_archive(target, copy, interpreter='/opt/python')
    print(zipapp.get_interpreter(copy))
    plain = io.BytesIO()
    zipapp.create_archive(target, plain)
    print(plain.getvalue()[:2], zipapp.get_interpreter(io.BytesIO(plain.getvalue())))
    zipapp.create_archive(app, main='pkg.cli:run', compressed=True)
    print(sorted(os.listdir(d)), zipfile.ZipFile(os.path.join(d, 'app.pyz')).infolist()[0].compress_type)
    with open(os.path.join(app, '__main__.py'), 'w') as f:
        f.write('print("main")\n')
    buf = io.BytesIO()
    zipapp.create_archive(app, buf)
    print(zipapp.get_interpreter(buf) is None, len(zipfile.ZipFile(buf).namelist()))
    for bad in [lambda: zipapp.create_archive(app, buf, main='x:y'), lambda: zipapp.create_archive(os.path.join(d, 'none')),
                lambda: zipapp.create_archive(os.path.join(app, 'pkg')),
                lambda: zipapp.create_archive(os.path.join(app, 'pkg'), buf, main='bad name:f'),
                lambda: zipapp.create_archive(os.path.join(app, 'pkg'), buf, main='mod')]:
        try:
            bad()
        except zipapp.ZipAppError as e:
            print('ZipAppError', e)
    for argv in [['--info', target], ['--info', app], [target], [target, '-o', copy, '-m', 'a:b']]:
        try:
            zipapp.main(argv)
        except SystemExit as e:
            print('SystemExit', e.code)
print(zipapp.__all__, issubclass(zipapp.ZipAppError, ValueError))
