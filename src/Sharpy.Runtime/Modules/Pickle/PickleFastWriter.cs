using System.Buffers.Binary;
using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Pickle;

/// <summary>
/// The common path of <c>pickle.dumps</c>/<c>dump</c> (binary protocols 2-5) in native code: trees of exact
/// None, bool, int, float, str, bytes, bytearray, tuple, list, dict, set and frozenset. It writes what
/// lib/pickle.py's Pickler writes (CPython's _pickle byte for byte): the same opcodes, memo (by identity),
/// batches of 1000 and 64 KiB frames. Anything else (another type, protocols 0-1, bytes below protocol 3,
/// sets below 4, strings with lone surrogates, deep nesting) makes <see cref="TryDump"/> return null and the
/// caller pickles in Python, where the hooks and the error messages live.
/// </summary>
internal sealed class PickleFastWriter
{
    private const int BatchSize = 1000;
    private const int FrameSizeMin = 4;
    private const int FrameSizeTarget = 64 * 1024;
    private const int MaxDepth = 500;  // deeper trees go to Python, which reports RecursionError as CPython

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly int _proto;
    private readonly Dictionary<PyObject, int> _memo = new(ReferenceEqualityComparer.Instance);
    private readonly List<PyObject> _memoOrder = new();
    private readonly MemoryStream _out = new();
    private MemoryStream? _frame;
    private int _depth;

    private sealed class Unsupported : Exception { }
    private static readonly Unsupported Bail = new();

    private PickleFastWriter(int proto) { _proto = proto; }

    /// <summary>The pickle of <paramref name="obj"/>, or null when it needs the Python pickler.</summary>
    public static byte[]? TryDump(PyObject obj, int proto) => TryDump(obj, proto, out _);

    /// <summary>As <see cref="TryDump(PyObject, int)"/>, also giving the memoized objects in memo order (what a
    /// Pickler object keeps for its next dump).</summary>
    public static byte[]? TryDump(PyObject obj, int proto, out List<PyObject> memoOrder)
    {
        memoOrder = [];
        if (proto < 2 || proto > 5) return null;
        var w = new PickleFastWriter(proto);
        try
        {
            w._out.WriteByte(0x80);
            w._out.WriteByte((byte)proto);
            if (proto >= 4) w._frame = new MemoryStream();
            w.Save(obj);
            w.Write((byte)'.');
            w.CommitFrame(force: true);
            memoOrder = w._memoOrder;
            return w._out.ToArray();
        }
        catch (Unsupported)
        {
            return null;
        }
    }

    private MemoryStream Sink => _frame ?? _out;
    private void Write(byte b) => Sink.WriteByte(b);
    private void Write(ReadOnlySpan<byte> b) => Sink.Write(b);

    private void CommitFrame(bool force = false)
    {
        var frame = _frame;
        if (frame == null || !(force || frame.Length >= FrameSizeTarget)) return;
        if (frame.Length >= FrameSizeMin)
        {
            Span<byte> head = stackalloc byte[9];
            head[0] = 0x95;
            BinaryPrimitives.WriteUInt64LittleEndian(head[1..], (ulong)frame.Length);
            _out.Write(head);
        }
        frame.WriteTo(_out);
        _frame = new MemoryStream();
    }

    // Large payloads go outside any frame, after committing the current one.
    private void WriteLarge(ReadOnlySpan<byte> header, ReadOnlySpan<byte> payload)
    {
        if (_frame != null && payload.Length >= FrameSizeTarget)
        {
            CommitFrame(force: true);
            _out.Write(header);
            _out.Write(payload);
        }
        else
        {
            Write(header);
            Write(payload);
        }
    }

    private void Memoize(PyObject obj)
    {
        int idx = _memo.Count;
        if (_proto >= 4) Write(0x94);
        else if (idx < 256) { Write((byte)'q'); Write((byte)idx); }
        else { Write((byte)'r'); WriteU32((uint)idx); }
        _memo[obj] = idx;
        _memoOrder.Add(obj);
    }

