using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// Python <c>str</c>: a sequence of code points stored as a .NET UTF-16 string. Astral characters are
/// surrogate pairs; <see cref="IsBmp"/> tells whether indexing may use UTF-16 indexes directly
/// (O(1)); otherwise a code-point array is built once on demand. The hash is CPython's (SipHash-1-3 over
/// the PEP 393 representation with the all-zero key of PYTHONHASHSEED=0), cached.
/// </summary>
public class PyStr : PyObject
{
    // Null only in a PyStrBuilder whose text has not been asked for yet (see Objects/PyStrBuilder.cs).
    private protected string? _value;

    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value ?? ((PyStrBuilder)this).Materialize();
    }
    private long _hash;
    private bool _hashed;
    private sbyte _kind; // 0 unknown, 1 latin-1, 2 BMP, 4 astral
    private int[]? _codePoints;
    private bool _splitSurrogates; // see FromSplitSurrogates

    public PyStr(string value) : base(PyTypes.Str) { _value = value; }
    public PyStr(PyType type, string value) : base(type) { _value = value; }

    /// <summary>For <see cref="PyStrBuilder"/>: a str whose text comes later, with its kind known now.</summary>
    private protected PyStr(sbyte kind) : base(PyTypes.Str) { _kind = kind; }

    /// <summary>Length in UTF-16 units, without building a pending concatenation's text.</summary>
    public int Utf16Length => _value?.Length ?? ((PyStrBuilder)this).PendingLength;

    public static readonly PyStr Empty = new("");
    private static readonly PyStr?[] Chars = new PyStr?[256];
    private static readonly ConcurrentDictionary<string, PyStr> Interned = new();

    public static PyStr Intern(string s)
    {
        if (Interned.TryGetValue(s, out var p)) return p;
        return Interned.GetOrAdd(s, v => new PyStr(v));
    }

    /// <summary>True when this very object is the one in the intern table (marshal's "interned" type codes).</summary>
    public bool IsInterned => Interned.TryGetValue(Value, out var p) && ReferenceEquals(p, this);

    public static PyStr FromChar(int cp)
    {
        if (cp < 256) return Chars[cp] ??= Intern(((char)cp).ToString());
        return new PyStr(FromCodePoint(cp));
    }

    /// <summary>
    /// A str whose code points a plain UTF-16 string cannot express: <paramref name="codePoints"/> keeps a lone
    /// high surrogate followed by a lone low one as two code points (the literal '\ud834\udd1e'), while
    /// <paramref name="text"/> holds the same UTF-16 units. Such strings are never equal to plain ones
    /// (<see cref="EqualsStr"/>); indexing, len and hashing follow the code points.
    /// </summary>
    public static PyStr FromSplitSurrogates(string text, int[] codePoints)
    {
        bool astral = false;
        foreach (int cp in codePoints) astral |= cp >= 0x10000;
        // Without astral characters every UTF-16 unit is a code point: the cheap BMP paths are exact.
        return new PyStr(text) { _kind = astral ? (sbyte)4 : (sbyte)2, _codePoints = codePoints, _splitSurrogates = true };
    }

    /// <summary>True for strings made by <see cref="FromSplitSurrogates"/> (Value alone does not describe them).</summary>
    public bool HasSplitSurrogates => _splitSurrogates;

    /// <summary>Python str equality (code points), for callers that compare <see cref="Value"/> directly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool EqualsStr(PyStr other) =>
        Value == other.Value && (_splitSurrogates == other._splitSurrogates && !_splitSurrogates || SplitEquals(other));

    private bool SplitEquals(PyStr other) =>
        _splitSurrogates == other._splitSurrogates && CodePoints.AsSpan().SequenceEqual(other.CodePoints);

    public static PyStr New(string s) => s.Length == 0 ? Empty : s.Length == 1 && s[0] < 256 ? FromChar(s[0]) : new PyStr(s);

    public int Kind
    {
        get
        {
            if (_kind == 0) _kind = ComputeKind(Value);
            return _kind;
        }
    }

    public bool IsBmp => Kind != 4;

    private static sbyte ComputeKind(string s)
    {
        sbyte k = 1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c > 0xFF)
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return 4;
                k = 2;
            }
        }
        return k;
    }

    /// <summary>Length in code points.</summary>
    public int Length => IsBmp ? Utf16Length : CodePoints.Length;

    public int[] CodePoints
    {
        get
        {
            if (_codePoints != null) return _codePoints;
            var list = new List<int>(Value.Length);
            for (int i = 0; i < Value.Length; i++)
            {
                char c = Value[i];
                if (char.IsHighSurrogate(c) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1]))
                {
                    list.Add(char.ConvertToUtf32(c, Value[i + 1])); i++;
                }
                else list.Add(c);
            }
            return _codePoints = list.ToArray();
        }
    }

    public int CodePointAt(int index) => IsBmp ? Value[index] : CodePoints[index];

    /// <summary>Substring by code-point indexes [start, end).</summary>
    public string Substring(int start, int end)
    {
        if (end <= start) return "";
        if (IsBmp) return Value.Substring(start, end - start);
        var sb = new StringBuilder();
        var cps = CodePoints;
        for (int i = start; i < end; i++) AppendCodePoint(sb, cps[i]);
        return sb.ToString();
    }

    /// <summary>Like char.ConvertFromUtf32 but accepts lone surrogates (legal in Python str).</summary>
    public static string FromCodePoint(int cp) =>
        cp >= 0xD800 && cp <= 0xDFFF || cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    public long Hash
    {
        get
        {
            if (_hashed) return _hash;
            _hash = ComputeHash();
            _hashed = true;
            return _hash;
        }
    }

    // CPython 3.11: Python/pyhash.c siphash13 over the PEP 393 buffer (key 0 when PYTHONHASHSEED=0).
    private long ComputeHash()
    {
        if (Value.Length == 0) return 0;
        int kind = Kind;
        byte[] buf;
        if (kind == 1)
        {
            buf = new byte[Value.Length];
            for (int i = 0; i < Value.Length; i++) buf[i] = (byte)Value[i];
        }
        else if (kind == 2)
        {
            buf = new byte[Value.Length * 2];
            for (int i = 0; i < Value.Length; i++) { buf[2 * i] = (byte)Value[i]; buf[2 * i + 1] = (byte)(Value[i] >> 8); }
        }
        else
        {
            var cps = CodePoints;
            buf = new byte[cps.Length * 4];
            for (int i = 0; i < cps.Length; i++) BitConverter.TryWriteBytes(buf.AsSpan(4 * i), cps[i]);
        }
        long h = (long)SipHash.Hash13(0, 0, buf);
        return h == -1 ? -2 : h;
    }

    public override bool Equals(object? obj) => obj is PyStr s && EqualsStr(s);
    public override int GetHashCode() => Value.GetHashCode();
}

/// <summary>SipHash-1-3 (CPython's default string hash since 3.11).</summary>
internal static class SipHash
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Rotl(ulong x, int b) => (x << b) | (x >> (64 - b));

    public static ulong Hash13(ulong k0, ulong k1, ReadOnlySpan<byte> src)
    {
        ulong b = (ulong)src.Length << 56;
        ulong v0 = k0 ^ 0x736f6d6570736575UL, v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL, v3 = k1 ^ 0x7465646279746573UL;
        int i = 0;
        while (src.Length - i >= 8)
        {
            ulong mi = BitConverter.ToUInt64(src.Slice(i, 8));
            i += 8;
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }
        ulong t = 0;
        int rem = src.Length - i;
        for (int j = rem - 1; j >= 0; j--) t = (t << 8) | src[i + j];
        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1; v1 = Rotl(v1, 13); v1 ^= v0; v0 = Rotl(v0, 32);
        v2 += v3; v3 = Rotl(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Rotl(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Rotl(v1, 17); v1 ^= v2; v2 = Rotl(v2, 32);
    }
}
