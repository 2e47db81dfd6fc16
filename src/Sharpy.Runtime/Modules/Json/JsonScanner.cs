using System.Globalization;
using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Json;

/// <summary>
/// json's decoder loop (CPython 3.11's C scanner, Modules/_json.c scan_once_unicode): one JSON value from a str at an
/// index, with the decoder's hooks (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant) and
/// strictness read when the scanner is made. Positions are code point indexes; a str with astral characters is
/// scanned through its code points. "No value here" ends the whole call as StopIteration(index), as in CPython;
/// other errors are json.decoder.JSONDecodeError(msg, doc, pos).
/// </summary>
internal sealed class JsonScanner
{
    private readonly bool _strict;
    private readonly PyObject? _objectHook, _pairsHook, _parseFloat, _parseInt;
    private readonly PyObject _parseConstant;

    public JsonScanner(PyObject context)
    {
        _strict = Ops.IsTrue(Ops.GetAttr(context, "strict"));
        _objectHook = NotNone(Ops.GetAttr(context, "object_hook"));
        _pairsHook = NotNone(Ops.GetAttr(context, "object_pairs_hook"));
        var parseFloat = Ops.GetAttr(context, "parse_float");
        var parseInt = Ops.GetAttr(context, "parse_int");
        // The builtin types themselves take the fast paths (CPython compares with &PyFloat_Type / &PyLong_Type).
        _parseFloat = ReferenceEquals(parseFloat, PyTypes.Float) ? null : parseFloat;
        _parseInt = ReferenceEquals(parseInt, PyTypes.Int) ? null : parseInt;
        _parseConstant = Ops.GetAttr(context, "parse_constant");
    }

    private static PyObject? NotNone(PyObject o) => o is PyNone ? null : o;

    /// <summary>scan_once(string, idx) -> (value, end).</summary>
    public PyObject ScanOnce(PyStr text, long idx)
    {
        if (idx < 0) throw new PythonException(PyExc.ValueError("idx cannot be negative"));
        try
        {
            int start = (int)Math.Min(idx, int.MaxValue);
            return text.IsBmp ? ScanValue(new Utf16Source(text.Value), text, start)
                : ScanValue(new CodePointSource(text.CodePoints), text, start);
        }
        catch (NoValueException e)
        {
            throw new PythonException(PyExc.StopIterationWith(PyInt.From(e.Index)));
        }
    }

    /// <summary>scanstring(string, end, strict) -> (str, end after the closing quote).</summary>
    public static PyObject ScanString(PyStr text, long end, bool strict)
    {
        int length = text.Length;
        if (end < 0 || end > length) throw new PythonException(PyExc.ValueError("end is out of bounds"));
        return text.IsBmp ? ScanString(new Utf16Source(text.Value), text, (int)end, strict)
            : ScanString(new CodePointSource(text.CodePoints), text, (int)end, strict);
    }

    private PyObject ScanValue<TSource>(TSource src, PyStr text, int start) where TSource : struct, ISource
    {
        var run = new Run<TSource>(this, src, text);
        var value = run.Value(start, out int end);
        return PyTuple.Of(value, PyInt.From(end));
    }

    private static PyObject ScanString<TSource>(TSource src, PyStr text, int start, bool strict) where TSource : struct, ISource
    {
        var value = new Run<TSource>(null, src, text).String(start, strict, out int next);
        return PyTuple.Of(new PyStr(value), PyInt.From(next));
    }

    /// <summary>Raised inside a scan where CPython's scanner raises StopIteration: no JSON value at the index.</summary>
    private sealed class NoValueException(int index) : Exception
    {
        public readonly int Index = index;
    }

    private interface ISource
    {
        int Length { get; }
        int this[int index] { get; }
        string Slice(int start, int end);
        void AppendSlice(StringBuilder sb, int start, int end);
    }

    private readonly struct Utf16Source(string text) : ISource
    {
        public int Length => text.Length;
        public int this[int index] => text[index];
        public string Slice(int start, int end) => text.Substring(start, end - start);
        public void AppendSlice(StringBuilder sb, int start, int end) => sb.Append(text, start, end - start);
    }

    private readonly struct CodePointSource(int[] codePoints) : ISource
    {
        public int Length => codePoints.Length;
        public int this[int index] => codePoints[index];
        public string Slice(int start, int end)
        {
            var sb = new StringBuilder(end - start);
            AppendSlice(sb, start, end);
            return sb.ToString();
        }
        public void AppendSlice(StringBuilder sb, int start, int end)
        {
            for (int i = start; i < end; i++) PyStr.AppendCodePoint(sb, codePoints[i]);
        }
    }