    private void WriteGet(int idx)
    {
        if (idx < 256) { Write((byte)'h'); Write((byte)idx); }
        else { Write((byte)'j'); WriteU32((uint)idx); }
    }

    private void WriteU32(uint v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        Write(b);
    }

    private void Save(PyObject obj)
    {
        CommitFrame();
        if (obj is PyNone) { Write((byte)'N'); return; }
        var t = obj.Type;
        if (t == PyTypes.Bool) { Write(((PyInt)obj).Value != 0 ? (byte)0x88 : (byte)0x89); return; }
        if (t == PyTypes.Int) { SaveInt((PyInt)obj); return; }
        if (t == PyTypes.Float)
        {
            Span<byte> b = stackalloc byte[9];
            b[0] = (byte)'G';
            BinaryPrimitives.WriteDoubleBigEndian(b[1..], ((PyFloat)obj).Value);
            Write(b);
            return;
        }
        if (_memo.TryGetValue(obj, out int seen)) { WriteGet(seen); return; }
        if (++_depth > MaxDepth) throw Bail;
        if (t == PyTypes.Bytes) SaveBytes((PyBytes)obj);
        else if (t == PyTypes.Str) SaveStr((PyStr)obj);
        else if (t == PyTypes.Dict) SaveDict((PyDict)obj);
        else if (t == PyTypes.Set) SaveSet((PySet)obj);
        else if (t == PyTypes.FrozenSet) SaveFrozenSet((PySet)obj);
        else if (t == PyTypes.List) SaveList((PyList)obj);
        else if (t == PyTypes.Tuple) SaveTuple((PyTuple)obj);
        else if (t == PyTypes.ByteArray && _proto >= 5) SaveByteArray((PyByteArray)obj);
        else throw Bail;
        _depth--;
    }

    private void SaveInt(PyInt i)
    {
        if (!i.IsBig && i.Value is >= int.MinValue and <= int.MaxValue)
        {
            long v = i.Value;
            if (v is >= 0 and <= 0xff) { Write((byte)'K'); Write((byte)v); }
            else if (v is >= 0 and <= 0xffff) { Write((byte)'M'); Write((byte)v); Write((byte)(v >> 8)); }
            else { Write((byte)'J'); WriteU32(unchecked((uint)(int)v)); }
            return;
        }
        var encoded = i.AsBig.ToByteArray();   // minimal little-endian two's complement, as encode_long
        if (encoded.Length < 256) { Write(0x8a); Write((byte)encoded.Length); }
        else { Write(0x8b); WriteU32((uint)encoded.Length); }
        Write(encoded);
    }

    private void SaveBytes(PyBytes b)
    {
        if (_proto < 3) throw Bail;   // a reduce to codecs.encode
        int n = b.Value.Length;
        if (n <= 0xff)
        {
            Write((byte)'C');
            Write((byte)n);
            Write(b.Value);
        }
        else
        {
            Span<byte> head = stackalloc byte[5];
            head[0] = (byte)'B';
            BinaryPrimitives.WriteUInt32LittleEndian(head[1..], (uint)n);
            WriteLarge(head, b.Value);
        }
        Memoize(b);
    }

    private void SaveByteArray(PyByteArray ba)
    {
        Span<byte> head = stackalloc byte[9];
        head[0] = 0x96;
        BinaryPrimitives.WriteUInt64LittleEndian(head[1..], (ulong)ba.Value.Count);
        WriteLarge(head, ba.Value.ToArray());
        Memoize(ba);
    }

