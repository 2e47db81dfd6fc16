using Sharpy.Compiler.Symbols;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Objects;
using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Runtime.Modules.Symtable;

/// <summary>
/// <c>_symtable</c>: the compiler's symbol tables for <c>lib/symtable.py</c>. <c>symtable(code, filename,
/// compile_type)</c> parses and analyses the source exactly as compilation would and returns the module's
/// "symtable entry" (attributes id, name, type, lineno, symbols, varnames, children, nested), with CPython's
/// DEF_*/scope constants.
/// </summary>
// CPython 3.11: Modules/symtablemodule.c, Python/symtable.c ste_new / ste_repr
public static class SymtableModule
{
    private const string Mod = "_symtable";
    private static readonly PyType EntryType = CreateEntryType();

    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        (string, int)[] constants =
        [
            ("USE", 16), ("DEF_GLOBAL", 1), ("DEF_NONLOCAL", 8), ("DEF_LOCAL", 2), ("DEF_PARAM", 4),
            ("DEF_FREE", 32), ("DEF_FREE_CLASS", 64), ("DEF_IMPORT", 128), ("DEF_BOUND", 2 | 4 | 128), ("DEF_ANNOT", 256),
            ("TYPE_FUNCTION", 0), ("TYPE_CLASS", 1), ("TYPE_MODULE", 2),
            ("LOCAL", 1), ("GLOBAL_EXPLICIT", 2), ("GLOBAL_IMPLICIT", 3), ("FREE", 4), ("CELL", 5),
            ("SCOPE_OFF", ScopeInfo.ScopeOffset), ("SCOPE_MASK", 15),
        ];
        foreach (var (name, value) in constants)
            d.SetItem(name, PyInt.From(value));
        d.DefFunction("symtable", (args, kw) =>
        {
            var a = ArgParser.Parse("symtable", args, kw, ["source", "filename", "startstr"], [], required: 3);
            string filename = a[1] is PyStr f ? f.Value
                : Ops.StrString(Ops.TryCallSpecial(a[1]!, "__fspath__", out var p) ? p : a[1]!);
            string mode = a[2] is PyStr s ? s.Value
                : throw new PythonException(PyExc.TypeError($"symtable() argument 'startstr' must be str, not {a[2]!.Type.Name}"));
            var parseMode = mode switch
            {
                "exec" => ParseMode.Exec,
                "eval" => ParseMode.Eval,
                "single" => ParseMode.Single,
                _ => throw new PythonException(PyExc.ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")),
            };
            ScopeInfo top;
            try
            {
                string source = a[0] switch
                {
                    PyStr str => str.Value,
                    PyBytes b => Sharpy.Syntax.Text.SourceDecoder.Decode(b.Value, filename, Sharpy.Syntax.Text.SourceOrigin.CompileBytes),
                    var other => throw new PythonException(PyExc.TypeError(
                        $"symtable() argument 'source' must be str, bytes or bytearray, not {other!.Type.Name}")),
                };
                ModNode tree = PythonParser.Parse(source, filename, parseMode, new ParseOptions());
                top = SymbolTableExport.Build(tree, filename, source);
            }
            catch (Exception e) when (e is not PythonException)
            {
                throw new PythonException(SourceCompiler.FrontEndError(e));
            }
            return ToEntry(top);
        }, Mod);
        return m;
    }

    private static PyObject ToEntry(ScopeInfo scope)
    {
        var entry = (ImportObject)EntryType.AllocatePlain();
        var symbols = new PyDict();
        foreach (var (name, flags) in scope.Symbols)
            symbols.SetItem(name, PyInt.From(flags));
        entry.Set("id", PyInt.From(entry.Id));
        entry.Set("name", new PyStr(scope.Name));
        entry.Set("type", PyInt.From(scope.BlockType));
        entry.Set("lineno", PyInt.From(scope.Lineno));
        entry.Set("symbols", symbols);
        entry.Set("varnames", new PyList(scope.VarNames.Select(v => (PyObject)new PyStr(v)).ToArray()));
        entry.Set("children", new PyList(scope.Children.Select(ToEntry).ToArray()));
        entry.Set("nested", PyInt.From(scope.IsNested ? 1 : 0));
        return entry;
    }

    private static PyType CreateEntryType()
    {
        var t = NativeClass.Create("symtable entry", "builtins");
        t.Def("__repr__", self => new PyStr(
            $"<symtable entry {Ops.StrString(Ops.GetAttr(self, "name"))}({Ops.ReprString(Ops.GetAttr(self, "id"))}), line {Ops.ReprString(Ops.GetAttr(self, "lineno"))}>"));
        return t;
    }
}