    /// <summary>One scan of one document: the source, the key memo, the error factory.</summary>
    private struct Run<TSource> where TSource : struct, ISource
    {
        private readonly JsonScanner? _scanner;
        private readonly TSource _src;
        private readonly PyStr _doc;
        private Dictionary<string, PyStr>? _memo;

        public Run(JsonScanner? scanner, TSource src, PyStr doc)
        {
            _scanner = scanner; _src = src; _doc = doc; _memo = null;
        }

        /// <summary>json.decoder.JSONDecodeError(msg, doc, pos), looked up when raised, as CPython's raise_errmsg does.</summary>
        private PythonException Error(string message, int pos)
        {
            var decoder = Hosting.PythonRuntime.Current.Importer!.Import(
                "json.decoder", PyNone.Instance, PyTuple.Of(PyStr.Intern("JSONDecodeError")), 0);
            var exc = Ops.Call(Ops.GetAttr(decoder, "JSONDecodeError"), new PyStr(message), _doc, PyInt.From(pos));
            return exc is PyBaseException be ? new PythonException(be)
                : new PythonException(PyExc.TypeError("exceptions must derive from BaseException"));
        }

        private static bool IsWhitespace(int c) => c is ' ' or '\t' or '\n' or '\r';

        private int SkipWhitespace(int i)
        {
            while (i < _src.Length && IsWhitespace(_src[i])) i++;
            return i;
        }

        private bool Matches(int i, string word)
        {
            if (i + word.Length > _src.Length) return false;
            for (int k = 0; k < word.Length; k++)
                if (_src[i + k] != word[k]) return false;
            return true;
        }

        public PyObject Value(int idx, out int end)
        {
            if (idx >= _src.Length) throw new NoValueException(idx);
            var s = _scanner!;
            switch (_src[idx])
            {
                case '"':
                    return new PyStr(String(idx + 1, s._strict, out end));
                case '{':
                    Ops.EnterNative(" while decoding a JSON object from a unicode string");
                    try { return Object(idx + 1, out end); }
                    finally { Ops.LeaveNative(); }
                case '[':
                    Ops.EnterNative(" while decoding a JSON array from a unicode string");
                    try { return Array(idx + 1, out end); }
                    finally { Ops.LeaveNative(); }
                case 'n' when Matches(idx, "null"):
                    end = idx + 4;
                    return PyNone.Instance;
                case 't' when Matches(idx, "true"):
                    end = idx + 4;
                    return Py.True;
                case 'f' when Matches(idx, "false"):
                    end = idx + 5;
                    return Py.False;
                case 'N' when Matches(idx, "NaN"):
                    end = idx + 3;
                    return Ops.Call(s._parseConstant, new PyStr("NaN"));
                case 'I' when Matches(idx, "Infinity"):
                    end = idx + 8;
                    return Ops.Call(s._parseConstant, new PyStr("Infinity"));
                case '-' when Matches(idx, "-Infinity"):
                    end = idx + 9;
                    return Ops.Call(s._parseConstant, new PyStr("-Infinity"));
            }
            return Number(idx, out end);
        }

