using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Re;

public sealed partial class PyRePattern
{
    private static PyRePattern P(PyObject o) => (PyRePattern)o;

    private static long PosArg(PyObject? o, long dflt) => o == null ? dflt : Ops.AsIndex(o);

    /// <summary>Creates re.Pattern and re.Match (once).</summary>
    internal static void InitTypes()
    {
        if (PatternType != null) return;
        var t = PyTypes.NewBuiltin("Pattern", PyTypes.Object, "re", _ => throw new PythonException(PyExc.TypeError("cannot create 're.Pattern' instances")));
        PatternType = t;
        foreach (var name in new[] { "match", "search", "fullmatch" })
        {
            var kind = name switch { "match" => MatchKind.Match, "search" => MatchKind.Search, _ => MatchKind.Full };
            t.DefRaw(name, (a, k) =>
            {
                var p = ArgParser.Parse(name, a[1..], k, ["string", "pos", "endpos"], [], 1);
                return P(a[0]).Run(kind, p[0]!, PosArg(p[1], 0), PosArg(p[2], long.MaxValue));
            });
        }
        t.DefRaw("findall", (a, k) =>
        {
            var p = ArgParser.Parse("findall", a[1..], k, ["string", "pos", "endpos"], [], 1);
            return P(a[0]).FindAll(p[0]!, PosArg(p[1], 0), PosArg(p[2], long.MaxValue));
        });
        t.DefRaw("finditer", (a, k) =>
        {
            var p = ArgParser.Parse("finditer", a[1..], k, ["string", "pos", "endpos"], [], 1);
            return Ops.GetIter(P(a[0]).FindIter(p[0]!, PosArg(p[1], 0), PosArg(p[2], long.MaxValue)));
        });
        t.DefRaw("split", (a, k) =>
        {
            var p = ArgParser.Parse("split", a[1..], k, ["string", "maxsplit"], [], 1);
            return P(a[0]).Split(p[0]!, PosArg(p[1], 0));
        });
        t.DefRaw("sub", (a, k) =>
        {
            var p = ArgParser.Parse("sub", a[1..], k, ["repl", "string", "count"], [], 2);
            return P(a[0]).Sub(p[0]!, p[1]!, PosArg(p[2], 0), false);
        });
        t.DefRaw("subn", (a, k) =>
        {
            var p = ArgParser.Parse("subn", a[1..], k, ["repl", "string", "count"], [], 2);
            return P(a[0]).Sub(p[0]!, p[1]!, PosArg(p[2], 0), true);
        });
        t.Prop("pattern", o => P(o).Source);
        t.Prop("flags", o => PyInt.From(P(o).Flags));
        t.Prop("groups", o => PyInt.From(P(o).Groups));
        t.Prop("groupindex", o =>
        {
            var d = new PyDict();
            foreach (var (name, idx) in P(o).Translated.GroupIndex.OrderBy(kv => kv.Value)) d.SetItem(new PyStr(name), PyInt.From(idx));
            return new PyMappingProxy(d);   // read-only, as CPython's
        });
        t.Def("__repr__", o => new PyStr(P(o).Repr()));
        t.Def("__eq__", (a, b) => b is PyRePattern q
            ? Py.Bool(P(a).IsBytes == q.IsBytes && P(a).Flags == q.Flags && P(a).SourceText == q.SourceText)
            : Py.NotImplemented);
        t.Def("__hash__", o => PyInt.From(P(o).SourceText.GetHashCode() ^ P(o).Flags));
        t.DefClassGetItem();
        t.Def("__copy__", o => o);
        t.Def("__deepcopy__", (o, memo) => o);
        PyReMatch.InitType();
    }
}
