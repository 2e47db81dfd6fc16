"""Bytecode-cache scenarios (group "cache"): py_compile, compileall, importlib.util/machinery, sourceless
and damaged pycs, tracebacks from cached code, marshal round trips of code objects and compile().

Each case is a driver, main.py, run with -B (so the driver itself leaves no cache); the driver builds its
tree, runs sub-steps in child interpreters (sys.executable, explicit environment: no
PYTHONDONTWRITEBYTECODE) and prints what it sees. Outputs are normalised by gen_expectations.py
(cpython-311 -> sharpy-311, the temporary directory -> {TMP}). The driver prints pyc contents only
through facts both interpreters share (flags word, names, sizes never: Sharpy's header is longer).
"""



def cc(name, body, files=None, args=(), **kw):
    kw.setdefault("compare", ["stdout", "stderr_without_markers", "rc"])
    files = dict(files or {})
    files["main.py"] = body.lstrip("\n")
    # main.py is cache_prelude.py followed by the body (the prelude is stored once, not in every case).
    return dict(name="cache_" + name, group="cache", args=["-B"] + list(args) + ["main.py"], files=files,
                prelude="cache_prelude.py", **kw)


PROJ = {
    "proj/a.py": "x = 1\n",
    "proj/b.py": "def f():\n    return 1 / 0\n",
    "proj/bad.py": "def (\n",
    "proj/sub/s.py": "s = 2\n",
    "proj/sub/deep/d.py": "d = 4\n",
    "proj/notes.txt": "text\n",
}
GOOD = {k: v for k, v in PROJ.items() if "bad" not in k}

