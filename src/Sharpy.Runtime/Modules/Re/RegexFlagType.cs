using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Re;

/// <summary><c>re.RegexFlag</c>: an int subclass whose repr/str names the flags (<c>re.IGNORECASE|re.MULTILINE</c>).</summary>
internal static class RegexFlagType
{
    public static PyType Type = null!;

    // CPython 3.11: re/__init__.py RegexFlag member order.
    private static readonly (int Bit, string Name)[] Members =
    [
        (ReFlags.Ascii, "ASCII"), (ReFlags.IgnoreCase, "IGNORECASE"), (ReFlags.Locale, "LOCALE"), (ReFlags.Unicode, "UNICODE"),
        (ReFlags.Multiline, "MULTILINE"), (ReFlags.DotAll, "DOTALL"), (ReFlags.Verbose, "VERBOSE"),
        (ReFlags.Template, "TEMPLATE"), (ReFlags.Debug, "DEBUG"),
    ];

    public static PyInt Make(long v) => new(Type, v);

    private static string Repr(long v)
    {
        if (v == 0) return "re.NOFLAG";
        if (v < 0) return v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var parts = new List<string>();
        foreach (var (bit, name) in Members)
            if ((v & bit) != 0) { parts.Add("re." + name); v &= ~bit; }
        if (v != 0) parts.Add($"0x{v:x}");
        return string.Join("|", parts);
    }

    public static void Init()
    {
        if (Type != null) return;
        var t = PyTypes.NewBuiltin("RegexFlag", PyTypes.Int, "re");
        t.ErrorName = null;   // a Python enum class in CPython: its errors name it "RegexFlag"
        Type = t;
        t.Def("__repr__", o => new PyStr(Repr(((PyInt)o).Value)));
        t.Def("__str__", o => new PyStr(Repr(((PyInt)o).Value)));
        t.Def("__format__", (o, spec) => spec is PyStr s && s.Value.Length == 0
            ? new PyStr(Repr(((PyInt)o).Value))
            : Ops.Format(PyInt.From(((PyInt)o).Value), ((PyStr)spec).Value));
        Bin(t, "__or__", (a, b) => a | b);
        Bin(t, "__ror__", (a, b) => a | b);
        Bin(t, "__and__", (a, b) => a & b);
        Bin(t, "__rand__", (a, b) => a & b);
        Bin(t, "__xor__", (a, b) => a ^ b);
        Bin(t, "__rxor__", (a, b) => a ^ b);
        t.Def("__invert__", o =>
        {
            const long all = 0x1FF; // every RegexFlag member
            return Make(~((PyInt)o).Value & all);
        });
        t.Def("__hash__", o => PyInt.From(((PyInt)o).Value));
    }

    private static void Bin(PyType t, string name, Func<long, long, long> op) =>
        t.Def(name, (a, b) => b is PyInt i && !i.IsBig ? Make(op(((PyInt)a).Value, i.Value)) : Py.NotImplemented);
}
