using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// The result of <c>a + b</c> on long strs, its text built when first read. CPython makes <c>s += piece</c> in a
/// loop linear by resizing <c>s</c> in place when nothing else refers to it; without reference counts Sharpy cannot
/// know that, and copying on every append made such loops quadratic (30,000 appends: 0.8 s, CPython 0.01 s).
/// Instead consecutive concatenations share one <see cref="StringBuilder"/>: each result remembers how many of its
/// chars are its own text, and appending to the result that ends where the buffer ends appends in place (older
/// results are unaffected: their text is a prefix). Appending to any other str starts a new buffer.
/// Only strings without astral characters or split surrogates take this path, so the kind and the length of a
/// result are known without building its text (<c>len(s)</c> in the loop stays cheap).
/// </summary>
internal sealed class PyStrBuilder : PyStr
{
    /// <summary>Results shorter than this are copied at once: short strings gain nothing from sharing.</summary>
    private const int MinLength = 256;

    private readonly StringBuilder _buffer;
    private readonly int _length;
    private readonly char _last;

    private PyStrBuilder(StringBuilder buffer, int length, sbyte kind, char last) : base(kind)
    {
        _buffer = buffer;
        _length = length;
        _last = last;
    }

    internal int PendingLength => _length;

    internal string Materialize()
    {
        // Locked because a thread that released the GIL may read a str while another appends to the shared buffer.
        lock (_buffer) return _value ??= _buffer.ToString(0, _length);
    }

    /// <summary><c>a + b</c> for two exact strs.</summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        int la = a.Utf16Length, lb = b.Utf16Length;
        if (la == 0) return b;
        if (lb == 0) return a;
        string piece = b.Value;
        char last = a is PyStrBuilder pa ? pa._last : a.Value[la - 1];
        // A lone high surrogate meeting a lone low one stays two code points in Python, while .NET would read
        // the joined UTF-16 as one astral character.
        if (a.HasSplitSurrogates || b.HasSplitSurrogates || char.IsHighSurrogate(last) && char.IsLowSurrogate(piece[0]))
            return PyStr.FromSplitSurrogates(a.Value + piece, [.. a.CodePoints, .. b.CodePoints]);
        if (la + (long)lb < MinLength || la + (long)lb > int.MaxValue / 2 || a.Kind > 2 || b.Kind > 2)
            return new PyStr(a.Value + piece);
        sbyte kind = Math.Max((sbyte)a.Kind, (sbyte)b.Kind);
        if (a is PyStrBuilder owner)
        {
            lock (owner._buffer)
            {
                if (owner._buffer.Length == la)
                {
                    owner._buffer.Append(piece);
                    return new PyStrBuilder(owner._buffer, la + lb, kind, piece[^1]);
                }
            }
        }
        var buffer = new StringBuilder(Math.Max(2 * (la + lb), 1024));
        buffer.Append(a.Value).Append(piece);
        return new PyStrBuilder(buffer, la + lb, kind, piece[^1]);
    }
}
