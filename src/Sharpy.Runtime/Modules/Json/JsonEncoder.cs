using System.Globalization;
using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Json;

/// <summary>
/// json's one-shot encoder (what json.dumps runs; CPython 3.11's C encoder, Modules/_json.c encoder_listencode_obj,
/// and for an indent the same text its Python encoder yields): the whole document in one buffer. The JSONEncoder's
/// settings (default, separators, sort_keys, skipkeys, allow_nan) are read once per call; strings go through the
/// native escapers unless the module's encode_basestring functions were replaced.
/// </summary>
internal sealed class JsonEncoder
{
    private const string Recursion = " while encoding a JSON object";

    private readonly PyObject _default;
    private readonly string _itemSeparator, _keySeparator;
    private readonly bool _sortKeys, _skipKeys, _allowNan;
    private readonly PyObject _stringEncoder;
    private readonly StringEscaper? _fastEscaper;
    private readonly string? _indent;
    private readonly HashSet<PyObject>? _markers;
    private readonly StringBuilder _out = new();

    public delegate void StringEscaper(StringBuilder sb, string s);

    private JsonEncoder(PyObject settings, PyObject stringEncoder, StringEscaper? fastEscaper, string? indent, bool checkCircular)
    {
        _default = Ops.GetAttr(settings, "default");
        _keySeparator = SeparatorText(Ops.GetAttr(settings, "key_separator"), 5);
        _itemSeparator = SeparatorText(Ops.GetAttr(settings, "item_separator"), 6);
        _sortKeys = Ops.IsTrue(Ops.GetAttr(settings, "sort_keys"));
        _skipKeys = Ops.IsTrue(Ops.GetAttr(settings, "skipkeys"));
        _allowNan = Ops.IsTrue(Ops.GetAttr(settings, "allow_nan"));
        _stringEncoder = stringEncoder;
        _fastEscaper = fastEscaper;
        _indent = indent;
        _markers = checkCircular ? new HashSet<PyObject>(ReferenceEqualityComparer.Instance) : null;
    }

    // CPython's c_make_encoder takes key_separator as its 5th argument and item_separator as its 6th.
    private static string SeparatorText(PyObject value, int argument) => value is PyStr s ? s.Value
        : throw new PythonException(PyExc.TypeError($"make_encoder() argument {argument} must be str, not {value.Type.Name}"));

    /// <summary>encode(o, encoder, str_encoder, fast_escaper, indent, check_circular): the JSON text of o.</summary>
    public static string Encode(PyObject o, PyObject settings, PyObject stringEncoder, StringEscaper? fastEscaper,
                                string? indent, bool checkCircular)
    {
        var encoder = new JsonEncoder(settings, stringEncoder, fastEscaper, indent, checkCircular);
        encoder.Value(o, 0);
        return encoder._out.ToString();
    }

    private void Value(PyObject o, int level)
    {
        switch (o)
        {
            case PyNone:
                _out.Append("null");
                return;
            case PyInt when ReferenceEquals(o, Py.True):
                _out.Append("true");
                return;
            case PyInt when ReferenceEquals(o, Py.False):
                _out.Append("false");
                return;
            case PyStr s:
                String(s);
                return;
            case PyInt i:
                _out.Append(IntText(i));
                return;
            case PyFloat f:
                _out.Append(FloatText(f.Value));
                return;
            case PyList or PyTuple:
                Ops.EnterNative(Recursion);
                try { Sequence(o, level); }
                finally { Ops.LeaveNative(); }
                return;
            case PyDict d:
                Ops.EnterNative(Recursion);
                try { Mapping(d, level); }
                finally { Ops.LeaveNative(); }
                return;
        }
        Enter(o);
        var replacement = Ops.Call(_default, o);
        Ops.EnterNative(Recursion);
        try { Value(replacement, level); }
        finally { Ops.LeaveNative(); }
        Leave(o);
    }

    private static string IntText(PyInt i) =>
        i.Big is { } big ? IntOps.BigToDecimal(big) : i.Value.ToString(CultureInfo.InvariantCulture);

