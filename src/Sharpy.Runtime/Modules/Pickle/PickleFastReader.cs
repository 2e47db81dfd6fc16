using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Pickle;

/// <summary>
/// The common path of <c>pickle.loads</c> in native code: the binary opcodes that build None, bools, ints,
/// floats, str, bytes, bytearray, tuples, lists, dicts, sets and frozensets, with the memo and frames. Any
/// other opcode (globals, reduce, build, protocol 0-1 text forms, persistent ids, buffers) or anything
/// malformed makes <see cref="TryLoad"/> give up, and lib/pickle.py's Unpickler loads the data from the start:
/// the opcodes handled here have no side effects, so a retry observes nothing, and the Python code raises
/// CPython's errors.
/// </summary>
internal sealed class PickleFastReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly byte[] _data;
    private int _pos;
    private int _frameEnd = -1;
    private readonly List<PyObject> _stack = new();
    private readonly List<int> _marks = new();
    private readonly Dictionary<long, PyObject> _memo = new();

    private sealed class Unsupported : Exception { }
    private static readonly Unsupported Bail = new();

    private PickleFastReader(byte[] data) { _data = data; }

    /// <summary>The unpickled object, or null when the Python unpickler must handle the data.</summary>
    public static PyObject? TryLoad(byte[] data)
    {
        var r = new PickleFastReader(data);
        try
        {
            return r.Run();
        }
        catch (Unsupported)
        {
            return null;
        }
        catch (PythonException)
        {
            return null;   // e.g. an unhashable key: the Python unpickler raises it again
        }
    }

    private ReadOnlySpan<byte> Read(int n)
    {
        if (n < 0 || _pos + n > _data.Length) throw Bail;
        if (_pos < _frameEnd && _pos + n > _frameEnd) throw Bail;   // an opcode crossing its frame
        var s = _data.AsSpan(_pos, n);
        _pos += n;
        return s;
    }

    private int ReadLength4()
    {
        uint n = BinaryPrimitives.ReadUInt32LittleEndian(Read(4));
        return n > int.MaxValue ? throw Bail : (int)n;
    }

    private int ReadLength8()
    {
        ulong n = BinaryPrimitives.ReadUInt64LittleEndian(Read(8));
        return n > int.MaxValue ? throw Bail : (int)n;
    }

    private PyObject Pop()
    {
        int floor = _marks.Count > 0 ? _marks[^1] : 0;
        if (_stack.Count <= floor) throw Bail;
        var x = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return x;
    }

    private PyObject Top()
    {
        int floor = _marks.Count > 0 ? _marks[^1] : 0;
        if (_stack.Count <= floor) throw Bail;
        return _stack[^1];
    }

    private PyObject[] PopMark()
    {
        if (_marks.Count == 0) throw Bail;
        int start = _marks[^1];
        _marks.RemoveAt(_marks.Count - 1);
        var items = _stack.GetRange(start, _stack.Count - start).ToArray();
        _stack.RemoveRange(start, _stack.Count - start);
        return items;
    }

    private void Push(PyObject o) => _stack.Add(o);

    private PyObject Run()
    {
        while (true)
        {
            byte op = Read(1)[0];
            switch (op)
            {
                case 0x80:   // PROTO
                    if (Read(1)[0] > 5) throw Bail;
                    break;
                case 0x95:   // FRAME
                {
                    if (_pos < _frameEnd) throw Bail;
                    int size = ReadLength8();
                    if (_pos + size > _data.Length) throw Bail;
                    _frameEnd = _pos + size;
                    break;
                }
                case (byte)'.':   // STOP
                    if (_marks.Count > 0 || _stack.Count == 0) throw Bail;
                    return _stack[^1];
                case (byte)'N': Push(PyNone.Instance); break;
                case 0x88: Push(Py.True); break;
                case 0x89: Push(Py.False); break;
                case (byte)'J': Push(PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(Read(4)))); break;
                case (byte)'K': Push(PyInt.From(Read(1)[0])); break;
                case (byte)'M': Push(PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(Read(2)))); break;
                case 0x8a: Push(Long(Read(Read(1)[0]))); break;
                case 0x8b:
                {
                    int n = BinaryPrimitives.ReadInt32LittleEndian(Read(4));
                    if (n < 0) throw Bail;
                    Push(Long(Read(n)));
                    break;
                }
                case (byte)'G': Push(new PyFloat(BinaryPrimitives.ReadDoubleBigEndian(Read(8)))); break;
                case 0x8c: Push(Text(Read(Read(1)[0]))); break;
                case (byte)'X': Push(Text(Read(ReadLength4()))); break;
                case 0x8d: Push(Text(Read(ReadLength8()))); break;
                case (byte)'C': Push(new PyBytes(Read(Read(1)[0]).ToArray())); break;
                case (byte)'B': Push(new PyBytes(Read(ReadLength4()).ToArray())); break;
                case 0x8e: Push(new PyBytes(Read(ReadLength8()).ToArray())); break;
                case 0x96: Push(new PyByteArray(Read(ReadLength8()).ToArray())); break;
                case (byte)']': Push(new PyList()); break;
                case (byte)'}': Push(new PyDict()); break;
                case (byte)')': Push(PyTuple.Empty); break;
                case 0x8f: Push(new PySet()); break;
                case (byte)'(': _marks.Add(_stack.Count); break;
                case (byte)'t': Push(PyTuple.Create(PopMark())); break;
                case 0x85: Push(PyTuple.Of(Pop())); break;
                case 0x86: { var b = Pop(); var a = Pop(); Push(PyTuple.Of(a, b)); break; }
                case 0x87: { var c = Pop(); var b = Pop(); var a = Pop(); Push(PyTuple.Of(a, b, c)); break; }
                case (byte)'a':
                {
                    var v = Pop();
                    if (Top() is not PyList { } l || l.Type != PyTypes.List) throw Bail;
                    l.Append(v);
                    break;
                }
                case (byte)'e':
                {
                    var items = PopMark();
                    if (Top() is not PyList { } l || l.Type != PyTypes.List) throw Bail;
                    foreach (var x in items) l.Append(x);
                    break;
                }
                case (byte)'s':
                {
                    var v = Pop();
                    var k = Pop();
                    if (Top() is not PyDict { } d || d.Type != PyTypes.Dict) throw Bail;
                    d.SetItem(k, v);
                    break;
                }
                case (byte)'u':
                {
                    var items = PopMark();
                    if ((items.Length & 1) != 0 || Top() is not PyDict { } d || d.Type != PyTypes.Dict) throw Bail;
                    for (int k = 0; k < items.Length; k += 2) d.SetItem(items[k], items[k + 1]);
                    break;
                }
                case 0x90:
                {
                    var items = PopMark();
                    if (Top() is not PySet { Frozen: false } s || s.Type != PyTypes.Set) throw Bail;
                    foreach (var x in items) s.Add(x);
                    break;
                }
                case 0x91:
                {
                    var fs = new PySet(PyTypes.FrozenSet, true);
                    foreach (var x in PopMark()) fs.Add(x);
                    Push(fs);
                    break;
                }
                case 0x94: _memo[_memo.Count] = Top(); break;   // MEMOIZE
                case (byte)'q': _memo[Read(1)[0]] = Top(); break;
                case (byte)'r': _memo[BinaryPrimitives.ReadUInt32LittleEndian(Read(4))] = Top(); break;
                case (byte)'h': Push(Memo(Read(1)[0])); break;
                case (byte)'j': Push(Memo(BinaryPrimitives.ReadUInt32LittleEndian(Read(4)))); break;
                case (byte)'0':
                    if (_marks.Count > 0 && _stack.Count == _marks[^1]) PopMark();   // POP of an empty mark
                    else Pop();
                    break;
                case (byte)'1': PopMark(); break;
                case (byte)'2': Push(Top()); break;
                default: throw Bail;
            }
        }
    }

    private PyObject Memo(long idx) => _memo.TryGetValue(idx, out var v) ? v : throw Bail;

    private static PyObject Long(ReadOnlySpan<byte> b) =>
        b.Length == 0 ? PyInt.From(0) : PyInt.From(new BigInteger(b, isUnsigned: false, isBigEndian: false));

    private static PyObject Text(ReadOnlySpan<byte> b)
    {
        try { return PyStr.New(StrictUtf8.GetString(b)); }
        catch (DecoderFallbackException) { throw Bail; }   // surrogates: 'surrogatepass' in Python
    }
}