        private PyObject Number(int start, out int end)
        {
            int n = _src.Length, i = start;
            if (i < n && _src[i] == '-')
            {
                i++;
                if (i >= n) throw new NoValueException(start);
            }
            if (_src[i] is >= '1' and <= '9')
            {
                i++;
                while (i < n && _src[i] is >= '0' and <= '9') i++;
            }
            else if (_src[i] == '0') i++;
            else throw new NoValueException(start);
            bool isFloat = false;
            if (i < n - 1 && _src[i] == '.' && _src[i + 1] is >= '0' and <= '9')
            {
                isFloat = true;
                i += 2;
                while (i < n && _src[i] is >= '0' and <= '9') i++;
            }
            if (i < n - 1 && _src[i] is 'e' or 'E')
            {
                int exponentStart = i;
                i++;
                if (i < n - 1 && _src[i] is '-' or '+') i++;
                while (i < n && _src[i] is >= '0' and <= '9') i++;
                if (_src[i - 1] is >= '0' and <= '9') isFloat = true;
                else i = exponentStart;   // "1e" or "1e+": the number ends before the 'e'
            }
            end = i;
            var s = _scanner!;
            string text = _src.Slice(start, i);
            if (isFloat)
                return s._parseFloat != null ? Ops.Call(s._parseFloat, new PyStr(text))
                    : new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            if (s._parseInt != null) return Ops.Call(s._parseInt, new PyStr(text));
            if (text.Length <= 18) return PyInt.From(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
            return NumberMethods.TryParse(text, 10)!;   // applies the int max str digits limit
        }

        private PyStr Key(string text)
        {
            // Equal keys share one str within a document, as CPython's memo does.
            _memo ??= new Dictionary<string, PyStr>();
            if (!_memo.TryGetValue(text, out var key)) _memo[text] = key = new PyStr(text);
            return key;
        }

        private PyObject Object(int idx, out int end)
        {
            var s = _scanner!;
            PyDict? dict = s._pairsHook == null ? new PyDict() : null;
            PyList? pairs = s._pairsHook != null ? new PyList() : null;
            int n = _src.Length;
            idx = SkipWhitespace(idx);
            if (idx >= n || _src[idx] != '}')
            {
                while (true)
                {
                    if (idx >= n || _src[idx] != '"')
                        throw Error("Expecting property name enclosed in double quotes", idx);
                    var key = Key(String(idx + 1, s._strict, out idx));
                    idx = SkipWhitespace(idx);
                    if (idx >= n || _src[idx] != ':') throw Error("Expecting ':' delimiter", idx);
                    idx = SkipWhitespace(idx + 1);
                    var value = Value(idx, out idx);
                    if (dict != null) dict.SetItem(key, value);
                    else pairs!.Append(PyTuple.Of(key, value));
                    idx = SkipWhitespace(idx);
                    if (idx < n && _src[idx] == '}') break;
                    if (idx >= n || _src[idx] != ',') throw Error("Expecting ',' delimiter", idx);
                    idx = SkipWhitespace(idx + 1);
                }
            }
            end = idx + 1;
            if (pairs != null) return Ops.Call(s._pairsHook!, pairs);
            return s._objectHook != null ? Ops.Call(s._objectHook, dict!) : dict!;
        }

        private PyObject Array(int idx, out int end)
        {
            var list = new PyList();
            int n = _src.Length;
            idx = SkipWhitespace(idx);
            if (idx >= n || _src[idx] != ']')
            {
                while (true)
                {
                    list.Append(Value(idx, out idx));
                    idx = SkipWhitespace(idx);
                    if (idx < n && _src[idx] == ']') break;
                    if (idx >= n || _src[idx] != ',') throw Error("Expecting ',' delimiter", idx);
                    idx = SkipWhitespace(idx + 1);
                }
            }
            end = idx + 1;
            return list;
        }

        /// <summary>The string whose opening quote is at <paramref name="start"/> - 1.</summary>
        public string String(int start, bool strict, out int next)
        {
            int n = _src.Length, begin = start - 1, end = start;
            StringBuilder? sb = null;
            while (true)
            {
                int i = end, c = 0;
                for (; i < n; i++)
                {
                    c = _src[i];
                    if (c == '"' || c == '\\') break;
                    if (c <= 0x1f && strict) throw Error("Invalid control character at", i);
                }
                if (i >= n) throw Error("Unterminated string starting at", begin);
                if (c == '"' && sb == null)
                {
                    next = i + 1;
                    return _src.Slice(end, i);
                }
                sb ??= new StringBuilder();
                _src.AppendSlice(sb, end, i);
                i++;
                if (c == '"')
                {
                    next = i;
                    return sb.ToString();
                }
                if (i == n) throw Error("Unterminated string starting at", begin);
                c = _src[i];
                if (c != 'u')
                {
                    end = i + 1;
                    int decoded = c switch
                    {
                        '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                        _ => -1,
                    };
                    if (decoded < 0) throw Error("Invalid \\escape", end - 2);
                    sb.Append((char)decoded);
                    continue;
                }
                i++;
                end = i + 4;
                if (end >= n) throw Error("Invalid \\uXXXX escape", i - 1);
                int cp = Hex4(i, end);
                i = end;
                // A high surrogate followed by an escaped low one is one character (CPython requires end + 6 < len).
                if (cp is >= 0xD800 and <= 0xDBFF && end + 6 < n && _src[i] == '\\' && _src[i + 1] == 'u')
                {
                    int low = Hex4(i + 2, end + 6);
                    if (low is >= 0xDC00 and <= 0xDFFF)
                    {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        end += 6;
                    }
                }
                PyStr.AppendCodePoint(sb, cp);
            }
        }

        private int Hex4(int from, int end)
        {
            int value = 0;
            for (int i = from; i < end; i++)
            {
                int d = _src[i];
                int digit = d is >= '0' and <= '9' ? d - '0' : d is >= 'a' and <= 'f' ? d - 'a' + 10 : d is >= 'A' and <= 'F' ? d - 'A' + 10 : -1;
                if (digit < 0) throw Error("Invalid \\uXXXX escape", end - 5);
                value = (value << 4) | digit;
            }
            return value;
        }
    }
}