    private void SaveStr(PyStr s)
    {
        if (s.HasSplitSurrogates) throw Bail;
        byte[] encoded;
        try { encoded = StrictUtf8.GetBytes(s.Value); }
        catch (EncoderFallbackException) { throw Bail; }   // lone surrogates: 'surrogatepass' in Python
        int n = encoded.Length;
        if (n <= 0xff && _proto >= 4)
        {
            Write(0x8c);
            Write((byte)n);
            Write(encoded);
        }
        else
        {
            Span<byte> head = stackalloc byte[5];
            head[0] = (byte)'X';
            BinaryPrimitives.WriteUInt32LittleEndian(head[1..], (uint)n);
            WriteLarge(head, encoded);
        }
        Memoize(s);
    }

    private void SaveTuple(PyTuple tup)
    {
        var items = tup.Items;
        int n = items.Length;
        if (n == 0) { Write((byte)')'); return; }
        if (n <= 3)
        {
            foreach (var x in items) Save(x);
            if (_memo.TryGetValue(tup, out int idx))
            {
                // the tuple was reached again through its items: drop what was built, fetch the memo
                for (int k = 0; k < n; k++) Write((byte)'0');
                WriteGet(idx);
                return;
            }
            Write((byte)(0x85 + n - 1));
            Memoize(tup);
            return;
        }
        Write((byte)'(');
        foreach (var x in items) Save(x);
        if (_memo.TryGetValue(tup, out int at))
        {
            Write((byte)'1');
            WriteGet(at);
            return;
        }
        Write((byte)'t');
        Memoize(tup);
    }

    private void SaveList(PyList list)
    {
        Write((byte)']');
        Memoize(list);
        // Items are snapshotted: saving them runs no Python code, so the list cannot change meanwhile.
        var items = list.ToArray();
        if (items.Length == 0) return;
        if (items.Length == 1)
        {
            Save(items[0]);
            Write((byte)'a');
            return;
        }
        for (int start = 0; start < items.Length; start += BatchSize)
        {
            Write((byte)'(');
            int end = Math.Min(items.Length, start + BatchSize);
            for (int k = start; k < end; k++) Save(items[k]);
            Write((byte)'e');
        }
    }

    private void SaveDict(PyDict d)
    {
        Write((byte)'}');
        Memoize(d);
        int count = d.Count;
        if (count == 0) return;
        var keys = new PyObject[count];
        var values = new PyObject[count];
        int pos = 0, n = 0;
        while (d.NextEntry(ref pos, out var k, out var v)) { keys[n] = k; values[n] = v; n++; }
        if (n == 1)
        {
            Save(keys[0]);
            Save(values[0]);
            Write((byte)'s');
            return;
        }
        // CPython's batch_dict_exact loops while the last batch was full: a size that is a multiple of
        // the batch size ends with an empty MARK SETITEMS.
        int start = 0, batch;
        do
        {
            Write((byte)'(');
            int end = Math.Min(n, start + BatchSize);
            for (int k = start; k < end; k++)
            {
                Save(keys[k]);
                Save(values[k]);
            }
            batch = end - start;
            start = end;
            Write((byte)'u');
        } while (batch == BatchSize);
    }

    private void SaveSet(PySet s)
    {
        if (_proto < 4) throw Bail;   // a reduce to builtins.set
        Write(0x8f);
        Memoize(s);
        var items = s.ToList();
        if (items.Count == 0) return;
        int start = 0, batch;
        do   // as for dicts, a full last batch is followed by an empty one
        {
            Write((byte)'(');
            int end = Math.Min(items.Count, start + BatchSize);
            for (int k = start; k < end; k++) Save(items[k]);
            batch = end - start;
            start = end;
            Write(0x90);
        } while (batch == BatchSize);
    }

    private void SaveFrozenSet(PySet s)
    {
        if (_proto < 4) throw Bail;
        Write((byte)'(');
        foreach (var x in s.ToList()) Save(x);
        if (_memo.TryGetValue(s, out int idx))
        {
            Write((byte)'1');
            WriteGet(idx);
            return;
        }
        Write(0x91);
        Memoize(s);
    }
}
