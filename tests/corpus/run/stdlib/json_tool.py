import contextlib, io, json, os, sys, tempfile
import json.tool

tmp = tempfile.mkdtemp()
def path(name):
    return os.path.join(tmp, name)

def run(*args):
    saved = sys.argv
    sys.argv = ['python -m json.tool'] + [path(a) if a.endswith('.json') else a for a in args]
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            json.tool.main()
        code = 0
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv = saved
    print('args', args, 'exit', code if not isinstance(code, Exception) else repr(str(code)))
    if err.getvalue():
        print('stderr:', err.getvalue().replace(tmp, 'TMP'))
    if os.path.exists(path('out.json')):
        with open(path('out.json'), encoding='utf-8') as f:
            print(f.read(), end='')
        os.remove(path('out.json'))

try:
    with open(path('in.json'), 'w', encoding='utf-8') as f:
        json.dump({'name': 'Zoë', 'tags': ['a', 'b'], 'nested': {'z': 1, 'a': [1.5, None, True]}}, f)
    with open(path('lines.json'), 'w') as f:
        f.write('{"id": 1, "ok": true}\n{"id": 2, "ok": false}\n[3, 4]\n')
    with open(path('bad.json'), 'w') as f:
        f.write('{"a": [1, 2,]}')
    run('in.json', 'out.json')
    run('--sort-keys', 'in.json', 'out.json')
    run('--indent', '2', 'in.json', 'out.json')
    run('--tab', 'in.json', 'out.json')
    run('--no-indent', '--sort-keys', 'in.json', 'out.json')
    run('--compact', 'in.json', 'out.json')
    run('--no-ensure-ascii', '--compact', 'in.json', 'out.json')
    run('--json-lines', '--compact', 'lines.json', 'out.json')
    run('--json-lines', 'lines.json', 'out.json')
    run('bad.json', 'out.json')
    run('missing.json')
    run('--compact', '--indent', '3', 'in.json')
    run('--indent', 'two', 'in.json')
finally:
    for name in os.listdir(tmp):
        os.remove(path(name))
    os.rmdir(tmp)
