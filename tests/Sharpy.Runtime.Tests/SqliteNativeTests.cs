namespace Sharpy.Runtime.Tests;

/// <summary>
/// The native layers under sqlite3/bz2/lzma (<c>_sqlite3</c>, <c>_sharpy_bz2</c>, <c>_sharpy_lzma</c>) fed
/// hostile input: closed connections, finalized statements, bad SQL, wrong handle types, raising
/// callbacks and corrupt data must give Python errors or status codes, never crash the process.
/// </summary>
public class SqliteNativeTests
{
    private static string Run(string source)
    {
        var r = PythonRunner.Run(source);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r.Stdout.Replace("\r\n", "\n");
    }

    private const string Open = "import _sqlite3 as n\ndb, rc, msg = n.open(':memory:', 6, 1000)\n";

    [Fact]
    public void BadSqlReturnsTheErrorCodeAndSqliteMessage()
    {
        var o = Run(Open + "st, rc, tail = n.prepare(db, 'selec 1')\nprint(st, rc, n.errcode(db), n.errmsg(db))\n");
        Assert.Equal("None 1 1 near \"selec\": syntax error\n", o);
    }

    [Fact]
    public void StatementsOfAClosedConnectionRefuseToStep()
    {
        var o = Run(Open + """
            st, rc, tail = n.prepare(db, 'select 1 union select 2')
            print(n.step(st), n.row(st, None))
            print(n.close(db), n.is_open(db), n.is_live(st))
            for f, args in ((n.step, (st,)), (n.row, (st, None)), (n.errmsg, (db,)), (n.prepare, (db, 'select 1'))):
                try:
                    f(*args)
                except ValueError as e:
                    print('ValueError', e)
            print(n.close(db), n.finalize(st))
            """);
        Assert.Equal("""
            100 (1,)
            0 False False
            ValueError sqlite3 statement handle is finalized
            ValueError sqlite3 statement handle is finalized
            ValueError sqlite3 connection handle is closed
            ValueError sqlite3 connection handle is closed
            0 0

            """.Replace("\r\n", "\n"), o);
    }

    [Fact]
    public void FinalizedStatementsAndWrongHandleTypesRaise()
    {
        var o = Run(Open + """
            st, rc, tail = n.prepare(db, 'select ?')
            print(n.finalize(st), n.finalize(st))
            try:
                n.bind(st, 1, 5)
            except ValueError as e:
                print('ValueError', e)
            for bad in (42, None, db):
                try:
                    n.step(bad)
                except TypeError as e:
                    print('TypeError', e)
            try:
                n.changes(st)
            except TypeError as e:
                print('TypeError', e)
            """);
        Assert.Equal("""
            0 0
            ValueError sqlite3 statement handle is finalized
            TypeError expected a _sqlite3.statement_handle, not 'int'
            TypeError expected a _sqlite3.statement_handle, not 'NoneType'
            TypeError expected a _sqlite3.statement_handle, not 'connection_handle'
            TypeError expected a _sqlite3.connection_handle, not 'statement_handle'

            """.Replace("\r\n", "\n"), o);
    }

    [Fact]
    public void BindingChecksRangesAndTypes()
    {
        var o = Run(Open + """
            st, rc, tail = n.prepare(db, 'select ?, ?')
            print(n.bind_count(st), n.bind(st, 1, 2**63 - 1), n.bind(st, 2, b''), n.bind(st, 3, 1), n.bind(st, 1, [1]))
            try:
                n.bind(st, 1, 2**63)
            except OverflowError as e:
                print('OverflowError', e)
            n.bind(st, 1, 'é')
            print(n.step(st), n.row(st, None), n.row(st, bytes))
            st2, rc, tail = n.prepare(db, "select cast(x'ff41' as text)")
            n.step(st2)
            print(n.row(st2, None), n.row(st2, bytes), n.column_raw(st2, 0), n.column_raw(st2, 9))
            print(n.prepare(db, 'select 1; select 2')[2], repr(n.prepare(db, '')[0]), n.complete('select 1;'))
            """);
        Assert.Equal("""
            2 0 0 25 -1
            OverflowError Python int too large to convert to SQLite INTEGER
            100 ('é', b'') (b'\xc3\xa9', b'')
            None (b'\xffA',) b'\xffA' None
             select 2 None True

            """.Replace("\r\n", "\n"), o);
    }

