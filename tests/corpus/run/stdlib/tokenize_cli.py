# The command-line entry points of this group of modules, run as `python -m MODULE` in a
# child interpreter (sys.executable) on files made in a temporary directory.
import os
import subprocess
import sys
import tempfile

tmp = tempfile.mkdtemp()
files = {
    'prog.py': 'def area(r):\n    """\n    >>> area(2)\n    12.56\n    """\n    return 3.14 * r ** 2  # approx\n',
    'bad.py': 'if True:\n    x = (1,\n',
    'data.json': '{"b": [1, 2], "a": {"c": null}}',
    'notes.txt': 'Some text\n\n>>> 2 + 3\n5\n',
}
try:
    for name, text in files.items():
        with open(os.path.join(tmp, name), 'w') as f:
            f.write(text)
    runs = [
        ['-m', 'tokenize', 'prog.py'],
        ['-m', 'tokenize', '-e', 'prog.py'],
        ['-m', 'tokenize', 'bad.py'],
        ['-m', 'json.tool', '--sort-keys', 'data.json'],
        ['-m', 'json.tool', '--compact', 'data.json'],
        ['-m', 'mimetypes', 'a.html', 'b.unknown'],
        ['-m', 'mimetypes', '-e', 'image/png'],
        ['-m', 'doctest', '-v', 'prog.py'],
        ['-m', 'doctest', 'notes.txt'],
    ]
    for args in runs:
        proc = subprocess.run([sys.executable] + args, cwd=tmp, capture_output=True, text=True)
        print('$ python', ' '.join(args), '->', proc.returncode)
        print(proc.stdout, end='')
        if proc.stderr:
            print('stderr:', proc.stderr, end='')
finally:
    for name in os.listdir(tmp):
        path = os.path.join(tmp, name)
        if os.path.isdir(path):
            for sub in os.listdir(path):
                os.remove(os.path.join(path, sub))
            os.rmdir(path)
        else:
            os.remove(path)
    os.rmdir(tmp)