    private string FloatText(double v)
    {
        if (double.IsFinite(v)) return FloatOps.Repr(v);
        if (!_allowNan) throw new PythonException(PyExc.ValueError("Out of range float values are not JSON compliant"));
        return double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    private void String(PyStr s)
    {
        if (_fastEscaper != null)
        {
            _fastEscaper(_out, s.Value);
            return;
        }
        var encoded = Ops.Call(_stringEncoder, s);
        if (encoded is not PyStr text)
            throw new PythonException(PyExc.TypeError($"encoder() must return a string, not {encoded.Type.Name}"));
        _out.Append(text.Value);
    }

    private void Enter(PyObject o)
    {
        if (_markers != null && !_markers.Add(o)) throw new PythonException(PyExc.ValueError("Circular reference detected"));
    }

    private void Leave(PyObject o) => _markers?.Remove(o);

    /// <summary>A newline and the indent of <paramref name="level"/> (nothing without an indent).</summary>
    private void NewLine(int level)
    {
        if (_indent == null) return;
        _out.Append('\n');
        for (int i = 0; i < level; i++) _out.Append(_indent);
    }

    private void Sequence(PyObject seq, int level)
    {
        var items = seq is PyList l ? l.Items.AsSpan(0, l.Count).ToArray() : ((PyTuple)seq).Items;
        if (items.Length == 0)
        {
            _out.Append("[]");
            return;
        }
        Enter(seq);
        _out.Append('[');
        NewLine(level + 1);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                _out.Append(_itemSeparator);
                NewLine(level + 1);
            }
            Value(items[i], level + 1);
        }
        NewLine(level);
        _out.Append(']');
        Leave(seq);
    }

    private void Mapping(PyDict dict, int level)
    {
        if (dict.Count == 0)
        {
            _out.Append("{}");
            return;
        }
        Enter(dict);
        _out.Append('{');
        NewLine(level + 1);
        var items = Items(dict);
        bool first = true;
        foreach (var item in items)
        {
            var pair = item as PyTuple;
            if (pair == null || pair.Items.Length != 2)
                throw new PythonException(PyExc.ValueError("items must return tuples of 2 elements"));
            var key = pair.Items[0];
            PyStr keyString;
            if (key is PyStr ks) keyString = ks;
            else if (KeyText(key) is { } text) keyString = new PyStr(text);
            else if (_skipKeys) continue;
            else throw new PythonException(PyExc.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}"));
            if (!first)
            {
                _out.Append(_itemSeparator);
                NewLine(level + 1);
            }
            first = false;
            String(keyString);
            _out.Append(_keySeparator);
            Value(pair.Items[1], level + 1);
        }
        NewLine(level);
        _out.Append('}');
        Leave(dict);
    }

    /// <summary>The JSON text of a non-str key that JSON allows (float, bool, None, int), or null.</summary>
    private string? KeyText(PyObject key) => key switch
    {
        PyFloat f => FloatText(f.Value),
        PyInt when ReferenceEquals(key, Py.True) => "true",
        PyInt when ReferenceEquals(key, Py.False) => "false",
        PyNone => "null",
        PyInt i => IntText(i),
        _ => null,
    };

    /// <summary>The (key, value) pairs as PyMapping_Items gives them (a subclass's items() is called), sorted by
    /// list.sort when sort_keys is set (so mixed key types fail with the same TypeError).</summary>
    private IEnumerable<PyObject> Items(PyDict dict)
    {
        PyList items;
        if (ReferenceEquals(dict.Type, PyTypes.Dict))
        {
            items = new PyList();
            foreach (var pair in dict.Items()) items.Append(PyTuple.Of(pair.Key, pair.Value));
        }
        else
        {
            items = new PyList();
            items.AppendAll(Ops.Call(Ops.GetAttr(dict, "items")));
        }
        if (_sortKeys) ListMethods.Sort(items, null, false);
        return items.Items.Take(items.Count);
    }

    /// <summary>encode_basestring_ascii: escapes, and \uXXXX for everything outside printable ASCII.</summary>
    public static void EscapeAscii(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            if (c >= ' ' && c <= '~' && c != '\\' && c != '"') sb.Append(c);
            else AppendEscape(sb, c, true);
        }
        sb.Append('"');
    }

    /// <summary>encode_basestring: escapes quote, backslash and control characters only.</summary>
    public static void EscapePlain(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            if (c >= ' ' && c != '\\' && c != '"') sb.Append(c);
            else AppendEscape(sb, c, false);
        }
        sb.Append('"');
    }

    private static void AppendEscape(StringBuilder sb, char c, bool ascii)
    {
        switch (c)
        {
            case '\\': sb.Append("\\\\"); return;
            case '"': sb.Append("\\\""); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
        }
        if (!ascii && c >= ' ') sb.Append(c);
        // A UTF-16 string already holds an astral character as its surrogate pair: \ud83d\ude00, as CPython writes.
        else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }
}