CACHE_CASES = [
    # ---------------------------------------------------------------- compileall command line
    cc("ca_default_tree", "run('-m', 'compileall', 'proj')\ntree()\n", GOOD),
    cc("ca_errors_rc", "run('-m', 'compileall', 'proj')\nrun('-m', 'compileall', '-q', 'proj')\nrun('-m', 'compileall', '-qq', 'proj')\ntree()\n", PROJ),
    cc("ca_l_no_recursion", "run('-m', 'compileall', '-l', 'proj')\ntree()\n", GOOD),
    cc("ca_r0", "run('-m', 'compileall', '-r', '0', 'proj')\ntree()\n", GOOD),
    cc("ca_r1", "run('-m', 'compileall', '-r', '1', 'proj')\ntree()\n", GOOD),
    cc("ca_r_and_l", "run('-m', 'compileall', '-l', '-r', '2', 'proj')\ntree()\n", GOOD),
    cc("ca_force_vs_uptodate", "run('-m', 'compileall', 'proj/a.py')\nrun('-m', 'compileall', 'proj/a.py')\nrun('-m', 'compileall', '-f', 'proj/a.py')\n", GOOD),
    cc("ca_x_regex", "run('-m', 'compileall', '-x', r'sub|b\\.py', 'proj')\ntree()\n", GOOD),
    cc("ca_x_regex_quiet", "run('-m', 'compileall', '-q', '-x', 'deep', 'proj')\ntree()\n", GOOD),
    cc("ca_d_ddir_traceback", "run('-m', 'compileall', '-q', '-d', '/shown/here', 'proj')\nos.remove('proj/b.py')\nimport shutil\nshutil.move('proj/__pycache__/b.cpython-311.pyc' if os.path.exists('proj/__pycache__/b.cpython-311.pyc') else 'proj/__pycache__/b.sharpy-311.pyc', 'proj/b.pyc')\nrun('-c', 'import sys; sys.path.insert(0, \"proj\"); import b; print(b.f.__code__.co_filename); b.f()')\n", GOOD),
    cc("ca_s_p", "run('-m', 'compileall', '-q', '-s', os.getcwd(), '-p', '/virtual', 'proj/sub/s.py')\nimport marshal, importlib.util\nrun('-c', 'import sys; sys.path.insert(0, \"proj/sub\"); import s; print(s.__spec__.cached is not None)')\n", GOOD),
    cc("ca_s_p_filename", "run('-m', 'compileall', '-q', '-s', 'proj', '-p', '/virt', 'proj/b.py')\nos.rename('proj/b.py', 'proj/b.txt')\nimport glob\npyc = glob.glob('proj/__pycache__/b.*.pyc')[0]\nos.rename(pyc, 'proj/b.pyc')\nrun('-c', 'import sys; sys.path.insert(0, \"proj\"); import b; print(b.f.__code__.co_filename)')\n", GOOD),
    cc("ca_d_with_s_error", "run('-m', 'compileall', '-d', 'x', '-s', 'y', 'proj')\n", GOOD),
    cc("ca_p_only", "run('-m', 'compileall', '-q', '-p', '/pre', 'proj/a.py')\nrun('-c', 'import sys, glob; sys.path.insert(0, \"proj\"); import a; print(a.__file__.endswith(\"a.py\"))')\n", GOOD),
    cc("ca_i_file_list", "write('list.txt', 'proj/a.py\\nproj/sub/s.py\\n')\nrun('-m', 'compileall', '-i', 'list.txt')\ntree()\n", GOOD),
    cc("ca_i_stdin", "run('-m', 'compileall', '-i', '-', stdin='proj/a.py\\nproj/sub/deep/d.py\\n')\ntree()\n", GOOD),
    cc("ca_i_plus_args", "write('list.txt', 'proj/a.py\\n')\nrun('-m', 'compileall', '-i', 'list.txt', 'proj/sub')\ntree()\n", GOOD),
    cc("ca_i_missing_entry", "write('list.txt', 'proj/nothere.py\\n')\nrun('-m', 'compileall', '-i', 'list.txt')\n", GOOD),
    cc("ca_b_legacy", "run('-m', 'compileall', '-b', 'proj/sub')\ntree()\n", GOOD),
    cc("ca_b_then_import", "run('-m', 'compileall', '-q', '-b', 'proj/a.py')\nos.remove('proj/a.py')\nrun('-c', 'import sys; sys.path.insert(0, \"proj\"); import a; print(a.x, a.__file__, a.__cached__, type(a.__loader__).__name__)')\n", GOOD),
    cc("ca_o_levels", "run('-m', 'compileall', '-q', '-o', '1', '-o', '2', 'proj/sub')\ntree()\n", GOOD),
    cc("ca_o_zero_and_legacy", "run('-m', 'compileall', '-q', '-b', '-o', '0', '-o', '1', 'proj/a.py')\ntree()\n", GOOD),
    cc("ca_o_dash_O", "run('-O', '-m', 'compileall', '-q', 'proj/a.py')\nrun('-OO', '-m', 'compileall', '-q', 'proj/sub/s.py')\ntree()\n", GOOD),
    cc("ca_hardlink_dupes", "run('-m', 'compileall', '-q', '-o', '0', '-o', '1', '-o', '2', '--hardlink-dupes', 'proj/a.py')\nimport glob\nfor p in sorted(glob.glob('proj/__pycache__/*')):\n    print(p.replace('cpython', 'sharpy'), os.stat(p).st_nlink)\n",
       {"proj/a.py": "x = 1\n"}),
    cc("ca_hardlink_dupes_docstring", "run('-m', 'compileall', '-q', '-o', '1', '-o', '2', '--hardlink-dupes', 'proj/a.py')\nimport glob\nfor p in sorted(glob.glob('proj/__pycache__/*')):\n    print(p.replace('cpython', 'sharpy'), os.stat(p).st_nlink)\n",
       {"proj/a.py": "'doc'\nassert x\n"}),
    cc("ca_hardlink_needs_two_levels", "run('-m', 'compileall', '--hardlink-dupes', 'proj/a.py')\nrun('-m', 'compileall', '--hardlink-dupes', '-o', '1', 'proj/a.py')\n", GOOD),
    cc("ca_invalidation_modes", "import glob\nfor mode in ['timestamp', 'checked-hash', 'unchecked-hash']:\n    run('-m', 'compileall', '-q', '-f', '--invalidation-mode', mode, 'proj/a.py')\n    print(mode, flags_of(glob.glob('proj/__pycache__/a.*.pyc')[0]))\n", GOOD),
    cc("ca_source_date_epoch", "import glob\nrun('-m', 'compileall', '-q', 'proj/a.py', env={'SOURCE_DATE_EPOCH': '1'})\nprint(flags_of(glob.glob('proj/__pycache__/a.*.pyc')[0]))\nrun('-m', 'compileall', '-q', '-f', '--invalidation-mode', 'timestamp', 'proj/a.py', env={'SOURCE_DATE_EPOCH': '1'})\nprint(flags_of(glob.glob('proj/__pycache__/a.*.pyc')[0]))\n", GOOD),
    cc("ca_j_workers", "run('-m', 'compileall', '-j', '2', 'proj', sort=True)\ntree()\n", GOOD),
    cc("ca_j_zero", "run('-m', 'compileall', '-q', '-j', '0', 'proj')\ntree()\n", GOOD),
    cc("ca_j_negative", "run('-m', 'compileall', '-j', '-1', 'proj', tail=True)\n", GOOD),
    cc("ca_e_limit_symlinks", "os.symlink(os.path.abspath('outside/o.py'), 'proj/link.py')\nrun('-m', 'compileall', '-e', 'proj', 'proj')\ntree()\n",
       {"proj/a.py": "x = 1\n", "outside/o.py": "o = 1\n"}),
    cc("ca_e_allows_inside", "os.symlink(os.path.abspath('proj/a.py'), 'proj/alias.py')\nrun('-m', 'compileall', '-q', '-e', 'proj', 'proj')\ntree()\n", {"proj/a.py": "x = 1\n"}),
    cc("ca_symlinked_dir_skipped", "os.symlink(os.path.abspath('other'), 'proj/lnk')\nrun('-m', 'compileall', 'proj')\ntree()\n", {"proj/a.py": "x = 1\n", "other/o.py": "o = 1\n"}),
    cc("ca_multiple_args_mixed", "run('-m', 'compileall', 'proj/a.py', 'proj/nothere', 'proj/sub')\n", GOOD),
    cc("ca_non_py_file_arg", "run('-m', 'compileall', 'proj/notes.txt')\nrun('-m', 'compileall', '-f', 'proj/notes.txt')\n", GOOD),
    cc("ca_syntax_warning", "run('-m', 'compileall', 'proj')\n", {"proj/w.py": "x = 5 is 5\n"}),
    cc("ca_syntax_error_quiet_listing", "run('-m', 'compileall', '-q', 'proj')\n", {"proj/e.py": "x = (\n", "proj/f.py": "print 1\n"}),
    cc("ca_unicode_error", "with open('proj/u.py', 'wb') as f:\n    f.write(b'# coding: latin-1\\nx = \"\\xe9\"\\n')\nwith open('proj/v.py', 'wb') as f:\n    f.write(b'x = \"\\xff\"\\n')\nrun('-m', 'compileall', 'proj')\ntree()\n", {"proj/a.py": "x = 1\n"}),
    cc("ca_usage_errors", "run('-m', 'compileall', '-o', 'x')\nrun('-m', 'compileall', '-j', 'two')\nrun('-m', 'compileall', '-e')\nrun('-m', 'compileall', '--invalidation-mode')\n", {}),
    cc("ca_dir_trailing_slash", "run('-m', 'compileall', 'proj/sub/')\n", GOOD),
    cc("ca_dot_dir", "os.chdir('proj')\nrun('-m', 'compileall', '.')\ntree()\n", GOOD),
    cc("ca_pycache_prefix", "run('-X', 'pycache_prefix=pp', '-m', 'compileall', '-q', 'proj/a.py')\nwalk_prefix('pp')\ntree('proj')\n", GOOD),
    cc("ca_api_compile_dir", "import compileall\nprint(compileall.compile_dir('proj', quiet=1))\nprint(compileall.compile_dir('proj', quiet=2, force=True, rx=__import__('re').compile('bad')))\nprint(compileall.compile_dir('nothere', quiet=0))\ntree()\n", PROJ),
    cc("ca_api_compile_file", "import compileall\nprint(compileall.compile_file('proj/a.py'))\nprint(compileall.compile_file('proj/a.py'))\nprint(compileall.compile_file('proj/notes.txt'))\nprint(compileall.compile_file('proj/bad.py', quiet=1))\nprint(compileall.compile_file('proj/a.py', force=True, legacy=True, quiet=0))\ntree()\n", PROJ),
    cc("ca_api_ddir_errors", "import compileall\ntry:\n    compileall.compile_dir('proj', ddir='x', stripdir='y')\nexcept ValueError as e:\n    print(e)\ntry:\n    compileall.compile_dir('proj', workers=-1)\nexcept ValueError as e:\n    print(e)\n", GOOD),
    cc("ca_api_optimize_list", "import compileall\nprint(compileall.compile_file('proj/a.py', quiet=1, optimize=[0, 2]))\ntree()\n", GOOD),
    cc("ca_api_maxlevels", "import compileall\nprint(compileall.compile_dir('proj', maxlevels=0))\ntree()\n", GOOD),
    cc("ca_api_compile_path", "import compileall, sys\nsys.path[:] = [os.path.abspath('proj')]\nprint(compileall.compile_path(quiet=1, skip_curdir=False))\ntree()\n", GOOD),
    cc("ca_api_invalidation_enum", "import compileall, py_compile, glob\ncompileall.compile_file('proj/a.py', quiet=1, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)\nprint(flags_of(glob.glob('proj/__pycache__/a.*.pyc')[0]))\n", GOOD),
    cc("ca_api_pathlike", "import compileall, pathlib\nprint(compileall.compile_dir(pathlib.Path('proj/sub'), maxlevels=0))\nprint(compileall.compile_file(pathlib.Path('proj/a.py')))\n", GOOD),

    # ---------------------------------------------------------------- py_compile command line
    cc("pc_cli_ok_silent", "run('-m', 'py_compile', 'proj/a.py')\ntree()\n", GOOD),
    cc("pc_cli_syntax_error", "run('-m', 'py_compile', 'proj/bad.py')\n", PROJ),
    cc("pc_cli_quiet_error", "run('-m', 'py_compile', '-q', 'proj/bad.py', 'proj/a.py')\ntree()\n", PROJ),
    cc("pc_cli_missing", "run('-m', 'py_compile', 'nothere.py')\nrun('-m', 'py_compile', '-q', 'nothere.py')\n", {}),
    cc("pc_cli_stdin_list", "run('-m', 'py_compile', '-', stdin='proj/a.py\\nproj/sub/s.py\\n')\ntree()\n", GOOD),
    cc("pc_cli_stdin_with_error", "run('-m', 'py_compile', '-', stdin='proj/bad.py\\nproj/a.py\\n')\ntree()\n", PROJ),
    cc("pc_cli_directory", "run('-m', 'py_compile', 'proj')\n", GOOD),
    cc("pc_cli_unicode_error", "with open('v.py', 'wb') as f:\n    f.write(b'x = \"\\xff\"\\n')\nrun('-m', 'py_compile', 'v.py')\n", {}),
    cc("pc_cli_bad_option", "run('-m', 'py_compile', '-x', 'a.py')\n", {}),
    cc("pc_cli_indentation", "run('-m', 'py_compile', 'i.py')\n", {"i.py": "if x:\npass\n"}),

    # ---------------------------------------------------------------- py_compile.compile()
    cc("pc_api_return_value", "import py_compile\nprint(py_compile.compile('proj/a.py').replace('cpython', 'sharpy'))\nprint(py_compile.compile('proj/a.py', optimize=1).replace('cpython', 'sharpy'))\nprint(py_compile.compile('proj/a.py', optimize=2).replace('cpython', 'sharpy'))\nprint(py_compile.compile('proj/a.py', cfile='out/x.pyc'))\ntree()\n", GOOD),
    cc("pc_api_doraise", "import py_compile\ntry:\n    py_compile.compile('proj/bad.py', doraise=True)\nexcept py_compile.PyCompileError as e:\n    print(type(e).__name__, e.exc_type_name, e.file)\n    print(str(e))\n    print(e.msg == str(e), isinstance(e.exc_value, SyntaxError))\n", PROJ),
    cc("pc_api_noraise_prints", "import py_compile\nprint(py_compile.compile('proj/bad.py'))\n", PROJ),
    cc("pc_api_dfile_in_error", "import py_compile\ntry:\n    py_compile.compile('proj/bad.py', dfile='shown.py', doraise=True)\nexcept py_compile.PyCompileError as e:\n    print(e)\n", PROJ),
    cc("pc_api_dfile_co_filename", "import py_compile\npy_compile.compile('proj/b.py', cfile='b.pyc', dfile='/elsewhere/b.py')\nos.rename('proj/b.py', 'proj/b.txt')\nrun('-c', 'import b; print(b.f.__code__.co_filename); b.f()')\n", GOOD),
    cc("pc_api_invalidation_modes", "import py_compile\nfor m in py_compile.PycInvalidationMode:\n    print(m, flags_of(py_compile.compile('proj/a.py', invalidation_mode=m)))\nprint(repr(py_compile.PycInvalidationMode.CHECKED_HASH), py_compile.PycInvalidationMode(2))\n", GOOD),
    cc("pc_api_source_date_epoch", "import py_compile\nprint(py_compile._get_default_invalidation_mode())\nos.environ['SOURCE_DATE_EPOCH'] = '5'\nprint(py_compile._get_default_invalidation_mode())\nprint(flags_of(py_compile.compile('proj/a.py')))\n", GOOD),
    cc("pc_api_symlink_refused", "import py_compile\nos.symlink('target.pyc', 'link.pyc')\ntry:\n    py_compile.compile('proj/a.py', cfile='link.pyc')\nexcept FileExistsError as e:\n    print(type(e).__name__, e)\nprint(os.path.exists('target.pyc'))\n", GOOD),
    cc("pc_api_nonregular_refused", "import py_compile\nos.mkfifo('fifo.pyc')\ntry:\n    py_compile.compile('proj/a.py', cfile='fifo.pyc')\nexcept FileExistsError as e:\n    print(type(e).__name__, e)\nos.mkdir('dir.pyc')\ntry:\n    py_compile.compile('proj/a.py', cfile='dir.pyc')\nexcept FileExistsError as e:\n    print(type(e).__name__, e)\n", GOOD),
    cc("pc_api_missing_source", "import py_compile\nfor kw in ({}, {'doraise': True}):\n    try:\n        py_compile.compile('nothere.py', **kw)\n    except Exception as e:\n        print(type(e).__name__, e)\n", {}),
    cc("pc_api_unwritable_target", "import py_compile\nos.mkdir('ro')\nos.chmod('ro', 0o555)\ntry:\n    print(py_compile.compile('proj/a.py', cfile='ro/sub/x.pyc'))\nexcept Exception as e:\n    print(type(e).__name__, e)\n", GOOD),
    cc("pc_api_error_repr_fields", "import py_compile\ntry:\n    py_compile.compile('proj/z.py', doraise=True)\nexcept py_compile.PyCompileError as e:\n    print(e.exc_type_name)\n    print(e.msg)\n", {"proj/z.py": "x = 1\n  y = 2\n"}),
    cc("pc_api_main_function", "import py_compile, sys\nsys.argv = ['py_compile', 'proj/a.py', 'proj/bad.py']\ntry:\n    py_compile.main()\nexcept SystemExit as e:\n    print('exit', e.code)\n", PROJ),
    cc("pc_api_optimize_strips", "import py_compile\nfor lvl in (0, 1, 2):\n    c = py_compile.compile('proj/d.py', cfile='d%d.pyc' % lvl, optimize=lvl)\n    run('-c', 'import d%d as d; print(d.__doc__, d.f.__doc__, d.check())' % lvl)\n",
       {"proj/d.py": "'module doc'\ndef f():\n    'fdoc'\ndef check():\n    try:\n        assert False, 'boom'\n    except AssertionError as e:\n        return 'assert ran: %s, debug=%s' % (e, __debug__)\n    return 'assert stripped, debug=%s' % __debug__\n"}),

    # ---------------------------------------------------------------- importlib.util
    cc("iu_cache_from_source_variants", "import importlib.util as u\nprint(u.cache_from_source('a.py'))\nprint(u.cache_from_source('/x/y/a.py', optimization=''))\nprint(u.cache_from_source('/x/y/a.py', optimization=1))\nprint(u.cache_from_source('/x/y/a.tar.py'))\nprint(u.cache_from_source('/x/y/noext'))\nfor bad in ('a.b', '1/2', ' '):\n    try:\n        u.cache_from_source('/x/a.py', optimization=bad)\n    except ValueError as e:\n        print('ValueError', e)\n", {}),
    cc("iu_cache_from_source_debug_override", "import importlib.util as u, warnings\nwarnings.simplefilter('always')\nwith warnings.catch_warnings(record=True) as w:\n    print(u.cache_from_source('/x/a.py', debug_override=False))\n    print(u.cache_from_source('/x/a.py', debug_override=True))\nprint([str(x.message) for x in w])\ntry:\n    u.cache_from_source('/x/a.py', debug_override=True, optimization=1)\nexcept TypeError as e:\n    print('TypeError', e)\n", {}),
    cc("iu_source_from_cache_errors", "import importlib.util as u\nfor p in ['/a/__pycache__/b.sharpy-311.pyc', '/a/__pycache__/b.cpython-311.pyc', '/a/__pycache__/b.pyc', '/a/__pycache__/b.x.y.z.pyc', '/a/__pycache__/b.cpython-311.opt-.pyc', '/a/__pycache__/b.cpython-311.opt-2.pyc', '/a/__pycache__/b.cpython-311.xopt-2.pyc', '/a/b/c.pyc']:\n    try:\n        print(u.source_from_cache(p))\n    except ValueError as e:\n        print('ValueError', e)\n", {}),
    cc("iu_cache_pathlike", "import importlib.util as u, pathlib\nprint(u.cache_from_source(pathlib.Path('/a/b.py')))\nprint(u.source_from_cache(pathlib.PurePosixPath(u.cache_from_source('/a/b.py'))))\n", {}),
    cc("iu_magic_and_hash", "import importlib.util as u\nprint(type(u.MAGIC_NUMBER).__name__, len(u.MAGIC_NUMBER), u.MAGIC_NUMBER.endswith(b'\\r\\n'))\nh = u.source_hash(b'x = 1\\n')\nprint(type(h).__name__, len(h), h == u.source_hash(b'x = 1\\n'), h != u.source_hash(b'x = 2\\n'))\ntry:\n    u.source_hash('text')\nexcept TypeError as e:\n    print('TypeError', e)\nprint(len(u.source_hash(memoryview(b'abc'))))\n", {}),
    cc("iu_spec_from_pyc_location", "import importlib.util as u, py_compile\npy_compile.compile('m.py', cfile='mod.pyc')\nspec = u.spec_from_file_location('mod', 'mod.pyc')\nprint(type(spec.loader).__name__, spec.origin, spec.cached, spec.has_location)\nm = u.module_from_spec(spec)\nspec.loader.exec_module(m)\nprint(m.V, m.__file__, m.__cached__)\n", {"m.py": "V = 'compiled'\n"}),
    cc("iu_spec_from_location_package", "import importlib.util as u\nspec = u.spec_from_file_location('pkg', 'pkg/__init__.py', submodule_search_locations=[])\nprint(spec.name, spec.parent, spec.submodule_search_locations, spec.cached)\nm = u.module_from_spec(spec)\nimport sys\nsys.modules['pkg'] = m\nspec.loader.exec_module(m)\nprint(m.__path__, m.__package__, m.INIT)\nimport pkg.sub\nprint(pkg.sub.S)\n", {"pkg/__init__.py": "INIT = 'i'\n", "pkg/sub.py": "S = 's'\n"}),
    cc("iu_spec_from_location_unknown_suffix", "import importlib.util as u\nprint(u.spec_from_file_location('m', 'm.txt'))\nimport importlib.machinery as mach\nspec = u.spec_from_file_location('m', 'm.txt', loader=mach.SourceFileLoader('m', 'm.txt'))\nm = u.module_from_spec(spec)\nspec.loader.exec_module(m)\nprint(m.T, spec.cached)\n", {"m.txt": "T = 'text module'\n"}),
    cc("iu_module_from_spec_attrs", "import importlib.util as u\nspec = u.spec_from_file_location('plug', os.path.abspath('plug.py'))\nm = u.module_from_spec(spec)\nprint(sorted(k for k in vars(m)))\nprint(m.__file__ == spec.origin, m.__cached__ == spec.cached, m.__loader__ is spec.loader, m.__package__)\nshow(m)\n", {"plug.py": "X = 1\n"}),
    cc("iu_find_spec_variants", "import importlib.util as u, sys\nimport m\nprint(u.find_spec('m') is m.__spec__)\nprint(u.find_spec('.sub', 'pkg').name)\ntry:\n    u.find_spec('.sub')\nexcept Exception as e:\n    print(type(e).__name__, e)\nprint(u.find_spec('pkg.nope'))\ntry:\n    u.find_spec('m.x')\nexcept Exception as e:\n    print(type(e).__name__, e)\nsys.modules['fake'] = type(sys)('fake')\ntry:\n    u.find_spec('fake')\nexcept ValueError as e:\n    print('ValueError', e)\n",
       {"m.py": "", "pkg/__init__.py": "", "pkg/sub.py": ""}),
    cc("iu_lazy_loader", "import importlib.util as u, sys\nspec = u.find_spec('lazy')\nloader = u.LazyLoader(spec.loader)\nspec.loader = loader\nm = u.module_from_spec(spec)\nsys.modules['lazy'] = m\nloader.exec_module(m)\nprint('before', type(m).__name__)\nprint(m.VALUE)\nprint('after', type(m).__name__)\n", {"lazy.py": "print('executing lazy')\nVALUE = 7\n"}),
    cc("iu_lazy_factory", "import importlib.util as u, importlib.machinery as mach, sys\nfactory = u.LazyLoader.factory(mach.SourceFileLoader)\nprint(factory('x', 'x.py').__class__.__name__)\ntry:\n    u.LazyLoader(object())\nexcept TypeError as e:\n    print('TypeError', e)\n", {}),
    cc("iu_decode_source", "import importlib.util as u\nprint(repr(u.decode_source(b'# -*- coding: latin-1 -*-\\nx = \"\\xe9\"\\r\\n')))\nprint(repr(u.decode_source(b'a\\r\\nb\\rc\\n')))\n", {}),
    cc("iu_resolve_name_errors", "import importlib.util as u\nfor args in [('..x', 'a'), ('.x', ''), ('x', None), ('...', 'a.b.c')]:\n    try:\n        print(u.resolve_name(*args))\n    except Exception as e:\n        print(type(e).__name__, e)\n", {}),

    # ---------------------------------------------------------------- importlib.machinery / loaders
    cc("im_source_loader_methods", "import importlib.machinery as m\nl = m.SourceFileLoader('mod', os.path.abspath('mod.py'))\nprint(l.name, l.path == os.path.abspath('mod.py'), l.is_package('mod'), repr(l.get_source('mod')))\nc = l.get_code('mod')\nprint(type(c).__name__, c.co_filename == l.path, c.co_name)\nst = l.path_stats(l.path)\nprint(sorted(st), st['size'])\nprint(l.get_data(l.path))\nprint(l.get_filename('mod') == l.path)\nprint(l == m.SourceFileLoader('mod', os.path.abspath('mod.py')), hash(l) == hash(m.SourceFileLoader('mod', os.path.abspath('mod.py'))))\n", {"mod.py": "V = 1\n"}),
    cc("im_source_loader_load_module", "import importlib.machinery as m, warnings\nwarnings.simplefilter('ignore')\nl = m.SourceFileLoader('mod', 'mod.py')\nmod = l.load_module()\nprint(mod.V, mod.__name__, mod.__loader__ is l)\nimport sys\nprint(sys.modules['mod'] is mod)\n", {"mod.py": "V = 'loaded'\n"}),
    cc("im_source_loader_wrong_name", "import importlib.machinery as m\nl = m.SourceFileLoader('mod', 'mod.py')\ntry:\n    l.get_code('other')\nexcept ImportError as e:\n    print('ImportError', e)\n", {"mod.py": "V = 1\n"}),
    cc("im_sourceless_loader", "import importlib.machinery as m, py_compile\npy_compile.compile('s.py', cfile='s.pyc')\nl = m.SourcelessFileLoader('s', 's.pyc')\nprint(l.get_source('s'), l.is_package('s'))\nns = {}\nexec(l.get_code('s'), ns)\nprint(ns['V'])\n", {"s.py": "V = 'sourceless'\n"}),
    cc("im_suffixes", "import importlib.machinery as m\nprint(m.SOURCE_SUFFIXES, m.BYTECODE_SUFFIXES, m.DEBUG_BYTECODE_SUFFIXES, m.OPTIMIZED_BYTECODE_SUFFIXES)\nprint([s for s in m.all_suffixes() if not s.endswith('.so')])\n", {}),
    cc("im_file_finder", "import importlib.machinery as m\nf = m.FileFinder('.', (m.SourceFileLoader, m.SOURCE_SUFFIXES), (m.SourcelessFileLoader, m.BYTECODE_SUFFIXES))\ns = f.find_spec('x')\nprint(s.name, s.origin, type(s.loader).__name__)\nprint(f.find_spec('nothere'))\nprint(f.find_spec('pkg').submodule_search_locations)\nshow(f)\n", {"x.py": "", "pkg/__init__.py": ""}),
    cc("im_path_finder", "import importlib.machinery as m\ns = m.PathFinder.find_spec('x', [os.path.abspath('d')])\nprint(s.name, os.path.relpath(s.origin))\nprint(m.PathFinder.find_spec('x', ['/nonexistent']))\ns = m.PathFinder.find_spec('ns', [os.path.abspath('d')])\nprint(s.origin, s.loader is None, [os.path.relpath(p) for p in s.submodule_search_locations])\n", {"d/x.py": "", "d/ns/y.py": ""}),
    cc("im_invalidate_caches", "import importlib, sys\ntry:\n    import late\nexcept ModuleNotFoundError as e:\n    print(e)\nwrite('late.py', 'V = \"late\"\\n')\nimportlib.invalidate_caches()\nimport late\nprint(late.V)\n", {}),
    cc("im_namespace_repr", "import ns, importlib\nshow(ns)\nshow(ns.__spec__.loader)\nprint(ns.__file__, ns.__spec__.origin, ns.__spec__.cached)\n", {"ns/x.py": ""}),
    cc("im_loader_reprs", "import m, pkg, json\nfor mod in (m, pkg):\n    show(mod.__loader__)\n    show(mod.__spec__)\nshow(m)\nprint(type(json.__loader__).__name__)\n", {"m.py": "", "pkg/__init__.py": ""}),
    cc("im_builtin_and_frozen", "import sys, importlib.machinery as m\nshow(sys.__spec__)\nprint(m.BuiltinImporter.find_spec('sys').origin)\nprint(m.BuiltinImporter.find_spec('nope'))\n", {}),

    # ---------------------------------------------------------------- module attributes
    cc("attr_cached_import", "import m, pkg, pkg.sub\nfor mod in (m, pkg, pkg.sub):\n    print(mod.__name__, os.path.relpath(mod.__file__), os.path.relpath(mod.__cached__), mod.__spec__.cached == mod.__cached__)\n",
       {"m.py": "", "pkg/__init__.py": "", "pkg/sub.py": ""}),
    cc("attr_cached_under_O", "run('-O', '-c', 'import m; print(m.__cached__)')\nrun('-OO', '-c', 'import m; print(m.__cached__)')\nrun('-c', 'import m; print(m.__cached__)', env={'PYTHONOPTIMIZE': '2'})\ntree()\n", {"m.py": ""}),
    cc("attr_cached_with_prefix", "run('-X', 'pycache_prefix=' + os.path.abspath('pp'), '-c', 'import m, os; print(m.__cached__.replace(os.getcwd().lstrip(\"/\"), \"<CWD>\"), m.__spec__.cached == m.__cached__)', label='prefix')\nwalk_prefix('pp')\n", {"m.py": ""}),
    cc("attr_pycache_prefix_values", "run('-c', 'import sys; print(sys.pycache_prefix)')\nrun('-X', 'pycache_prefix=rel', '-c', 'import sys; print(sys.pycache_prefix)')\nrun('-c', 'import sys; print(sys.pycache_prefix)', env={'PYTHONPYCACHEPREFIX': 'envp'})\nrun('-X', 'pycache_prefix=xp', '-c', 'import sys; print(sys.pycache_prefix)', env={'PYTHONPYCACHEPREFIX': 'envp'})\nrun('-E', '-c', 'import sys; print(sys.pycache_prefix)', env={'PYTHONPYCACHEPREFIX': 'envp'})\nrun('-X', 'pycache_prefix', '-c', 'import sys; print(sys.pycache_prefix)')\n", {}),
    cc("attr_pycache_prefix_relative_tree", "run('-X', 'pycache_prefix=cachedir', '-c', 'import m')\nwalk_prefix('cachedir')\n", {"m.py": ""}),
    cc("attr_dont_write_values", "for v in ['', '0', '1', 'x', '-1']:\n    run('-c', 'import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)', env={'PYTHONDONTWRITEBYTECODE': v}, label=repr(v))\nrun('-B', '-c', 'import sys; print(sys.dont_write_bytecode)')\n", {}),
    cc("attr_main_dash_m_package", "run('-m', 'pkg')\nrun('-m', 'pkg.tool')\n",
       {"pkg/__init__.py": "print('init', __name__)\n", "pkg/__main__.py": "import os\nprint(__name__, __spec__.name, __package__, os.path.basename(__file__))\n", "pkg/tool.py": "import os\nprint(__name__, __spec__.name, __package__, os.path.basename(__file__))\n"}),
    cc("attr_dash_m_namespace", "run('-m', 'ns')\nrun('-m', 'plain')\nrun('-m', 'ns.nothere')\n", {"ns/x.py": "", "plain/__init__.py": ""}),
    cc("attr_dash_m_cached_dependency", "run('-m', 'tool')\ntree()\n", {"tool.py": "import helper\nprint(helper.H)\n", "helper.py": "H = 'helped'\n"}),

    # ---------------------------------------------------------------- sourceless and damaged pycs
    cc("sl_import_after_source_deleted", "run('-c', 'import m; print(m.V)')\nos.remove('m.py')\nrun('-c', 'import m')\ntree()\n", {"m.py": "V = 1\n"}),
    cc("sl_legacy_pyc_attrs", "import py_compile\npy_compile.compile('m.py', cfile='m.pyc')\nos.remove('m.py')\nrun('-c', 'import m; print(m.V, m.__file__, m.__cached__, m.__spec__.origin, m.__spec__.cached)')\nrun('-c', 'import inspect, m; print(inspect.getsource(m))', tail=True)\n", {"m.py": "V = 'legacy'\n"}),
    cc("sl_legacy_package", "import py_compile\npy_compile.compile('pkg/__init__.py', cfile='pkg/__init__.pyc')\npy_compile.compile('pkg/m.py', cfile='pkg/m.pyc')\nos.remove('pkg/__init__.py')\nos.remove('pkg/m.py')\nrun('-c', 'import pkg.m; print(pkg.I, pkg.m.M, pkg.__path__ == [__import__(\"os\").path.abspath(\"pkg\")])')\n", {"pkg/__init__.py": "I = 'init'\n", "pkg/m.py": "M = 'm'\n"}),
    cc("sl_wrong_magic", "import importlib.util as u\nwith open('m.pyc', 'wb') as f:\n    f.write(b'\\x01\\x02\\r\\n' + bytes(40))\nrun('-c', 'import m')\n", {}),
    cc("sl_short_magic", "with open('m.pyc', 'wb') as f:\n    f.write(b'\\x01\\x02')\nrun('-c', 'import m')\n", {}),
    cc("sl_empty_pyc", "open('m.pyc', 'wb').close()\nrun('-c', 'import m')\n", {}),
    cc("sl_truncated_header", "import importlib.util as u\nwith open('m.pyc', 'wb') as f:\n    f.write(u.MAGIC_NUMBER + b'\\0\\0')\nrun('-c', 'import m', tail=True)\n", {}),
    cc("sl_bad_flags", "import importlib.util as u, py_compile\npy_compile.compile('src.py', cfile='m.pyc')\ndata = bytearray(open('m.pyc', 'rb').read())\ndata[4] = 4\nopen('m.pyc', 'wb').write(bytes(data))\nrun('-c', 'import m')\n", {"src.py": "V = 1\n"}),
    cc("sl_bad_flags_in_pycache_recompiled", "run('-c', 'import m; print(m.V)')\nimport glob\np = glob.glob('__pycache__/m.*.pyc')[0]\ndata = bytearray(open(p, 'rb').read())\ndata[4] = 8\nopen(p, 'wb').write(bytes(data))\nrun('-c', 'import m; print(m.V)')\nprint(flags_of(p))\n", {"m.py": "V = 'ok'\n"}),
    cc("sl_wrong_magic_in_pycache_recompiled", "run('-c', 'import m; print(m.V)')\nimport glob\np = glob.glob('__pycache__/m.*.pyc')[0]\ndata = bytearray(open(p, 'rb').read())\ndata[0] ^= 0xFF\nopen(p, 'wb').write(bytes(data))\nrun('-c', 'import m; print(m.V)')\nimport importlib.util as u\nprint(open(p, 'rb').read(4) == u.MAGIC_NUMBER)\n", {"m.py": "V = 'ok'\n"}),
    cc("sl_truncated_in_pycache_recompiled", "run('-c', 'import m; print(m.V)')\nimport glob\np = glob.glob('__pycache__/m.*.pyc')[0]\ndata = open(p, 'rb').read()\nopen(p, 'wb').write(data[:10])\nrun('-c', 'import m; print(m.V)')\nprint(os.path.getsize(p) > 10)\n", {"m.py": "V = 'ok'\n"}),
    cc("sl_pyc_directory_in_pycache", "os.makedirs('__pycache__/m.cpython-311.pyc')\nos.makedirs('__pycache__/m.sharpy-311.pyc')\nrun('-c', 'import m; print(m.V)')\n", {"m.py": "V = 'ok'\n"}),
    cc("sl_source_is_directory_named_py", "os.makedirs('d.py')\nrun('-c', 'import d; print(d.__file__, d.__path__)')\n", {}),
    cc("sl_pyc_sourceless_vs_package", "import py_compile\npy_compile.compile('src.py', cfile='m.pyc')\nos.makedirs('m')\nwrite('m/__init__.py', 'K = \"package\"\\n')\nrun('-c', 'import m; print(m.K if hasattr(m, \"K\") else m.V)')\n", {"src.py": "V = 'pyc'\n"}),
    cc("sl_pyc_as_script", "import py_compile\npy_compile.compile('src.py', cfile='prog.pyc')\nrun('prog.pyc')\nwrite('junk.pyc', 'junk')\nrun('junk.pyc')\n", {"src.py": "import sys\nprint('ran', __name__, __file__, sys.argv)\n"}),
    cc("sl_unchecked_hash_stale", "import py_compile\npy_compile.compile('m.py', invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)\nwrite('m.py', 'V = \"new!\"\\n')\nrun('-c', 'import m; print(m.V)')\nrun('--check-hash-based-pycs', 'always', '-c', 'import m; print(m.V)')\nrun('-c', 'import m; print(m.V)')\n", {"m.py": "V = 'old'\n"}),
    cc("sl_checked_hash_stale_rewrites", "import py_compile, glob\npy_compile.compile('m.py', invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)\nwrite('m.py', 'V = \"new\"\\n')\nrun('-c', 'import m; print(m.V)')\nprint(flags_of(glob.glob('__pycache__/m.*.pyc')[0]))\nrun('--check-hash-based-pycs', 'never', '-c', 'import m; print(m.V)')\n", {"m.py": "V = 'old'\n"}),
    cc("sl_stale_mtime_size", "run('-c', 'import m; print(m.V)')\nwrite('m.py', 'V = \"longer value\"\\n')\nst = os.stat('m.py')\nos.utime('m.py', (st.st_atime + 10, st.st_mtime + 10))\nrun('-c', 'import m; print(m.V)')\n", {"m.py": "V = 'short'\n"}),
    cc("sl_dont_write_keeps_stale_cache", "run('-c', 'import m; print(m.V)')\nimport glob\np = glob.glob('__pycache__/m.*.pyc')[0]\nbefore = open(p, 'rb').read()\nwrite('m.py', 'V = \"second version\"\\n')\nos.utime('m.py', (1, 1))\nrun('-B', '-c', 'import m; print(m.V)')\nprint(open(p, 'rb').read() == before)\n", {"m.py": "V = 'first'\n"}),
    cc("sl_readonly_pycache", "run('-c', 'import m')\nos.chmod('__pycache__', 0o555)\nwrite('m.py', 'V = \"changed\"\\n')\nos.utime('m.py', (1, 1))\nrun('-c', 'import m; print(m.V)')\nos.chmod('__pycache__', 0o755)\n", {"m.py": "V = 1\n"}),

    # ---------------------------------------------------------------- tracebacks from cached code
    cc("tb_cached_module_lines", "run('-c', 'import m; m.f()')\nrun('-c', 'import m; m.f()')\n", {"m.py": "def f():\n    x = 1\n    raise ValueError('from f')\n"}),
    cc("tb_source_changed_after_import", "run('-c', 'import m, sys\\nopen(\"m.py\", \"w\").write(\"# edited\\\\n# edited\\\\n# line three edited\\\\n\")\\nm.f()')\n", {"m.py": "def f():\n    x = 1\n    raise ValueError('original')\n"}),
    cc("tb_sourceless_no_lines", "import py_compile\npy_compile.compile('m.py', cfile='m.pyc')\nos.remove('m.py')\nrun('-c', 'import m; m.f()')\n", {"m.py": "def f():\n    raise KeyError('k')\n"}),
    cc("tb_pycache_source_moved", "run('-c', 'import m')\nwrite('m.py', 'def f():\\n    pass\\n\\n\\n    raise OSError(\"new\")\\n')\nrun('-c', 'import m; m.f(); print(\"no error\")')\n", {"m.py": "def f():\n    raise OSError('old')\n"}),
    cc("tb_linecache_after_edit", "import linecache\nwrite('m.py', 'a = 1\\nb = 2\\n')\nprint(linecache.getline('m.py', 2), end='')\nwrite('m.py', 'a = 1\\nb = 3 # changed\\n')\nprint(linecache.getline('m.py', 2), end='')\nlinecache.checkcache('m.py')\nprint(linecache.getline('m.py', 2), end='')\n", {}),
    cc("tb_syntax_error_import_cached_dir", "run('-c', 'import bad')\ntree()\n", {"bad.py": "x = = 1\n"}),

    # ---------------------------------------------------------------- marshal / code objects / compile()
    cc("mc_marshal_code_roundtrip", "import marshal\nc = compile('def f(a, b=2):\\n    return a * b\\nr = f(3)\\n', 'src.py', 'exec')\nd = marshal.loads(marshal.dumps(c))\nprint(type(d).__name__, d.co_filename, d.co_name, d.co_firstlineno, d == c)\nns = {}\nexec(d, ns)\nprint(ns['r'], ns['f'].__code__.co_varnames, ns['f'].__defaults__)\n", {}),
    cc("mc_marshal_code_versions", "import marshal\nc = compile('x = [1, 2.5, \"s\", b\"b\", (1,), None]\\n', 'v.py', 'exec')\nfor v in range(5):\n    ns = {}\n    exec(marshal.loads(marshal.dumps(c, v)), ns)\n    print(v, ns['x'])\n", {}),
    cc("mc_marshal_file_roundtrip", "import marshal\nc = compile('print(\"from file\")', 'f.py', 'exec')\nwith open('code.bin', 'wb') as f:\n    marshal.dump(c, f)\n    marshal.dump({'k': 1}, f)\nwith open('code.bin', 'rb') as f:\n    exec(marshal.load(f))\n    print(marshal.load(f))\n    try:\n        marshal.load(f)\n    except EOFError as e:\n        print('EOFError', e)\n", {}),
    cc("mc_marshal_bad_data", "import marshal\nfor blob in [b'', b'c', b'\\xe3\\x00', b'\\xff', b'i\\x01\\x00']:\n    try:\n        print(marshal.loads(blob))\n    except Exception as e:\n        print(type(e).__name__, e)\n", {}),
    cc("mc_code_nested_roundtrip", "import marshal\nsrc = 'class C:\\n    def m(self):\\n        return [i * i for i in range(3)]\\nlam = lambda: C().m()\\nv = lam()\\n'\nc = marshal.loads(marshal.dumps(compile(src, 'n.py', 'exec')))\nns = {}\nexec(c, ns)\nprint(ns['v'], ns['C'].m.__qualname__, ns['lam'].__code__.co_name)\n", {}),
    cc("mc_code_replace", "c = compile('x = 1\\n', 'orig.py', 'exec')\nc2 = c.replace(co_filename='new.py', co_name='renamed')\nprint(c2.co_filename, c2.co_name, c.co_filename)\ntry:\n    c.replace(co_bogus=1)\nexcept TypeError as e:\n    print('TypeError', e)\n", {}),
    cc("mc_compile_optimize", "src = '\"doc\"\\ndef f():\\n    \"fdoc\"\\n    assert False, \"A\"\\n    return __debug__\\n'\nfor opt in (-1, 0, 1, 2):\n    ns = {}\n    exec(compile(src, 'o.py', 'exec', optimize=opt), ns)\n    try:\n        r = ns['f']()\n    except AssertionError as e:\n        r = 'AssertionError ' + str(e)\n    print(opt, ns.get('__doc__'), ns['f'].__doc__, r)\n", {}),
    cc("mc_compile_optimize_under_O", "run('-O', '-c', 'exec(compile(\"assert 0, 1\\\\nprint(__debug__)\", \"s\", \"exec\", optimize=-1))')\nrun('-O', '-c', 'exec(compile(\"try:\\\\n    assert 0, 1\\\\nexcept AssertionError:\\\\n    print(\\'raised\\')\\\\nprint(__debug__)\", \"s\", \"exec\", optimize=0))')\n", {}),
    cc("mc_compile_dont_inherit", "import inh\n", {"inh.py": "from __future__ import annotations\nsrc = 'def f(x: undefined_name): pass\\nprint(f.__annotations__)\\n'\nexec(compile(src, 's', 'exec'))\ntry:\n    exec(compile(src, 's', 'exec', dont_inherit=True))\nexcept NameError as e:\n    print('NameError', e)\nimport __future__ as fu\nexec(compile(src, 's', 'exec', flags=fu.annotations.compiler_flag, dont_inherit=True))\n"}),
    cc("mc_compile_flags_errors", "import ast\nfor kw in [dict(flags=0x1000000), dict(flags=-1), dict(optimize=3), dict(optimize=-2)]:\n    try:\n        compile('x', 's', 'eval', **kw)\n        print('ok', kw)\n    except Exception as e:\n        print(type(e).__name__, e)\ntry:\n    compile('x', 's', 'bogus')\nexcept ValueError as e:\n    print('ValueError', e)\nprint(type(compile('x + 1', 's', 'eval', ast.PyCF_ONLY_AST)).__name__)\n", {}),
    cc("mc_compile_top_level_await", "import ast, asyncio\nc = compile('await asyncio.sleep(0, result=5)', 's', 'eval', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)\nprint(bool(c.co_flags & 0x80))\nprint(asyncio.run(eval(c)))\ntry:\n    compile('await x', 's', 'eval')\nexcept SyntaxError as e:\n    print('SyntaxError', e)\n", {}),
    cc("mc_compile_ast_roundtrip", "import ast\ntree = compile('y = 6 * 7', 'a.py', 'exec', ast.PyCF_ONLY_AST)\nprint(ast.dump(tree))\nns = {}\nexec(compile(tree, 'a.py', 'exec'), ns)\nprint(ns['y'])\n", {}),
    cc("mc_compile_bytes_and_encoding", "ns = {}\nexec(compile(b'# -*- coding: latin-1 -*-\\ns = \"\\xe9\"\\n', 'b.py', 'exec'), ns)\nprint(ascii(ns['s']))\ntry:\n    compile(b'x = \"\\xff\"\\n', 'b.py', 'exec')\nexcept SyntaxError as e:\n    print('SyntaxError', e)\ntry:\n    compile('a\\0b', 'n.py', 'exec')\nexcept (SyntaxError, ValueError) as e:\n    print(type(e).__name__, e)\n", {}),
    cc("mc_code_filename_from_import", "import m\nprint(os.path.relpath(m.f.__code__.co_filename), m.f.__code__.co_firstlineno, m.f.__code__.co_name)\nrun('-c', 'import m; print(m.f.__code__.co_filename == m.__file__)')\n", {"m.py": "\n\ndef f():\n    pass\n"}),

    # ---------------------------------------------------------------- zipimport
    cc("zip_source_module", "import zipfile\nwith zipfile.ZipFile('lib.zip', 'w') as z:\n    z.writestr('zm.py', 'V = \"zipped\"\\n')\n    z.writestr('zp/__init__.py', 'P = 1\\n')\n    z.writestr('zp/sub.py', 'S = 2\\n')\nrun('-c', 'import sys; sys.path.insert(0, \"lib.zip\"); import zm, zp.sub; print(zm.V, zp.sub.S, zm.__file__, zm.__cached__ if hasattr(zm, \"__cached__\") else None, type(zm.__loader__).__name__, zp.__path__)')\ntree()\n", {}),
    cc("zip_pyc_module", "import zipfile, py_compile\npy_compile.compile('src.py', cfile='zc.pyc')\nwith zipfile.ZipFile('lib.zip', 'w') as z:\n    z.write('zc.pyc', 'zc.pyc')\nos.remove('zc.pyc')\nrun('-c', 'import sys; sys.path.insert(0, \"lib.zip\"); import zc; print(zc.V, zc.__file__)')\n", {"src.py": "V = 'zip pyc'\n"}),
    cc("zip_missing_and_repr", "import zipfile, zipimport\nwith zipfile.ZipFile('lib.zip', 'w') as z:\n    z.writestr('a.py', 'A = 1\\n')\nzi = zipimport.zipimporter('lib.zip')\nshow(zi)\nprint(zi.find_spec('a').origin.replace(os.getcwd(), '<CWD>'), zi.find_spec('nope'))\nprint(zi.get_source('a'), zi.is_package('a'))\ntry:\n    zipimport.zipimporter('nothere.zip')\nexcept zipimport.ZipImportError as e:\n    print('ZipImportError', e)\n", {}),
    cc("zip_traceback", "import zipfile\nwith zipfile.ZipFile('lib.zip', 'w') as z:\n    z.writestr('zt.py', 'def f():\\n    raise RuntimeError(\"in zip\")\\n')\nrun('-c', 'import sys; sys.path.insert(0, \"lib.zip\"); import zt; zt.f()')\n", {}),

    # ---------------------------------------------------------------- reload
    cc("reload_after_edit", "import importlib, m\nprint(m.V)\nwrite('m.py', 'V = \"second edit, longer\"\\n')\nimportlib.reload(m)\nprint(m.V)\n", {"m.py": "V = 'first'\n"}),
    cc("reload_source_deleted", "import importlib, m\nos.remove('m.py')\ntry:\n    importlib.reload(m)\nexcept ModuleNotFoundError as e:\n    print('ModuleNotFoundError', e)\n", {"m.py": "V = 1\n"}),
    cc("reload_errors", "import importlib, sys\nfor bad in (1, sys.modules['os'].path.__class__):\n    try:\n        importlib.reload(bad)\n    except (TypeError, ImportError) as e:\n        print(type(e).__name__, e)\nm = type(sys)('unregistered')\ntry:\n    importlib.reload(m)\nexcept ImportError as e:\n    print('ImportError', e, e.name)\n", {}),
    cc("reload_package_submodule", "import importlib, pkg.sub\nwrite('pkg/sub.py', 'S = \"reloaded sub\"\\n')\nimportlib.reload(pkg.sub)\nprint(pkg.sub.S)\n", {"pkg/__init__.py": "", "pkg/sub.py": "S = 'sub'\n"}),
    cc("reload_writes_cache", "import importlib, m, glob\nwrite('m.py', 'V = 2222\\n')\nos.utime('m.py', (100, 100))\nimportlib.reload(m)\nprint(m.V, sorted(p.replace('cpython', 'sharpy') for p in glob.glob('__pycache__/*.pyc')))\n", {"m.py": "V = 1\n"}, ),
    # ---------------------------------------------------------------- more: moved trees, switches, tools
    cc("moved_tree_co_filename", "run('-c', 'import sys; sys.path.insert(0, \"a\"); import m; print(m.f.__code__.co_filename)')\nos.rename('a', 'b')\nrun('-c', 'import sys; sys.path.insert(0, \"b\"); import m; print(m.f.__code__.co_filename, m.__file__)')\nrun('-c', 'import sys; sys.path.insert(0, \"b\"); import m; m.f()')\n", {"a/m.py": "def f():\n    raise ValueError('moved')\n"}),
    cc("moved_package_tree", "run('-c', 'import pkg.sub')\nos.rename('pkg', 'pkg2')\nrun('-c', 'import pkg2.sub as s; print(s.g.__code__.co_filename, s.__cached__)')\n", {"pkg/__init__.py": "", "pkg/sub.py": "def g():\n    pass\n"}),
    cc("ca_ddir_syntax_error", "run('-m', 'compileall', '-q', '-d', '/virt', 'proj')\n", PROJ),
    cc("ca_sp_syntax_error", "run('-m', 'compileall', '-q', '-s', 'proj', '-p', '/virt', 'proj/bad.py')\n", PROJ),
    cc("ca_x_applies_to_file_args", "run('-m', 'compileall', '-x', 'a', 'proj/a.py', 'proj/sub/s.py')\ntree()\n", GOOD),
    cc("ca_bom_crlf", "with open('proj/c.py', 'wb') as f:\n    f.write(b'\\xef\\xbb\\xbfx = 1\\r\\ny = 2\\r\\n')\nrun('-m', 'compileall', 'proj/c.py')\nrun('-c', 'import sys; sys.path.insert(0, \"proj\"); import c; print(c.x, c.y)')\n", {}),
    cc("ca_ignores_dash_B", "run('-B', '-m', 'compileall', '-q', 'proj/a.py')\nrun('-m', 'compileall', '-q', 'proj/sub', env={'PYTHONDONTWRITEBYTECODE': '1'})\ntree()\n", GOOD),
    cc("pc_ignores_dont_write", "run('-m', 'py_compile', 'proj/a.py', env={'PYTHONDONTWRITEBYTECODE': '1'})\nrun('-B', '-c', 'import py_compile; print(py_compile.compile(\"proj/sub/s.py\").replace(\"cpython\", \"sharpy\"))')\ntree()\n", GOOD),
    cc("pc_api_pathlike", "import py_compile, pathlib\nr = py_compile.compile(pathlib.Path('proj/a.py'))\nprint(type(r).__name__, r.replace('cpython', 'sharpy'))\nr = py_compile.compile('proj/a.py', cfile=pathlib.Path('o.pyc'))\nprint(type(r).__name__, r)\n", GOOD),
    cc("pc_api_dfile_optimize_path", "import py_compile\nprint(py_compile.compile('proj/a.py', dfile='zzz.py', optimize=2).replace('cpython', 'sharpy'))\n", GOOD),
    cc("attr_runtime_dont_write", "run('-c', 'import sys; sys.dont_write_bytecode = True; import m; sys.dont_write_bytecode = False; import n')\ntree()\n", {"m.py": "", "n.py": ""}),
    cc("attr_runtime_pycache_prefix", "run('-c', 'import sys, os; sys.pycache_prefix = os.path.abspath(\"pp\"); import importlib.util as u; print(u.cache_from_source(os.path.abspath(\"m.py\")).replace(os.getcwd().lstrip(\"/\"), \"<CWD>\")); import m; print(m.__cached__.replace(os.getcwd().lstrip(\"/\"), \"<CWD>\"))', label='runtime prefix')\nwalk_prefix('pp')\ntree()\n", {"m.py": ""}),
    cc("attr_prefix_with_B", "run('-B', '-X', 'pycache_prefix=' + os.path.abspath('pp'), '-c', 'import m', label='prefix -B')\nprint(os.path.exists('pp'))\ntree()\n", {"m.py": ""}),
    cc("attr_prefix_reads_cache", "run('-X', 'pycache_prefix=' + os.path.abspath('pp'), '-c', 'import m; print(m.V)', label='prefix 1')\nwalk_prefix('pp')\nrun('-X', 'pycache_prefix=' + os.path.abspath('pp'), '-v', '-c', 'import m', label='prefix 2', grep='/m.')\n", {"m.py": "V = 'prefixed'\n"}, ),
    cc("sl_reload_sourceless", "import py_compile, importlib, sys\npy_compile.compile('src.py', cfile='m.pyc')\nsys.path.insert(0, '.')\nimport m\nprint(m.V)\npy_compile.compile('src2.py', cfile='m.pyc')\nimportlib.reload(m)\nprint(m.V, type(m.__loader__).__name__)\n", {"src.py": "V = 'one'\n", "src2.py": "V = 'two'\n"}),
    cc("sl_sourceless_package_init", "import py_compile\npy_compile.compile('pkg/__init__.py', cfile='pkg/__init__.pyc')\nos.remove('pkg/__init__.py')\nrun('-c', 'import pkg; print(pkg.P, pkg.__file__, pkg.__path__, pkg.__spec__.submodule_search_locations)')\n", {"pkg/__init__.py": "P = 'p'\n"}),
    cc("zip_pycache_ignored", "import zipfile, py_compile\np = py_compile.compile('src.py', cfile='__pycache__/zc.cpython-311.pyc')\nwith zipfile.ZipFile('lib.zip', 'w') as z:\n    z.write(p, '__pycache__/zc.cpython-311.pyc')\n    z.write(p, '__pycache__/zc.sharpy-311.pyc')\nrun('-c', 'import sys; sys.path.insert(0, \"lib.zip\"); import zc')\n", {"src.py": "V = 1\n"}),
    cc("inspect_source_after_edit", "run('-c', 'import inspect, m\\nwith open(\"m.py\", \"w\") as f:\\n    f.write(\"def f():\\\\n    return 2  # edited\\\\n\")\\nprint(inspect.getsource(m.f), end=\"\")')\n", {"m.py": "def f():\n    return 1\n"}),
    cc("compile_filename_types", "import pathlib\nfor fn in ['s.py', b'b.py', 5]:\n    try:\n        print(compile('1', fn, 'eval').co_filename)\n    except TypeError as e:\n        print('TypeError', e)\ntry:\n    compile('1', pathlib.Path('p.py'), 'eval')\nexcept TypeError as e:\n    print('TypeError', e)\n", {}),
    cc("import_module_new_package", "import importlib\nos.makedirs('newpkg')\nwrite('newpkg/__init__.py', 'N = \"new\"\\n')\nimportlib.invalidate_caches()\nprint(importlib.import_module('newpkg').N)\nwrite('newpkg/late.py', 'L = 1\\n')\nimportlib.invalidate_caches()\nprint(importlib.import_module('newpkg.late').L)\n", {}),
    cc("main_guard_dash_m", "run('-m', 'tool')\nrun('-c', 'import tool')\n", {"tool.py": "print('module', __name__)\nif __name__ == '__main__':\n    print('as main')\n"}),
    cc("exec_builtins_type", "g = {}\nexec('x = 1', g)\nprint(type(g['__builtins__']).__name__)\nimport m\nprint(type(m.__builtins__).__name__)\ng2 = {'__builtins__': {'len': len}}\nexec('y = len([1, 2])', g2)\nprint(g2['y'])\ntry:\n    exec('print(1)', g2)\nexcept NameError as e:\n    print('NameError', e)\n", {"m.py": ""}),
    cc("dash_m_tracebacks", "run('-m', 'mm')\nrun('-m', 'pkg')\nrun('app')\nrun('-c', 'import runpy; runpy.run_module(\"mm\")', tail=True)\n",
       {"mm.py": "def f():\n    raise ValueError('from -m')\nf()\n", "pkg/__init__.py": "", "pkg/__main__.py": "import sys\nsys.exit(undefined)\n", "app/__main__.py": "raise KeyError('dir')\n"}),
]
