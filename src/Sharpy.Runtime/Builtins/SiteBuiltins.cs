using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Builtins;

/// <summary>
/// <c>exit</c>, <c>quit</c>, <c>copyright</c>, <c>credits</c>, <c>license</c> and <c>help</c>: the objects
/// CPython's site module adds to builtins (absent under <c>-S</c>). Native, so start-up imports nothing.
/// </summary>
// CPython 3.11: Lib/_sitebuiltins.py Quitter, _Printer, _Helper; Lib/site.py setquit, setcopyright, sethelper
internal static class SiteBuiltins
{
    private const string Module = "_sitebuiltins";
    private const int MaxLines = 23;

    private const string Credits =
        "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n" +
        "    for supporting Python development.  See www.python.org for more information.";

    public static void Install(PyDict builtins, PyModule sys)
    {
        var quitter = CreateQuitterType();
        foreach (var name in new[] { "quit", "exit" })
            builtins.SetItem(name, WithAttrs(quitter, ("name", new PyStr(name)), ("eof", new PyStr("Ctrl-D (i.e. EOF)"))));
        var printer = CreatePrinterType();
        string copyright = sys.Dict!.GetItem("copyright") is PyStr c ? c.Value : "";
        builtins.SetItem("copyright", WithAttrs(printer, ("_Printer__name", new PyStr("copyright")), ("_Printer__data", new PyStr(copyright))));
        builtins.SetItem("credits", WithAttrs(printer, ("_Printer__name", new PyStr("credits")), ("_Printer__data", new PyStr(Credits))));
        builtins.SetItem("license", WithAttrs(printer, ("_Printer__name", new PyStr("license")),
            ("_Printer__data", new PyStr("See https://www.python.org/psf/license/"))));
        builtins.SetItem("help", new PyInstance(CreateHelperType()));
    }

    private static PyInstance WithAttrs(PyType type, params (string Name, PyObject Value)[] attrs)
    {
        var o = new PyInstance(type);
        o.Dict ??= new PyDict();
        foreach (var (name, value) in attrs) o.Dict.SetItem(name, value);
        return o;
    }

    private static string Attr(PyObject self, string name) => Ops.StrString(Ops.GetAttr(self, PyStr.Intern(name)));

    private static PyType NewType(string name)
    {
        var t = PyTypes.NewBuiltin(name, PyTypes.Object, Module, type => new PyInstance(type));
        t.HasInstanceDict = true;
        return t;
    }

    private static PyType CreateQuitterType()
    {
        var t = NewType("Quitter");
        t.DefRaw("__repr__", (a, k) => new PyStr($"Use {Attr(a[0], "name")}() or {Attr(a[0], "eof")} to exit"));
        t.DefRaw("__call__", (a, k) =>
        {
            var p = ArgParser.Parse("__call__", a[1..], k, ["code"], [], 0);
            // Closing stdin, as CPython does, so a shell reading from it sees EOF.
            if (PythonRuntime.Current.Sys.Dict!.GetItem("stdin") is { } stdin)
            {
                try { Ops.CallMethod(stdin, "close"); }
                catch (PythonException) { }
            }
            throw new PythonException(new PyBaseException(PyExc.SystemExit, [p[0] ?? PyNone.Instance]));
        });
        return t;
    }

    private static PyType CreatePrinterType()
    {
        var t = NewType("_Printer");
        t.DefRaw("__repr__", (a, k) =>
        {
            string[] lines = Attr(a[0], "_Printer__data").Split('\n');
            string name = Attr(a[0], "_Printer__name");
            return new PyStr(lines.Length <= MaxLines ? string.Join('\n', lines) : $"Type {name}() to see the full {name} text");
        });
        t.DefRaw("__call__", (a, k) =>
        {
            ArgParser.Parse("__call__", a[1..], k, [], [], 0);
            var stdout = PythonRuntime.Current.Sys.Dict!.GetItem("stdout")!;
            Ops.CallMethod(stdout, "write", new PyStr(Attr(a[0], "_Printer__data") + "\n"));
            return PyNone.Instance;
        });
        return t;
    }

    private static PyType CreateHelperType()
    {
        var t = NewType("_Helper");
        t.DefRaw("__repr__", (a, k) =>
            new PyStr("Type help() for interactive help, or help(object) for help about object."));
        t.DefRaw("__call__", (a, k) =>
        {
            var rt = PythonRuntime.Current;
            var pydoc = rt.Importer?.Import("pydoc", PyNone.Instance, PyNone.Instance, 0)
                ?? throw new PythonException(PyExc.Create(PyExc.ModuleNotFoundError, "No module named 'pydoc'"));
            return Ops.Call(Ops.GetAttr(pydoc, PyStr.Intern("help")), a[1..], k);
        });
        return t;
    }
}
