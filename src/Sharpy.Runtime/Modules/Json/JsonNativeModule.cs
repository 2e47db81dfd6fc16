using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Json;

/// <summary>
/// <c>_sharpy_json</c>: the parts of json that CPython writes in C (Modules/_json.c), which lib/json uses when present:
/// the scanner (<c>make_scanner</c>, <c>scanstring</c>), the string escapers, and a one-shot <c>encode</c> for
/// json.dumps. In Python they cost 20-40x CPython's time on large documents.
/// </summary>
public static class JsonNativeModule
{
    private const string Mod = "_sharpy_json";

    private static readonly NativeCall EncodeAscii = (a, k) => Escape(a, k, "encode_basestring_ascii", JsonEncoder.EscapeAscii);
    private static readonly NativeCall EncodePlain = (a, k) => Escape(a, k, "encode_basestring", JsonEncoder.EscapePlain);

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("make_scanner", (a, k) =>
        {
            TypeDefinitions.CheckRange("make_scanner", a.Length - (k?.Length ?? 0), 1, 1);
            var scanner = new JsonScanner(a[0]);
            return new PyBuiltinFunction("scan_once", (args, kw) =>
            {
                var p = ArgParser.Parse("scan_once", args, kw, ["string", "idx"], [], required: 2);
                if (p[0] is not PyStr text)
                    throw new PythonException(PyExc.TypeError($"first argument must be a string, not {p[0]!.Type.Name}"));
                return scanner.ScanOnce(text, Ops.ToLong(Ops.Index(p[1]!)));
            }, null, Mod);
        }, Mod);
        d.DefFunction("scanstring", (a, k) =>
        {
            if (k is { Length: > 0 }) throw new PythonException(PyExc.TypeError("scanstring() takes no keyword arguments"));
            TypeDefinitions.CheckRange("scanstring", a.Length, 2, 3);
            if (a[0] is not PyStr text)
                throw new PythonException(PyExc.TypeError($"first argument must be a string, not {a[0].Type.Name}"));
            return JsonScanner.ScanString(text, Ops.ToLong(Ops.Index(a[1])), a.Length < 3 || Ops.IsTrue(a[2]));
        }, Mod);
        d.SetItem("encode_basestring_ascii", new PyBuiltinFunction("encode_basestring_ascii", EncodeAscii, null, Mod));
        d.SetItem("encode_basestring", new PyBuiltinFunction("encode_basestring", EncodePlain, null, Mod));
        // encode(o, encoder, str_encoder, indent, check_circular): json.dumps's whole text in one call.
        d.DefFunction("encode", (a, k) =>
        {
            var p = ArgParser.Parse("encode", a, k, ["o", "encoder", "str_encoder", "indent", "check_circular"], [], required: 5);
            var stringEncoder = p[2]!;
            JsonEncoder.StringEscaper? fast = stringEncoder is PyBuiltinFunction f
                ? ReferenceEquals(f.Fn, EncodeAscii) ? JsonEncoder.EscapeAscii : ReferenceEquals(f.Fn, EncodePlain) ? JsonEncoder.EscapePlain : null
                : null;
            string? indent = p[3] switch
            {
                PyNone => null,
                PyStr s => s.Value,
                var other => throw new PythonException(PyExc.TypeError($"indent must be None or str, not {other!.Type.Name}")),
            };
            return new PyStr(JsonEncoder.Encode(p[0]!, p[1]!, stringEncoder, fast, indent, Ops.IsTrue(p[4]!)));
        }, Mod);
        return m;
    }

    private static PyObject Escape(ReadOnlySpan<PyObject> a, string[]? k, string name, JsonEncoder.StringEscaper escaper)
    {
        if (k is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"{name}() takes no keyword arguments"));
        TypeDefinitions.CheckRange(name, a.Length, 1, 1);
        if (a[0] is not PyStr s)
            throw new PythonException(PyExc.TypeError($"first argument must be a string, not {a[0].Type.Name}"));
        var sb = new StringBuilder(s.Utf16Length + 2);
        escaper(sb, s.Value);
        return new PyStr(sb.ToString());
    }
}
