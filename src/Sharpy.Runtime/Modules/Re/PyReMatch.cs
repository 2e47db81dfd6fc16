using System.Text.RegularExpressions;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Re;

/// <summary><c>re.Match</c>: one match; spans are reported in code points.</summary>
public sealed class PyReMatch : PyObject
{
    public static PyType MatchType = null!;
    public readonly PyRePattern Pattern;
    internal readonly ReSubject Subject;
    public readonly Match NetMatch;
    public readonly int Pos, EndPos;

    internal PyReMatch(PyRePattern pattern, ReSubject subject, Match m, int pos, int endpos) : base(MatchType)
    {
        Pattern = pattern; Subject = subject; NetMatch = m; Pos = pos; EndPos = endpos;
    }

    private static PyReMatch M(PyObject o) => (PyReMatch)o;

    /// <summary>Resolves a group index or name (CPython's match_getindex).</summary>
    private int GroupIndex(PyObject g)
    {
        if (g is PyInt i && !(i.IsBig))
        {
            long v = i.Value;
            if (v >= 0 && v <= Pattern.Groups) return (int)v;
        }
        else if (g is PyStr s && Pattern.Translated.GroupIndex.TryGetValue(s.Value, out int idx)) return idx;
        else if (g is not PyStr && g.Type.Dict.GetItem("__index__") != null)
        {
            long v = Ops.AsIndex(g);
            if (v >= 0 && v <= Pattern.Groups) return (int)v;
        }
        throw new PythonException(PyExc.IndexError("no such group"));
    }

    private PyObject Group(int g, PyObject dflt)
    {
        var grp = NetMatch.Groups[g];
        return grp.Success ? Subject.Slice(grp.Index, grp.Index + grp.Length) : dflt;
    }

    private (int, int) Span(int g)
    {
        var grp = NetMatch.Groups[g];
        if (!grp.Success) return (-1, -1);
        return (Subject.ToCp(grp.Index), Subject.ToCp(grp.Index + grp.Length));
    }

    /// <summary>The group that closed last (CPython's lastindex), or 0.</summary>
    private int LastIndex()
    {
        int best = 0, bestEnd = -1;
        for (int g = 1; g <= Pattern.Groups; g++)
        {
            var grp = NetMatch.Groups[g];
            if (!grp.Success) continue;
            int end = grp.Index + grp.Length;
            if (end > bestEnd) { best = g; bestEnd = end; }
            else if (end == bestEnd && !IsAncestor(best, g)) best = g;
        }
        return best;
    }

    private bool IsAncestor(int ancestor, int g)
    {
        var parents = Pattern.Translated.Parent;
        for (int p = g < parents.Count ? parents[g] : 0; p > 0; p = p < parents.Count ? parents[p] : 0)
            if (p == ancestor) return true;
        return false;
    }

    private string Repr()
    {
        var (s, e) = Span(0);
        string r = Ops.ReprString(Group(0, PyNone.Instance));
        if (r.Length > 50) r = r[..50];
        return $"<re.Match object; span=({s}, {e}), match={r}>";
    }

    internal static void InitType()
    {
        var t = PyTypes.NewBuiltin("Match", PyTypes.Object, "re", _ => throw new PythonException(PyExc.TypeError("cannot create 're.Match' instances")));
        MatchType = t;
        t.DefRaw("group", (a, k) =>
        {
            if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError("group() takes no keyword arguments"));
            var m = M(a[0]);
            if (a.Length == 1) return m.Group(0, PyNone.Instance);
            if (a.Length == 2) return m.Group(m.GroupIndex(a[1]), PyNone.Instance);
            var items = new PyObject[a.Length - 1];
            for (int i = 1; i < a.Length; i++) items[i - 1] = m.Group(m.GroupIndex(a[i]), PyNone.Instance);
            return new PyTuple(items);
        });
        t.Def("__getitem__", (o, g) => M(o).Group(M(o).GroupIndex(g), PyNone.Instance));
        t.DefRaw("groups", (a, k) =>
        {
            var p = ArgParser.Parse("groups", a[1..], k, ["default"], [], 0);
            var m = M(a[0]);
            var items = new PyObject[m.Pattern.Groups];
            for (int g = 1; g <= items.Length; g++) items[g - 1] = m.Group(g, p[0] ?? PyNone.Instance);
            return PyTuple.Create(items);
        });
        t.DefRaw("groupdict", (a, k) =>
        {
            var p = ArgParser.Parse("groupdict", a[1..], k, ["default"], [], 0);
            var m = M(a[0]);
            var d = new PyDict();
            foreach (var (name, idx) in m.Pattern.Translated.GroupIndex.OrderBy(kv => kv.Value))
                d.SetItem(new PyStr(name), m.Group(idx, p[0] ?? PyNone.Instance));
            return d;
        });
        t.DefRange("start", 0, 1, (o, a) => PyInt.From(M(o).Span(a.Length == 0 ? 0 : M(o).GroupIndex(a[0])).Item1));
        t.DefRange("end", 0, 1, (o, a) => PyInt.From(M(o).Span(a.Length == 0 ? 0 : M(o).GroupIndex(a[0])).Item2));
        t.DefRange("span", 0, 1, (o, a) =>
        {
            var (s, e) = M(o).Span(a.Length == 0 ? 0 : M(o).GroupIndex(a[0]));
            return PyTuple.Of(PyInt.From(s), PyInt.From(e));
        });
        t.Def("expand", (o, template) =>
        {
            var m = M(o);
            string text = ReSubject.TextOf(template, m.Pattern.IsBytes, "template");
            return ReSubject.Make(ReTemplate.Parse(text, m.Pattern).Expand(m), m.Pattern.IsBytes);
        });
        t.Prop("pos", o => PyInt.From(M(o).Pos));
        t.Prop("endpos", o => PyInt.From(M(o).EndPos));
        t.Prop("string", o => M(o).Subject.Original);
        t.Prop("re", o => M(o).Pattern);
        t.Prop("lastindex", o => { int li = M(o).LastIndex(); return li == 0 ? PyNone.Instance : PyInt.From(li); });
        t.Prop("lastgroup", o =>
        {
            var m = M(o);
            int li = m.LastIndex();
            foreach (var (name, idx) in m.Pattern.Translated.GroupIndex) if (idx == li && li > 0) return new PyStr(name);
            return PyNone.Instance;
        });
        t.Prop("regs", o =>
        {
            var m = M(o);
            var items = new PyObject[m.Pattern.Groups + 1];
            for (int g = 0; g < items.Length; g++) { var (s, e) = m.Span(g); items[g] = PyTuple.Of(PyInt.From(s), PyInt.From(e)); }
            return new PyTuple(items);
        });
        t.Def("__repr__", o => new PyStr(M(o).Repr()));
        t.DefClassGetItem();
        t.Def("__copy__", o => o);
        t.Def("__deepcopy__", (o, memo) => o);
    }
}