    [Fact]
    public void ExceptionsInCallbacksBecomeSqliteErrors()
    {
        var o = Run(Open + """
            def boom(*a):
                raise ValueError('x')
            class BadInit:
                def __init__(self):
                    raise RuntimeError
            class NoFinal:
                def step(self, v):
                    pass
            print(n.create_function(db, 'boom', -1, 0, boom), n.create_function(db, 'none', 0, 0, None))
            print(n.create_aggregate(db, 'badinit', 1, 0, BadInit), n.create_aggregate(db, 'nofinal', 1, 0, NoFinal))
            print(n.create_collation(db, 'bad', boom), n.create_function(db, 'f', 1000, 0, boom))
            for sql in ('select boom(1)', 'select none()', 'select badinit(1)', 'select nofinal(1)',
                        "select 'a' union select 'b' order by 1 collate bad"):
                st, rc, tail = n.prepare(db, sql)
                print(n.step(st), n.errmsg(db))
                n.finalize(st)
            """);
        Assert.Equal("""
            0 0
            0 0
            0 21
            1 user-defined function raised exception
            1 user-defined function raised exception
            1 user-defined aggregate's '__init__' method raised error
            1 user-defined aggregate's 'finalize' method raised error
            100 another row available

            """.Replace("\r\n", "\n"), o);
    }

    [Fact]
    public void CompressionStreamsReportCorruptDataAndRefuseUseAfterEnd()
    {
        var o = Run("""
            import _sharpy_bz2 as b, _sharpy_lzma as l
            d, rc = b.decompressor()
            print(b.decompress(d, b'garbage!' * 4, -1)[2])
            b.end(d)
            b.end(d)
            try:
                b.decompress(d, b'x', -1)
            except ValueError as e:
                print('ValueError', e)
            c, rc = b.compressor(9)
            out, rc = b.compress(c, b'abc', True)
            print(out[:3], rc)
            d, rc = l.decoder(0, 2**64 - 1, None)
            print(l.code(d, b'\xfd7zXZ\x00garbage' * 3, False, -1)[2])
            e, rc = l.encoder(1, 4, 6, [(3, (4,)), (0x21, (6, 1 << 20))])
            print(type(e).__name__, rc)
            e, rc = l.encoder(1, 4, 6, [(0x21, (6,)), (3, (1,))])
            print(e, rc)
            try:
                l.encoder(1, 4, 6, [(0x21, (6,))] * 5)
            except ValueError as e:
                print('ValueError', e)
            try:
                b.decompress(42, b'', -1)
            except ValueError as e:
                print('ValueError', e)
            """);
        Assert.Equal("""
            -5
            ValueError compression stream is closed
            b'BZh' 4
            9
            codec_stream 0
            None 8
            ValueError Too many filters - liblzma supports a maximum of 4
            ValueError compression stream is closed

            """.Replace("\r\n", "\n"), o);
    }

    [Fact]
    public void ApiWrappersDropFramesOfHiddenFilesFromTracebacks()
    {
        var r = PythonRunner.Run("""
            import _sqlite3 as n
            ns = {}
            exec(compile("def inner(cb):\n    cb()\n    raise KeyError('lib')\n", "/hidden/lib/mod.py", "exec"), ns)
            n.hide_prefix("/hidden/lib/")
            api = n.api_function(ns["inner"], "inner", "demo")
            def callback():
                pass
            def failing_callback():
                raise ValueError("user")
            try:
                api(failing_callback)
            except ValueError as e:
                tb = e.__traceback__
                names = []
                while tb:
                    names.append(tb.tb_frame.f_code.co_name)
                    tb = tb.tb_next
                print(names)
            print(api.__name__, api.__module__ if hasattr(api, "__module__") else "")
            api(callback)
            """);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("['<module>', 'failing_callback']\ninner demo\n", r.Stdout.Replace("\r\n", "\n"));
        Assert.DoesNotContain("/hidden/lib", r.Stderr);
        Assert.Contains("KeyError: 'lib'", r.Stderr);
        Assert.Contains("line 20, in <module>", r.Stderr);
    }
}
