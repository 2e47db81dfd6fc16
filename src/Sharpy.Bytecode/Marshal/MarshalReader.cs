using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Sharpy.Bytecode.Code;
using T = Sharpy.Bytecode.Marshal.MarshalTypeCode;

namespace Sharpy.Bytecode.Marshal;

/// <summary>
/// Mirror image of <see cref="MarshalWriter"/>. Treats its input as hostile: every length is checked
/// against the bytes actually remaining before anything is allocated, nesting is limited, and only the
/// canonical encoding of each value is accepted (so whatever is accepted re-serialises to identical
/// bytes). Every failure is an <see cref="InvalidPycException"/>.
/// Speed (docs/pyc-format.md, "Load speed"): one pass over a span, no per-byte calls, ASCII strings shared
/// through <see cref="StringCache"/> (most names repeat across modules and loads), and the "every repeated
/// string is a reference" rule checked on the encoded bytes (canonical form: equal values have equal bytes).
/// </summary>
public sealed class MarshalReader
{
    private MarshalReader() { }

    // Every reader method is compiled fully optimised on first use (AggressiveOptimization): loading is
    // short-lived and often happens once per process, so waiting for tiered compilation would mean running
    // most loads in unoptimised code (and on a busy machine the background JIT falls far behind).

    /// <summary>Reads exactly one object spanning all of <paramref name="data"/>.</summary>
    /// <exception cref="InvalidPycException">the data is not a canonical marshal stream.</exception>
    public static object? Deserialize(ReadOnlyMemory<byte> data) => Deserialize(data.Span);

    /// <inheritdoc cref="Deserialize(ReadOnlyMemory{byte})"/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static object? Deserialize(ReadOnlySpan<byte> data)
    {
        var reader = new Reader(data);
        try
        {
            object? value = reader.ReadObject();
            if (reader.Position != data.Length)
                throw new InvalidPycException("trailing data after marshalled object");
            return value;
        }
        finally
        {
            reader.ReturnTables();
        }
    }

    /// <summary>Reads a stream whose single object must be a code object.</summary>
    public static CodeObject DeserializeCode(ReadOnlyMemory<byte> data) => DeserializeCode(data.Span);

    /// <inheritdoc cref="DeserializeCode(ReadOnlyMemory{byte})"/>
    public static CodeObject DeserializeCode(ReadOnlySpan<byte> data) =>
        Deserialize(data) as CodeObject ?? throw new InvalidPycException("marshalled object is not a code object");

    /// <summary>
    /// Reads one object at the start of <paramref name="data"/> and returns how many bytes it took (for
    /// containers that embed a Sharpy stream, like the marshal module's code objects).
    /// </summary>
    public static object? DeserializePrefix(ReadOnlySpan<byte> data, out int consumed)
    {
        var reader = new Reader(data);
        try
        {
            object? value = reader.ReadObject();
            consumed = reader.Position;
            return value;
        }
        finally
        {
            reader.ReturnTables();
        }
    }

    // The reference and seen-string tables of the last load on this thread, reused by the next one: a load
    // of a big module then allocates little more than the objects it returns.
    [ThreadStatic] private static object[]? t_refs;
    [ThreadStatic] private static int[]? t_seen;

    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;
        private int _depth;
        private object[] _refs;
        private int _refCount;
        // Open-addressing set of the flagged strings' encodings (start offset + 1 of the type byte, 0 = empty).
        private int[] _seen;

        public Reader(ReadOnlySpan<byte> data)
        {
            _data = data;
            _refs = t_refs ?? new object[16];
            _seen = t_seen ?? new int[32];
            t_refs = null; // a nested load on this thread (none today) would get tables of its own
            t_seen = null;
        }

        /// <summary>Clears the tables (no stale references kept alive) and hands them to the next load on this thread.</summary>
        public void ReturnTables()
        {
            if (_refs.Length > 1 << 16 || _seen.Length > 1 << 17) return; // do not pin unusually large tables
            Array.Clear(_refs, 0, _refCount);
            Array.Clear(_seen);
            t_refs = _refs;
            t_seen = _seen;
        }

        public readonly int Position => _position;

        private readonly int Remaining => _data.Length - _position;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public object? ReadObject()
        {
            // The stack probe every 8 levels is enough: a level takes a few hundred bytes of stack at most.
            if (++_depth > T.MaxDepth || (_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw new InvalidPycException("marshal data nested too deeply");
            object? value = ReadObjectBody();
            _depth--;
            return value;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private object? ReadObjectBody()
        {
            byte typeByte = ReadByte();
            bool flagged = (typeByte & T.FlagRef) != 0;
            byte type = (byte)(typeByte & ~T.FlagRef);
            if (type is T.ShortAscii or T.Ascii or T.Unicode)
            {
                if (!flagged) throw new InvalidPycException("string without reference flag");
                return ReadStringBody(type);
            }
            if (flagged) throw new InvalidPycException($"reference flag on type code 0x{type:x2}");
            switch (type)
            {
                case T.None: return null;
                case T.False: return BoxedFalse;
                case T.True: return BoxedTrue;
                case T.Ellipsis: return ConstEllipsis.Instance;
                case T.Int32: return BoxInt(ReadInt32());
                case T.BigInt: return ReadBigInteger();
                case T.Float: return ReadDouble();
                case T.Complex:
                    double real = ReadDouble();
                    return new Complex(real, ReadDouble());
                case T.Bytes: return ReadRawBytes();
                case T.Ref: return ReadRef();
                case T.SmallTuple:
                    int smallCount = ReadByte();
                    return smallCount == 0 ? EmptyTuple : new ConstTuple(ReadItems(smallCount));
                case T.Tuple:
                    int count = ReadCount();
                    if (count < 256) throw new InvalidPycException("long tuple form used for a small tuple");
                    return new ConstTuple(ReadItems(count));
                case T.FrozenSet: return new ConstFrozenSet(ReadItems(ReadCount()));
                case T.Code: return ReadCode();
                default: throw new InvalidPycException($"bad marshal data (unknown type code 0x{type:x2})");
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private object ReadBigInteger()
        {
            int length = ReadCount();
            var bytes = ReadSpan(length);
            var value = new BigInteger(bytes, isUnsigned: false, isBigEndian: false);
            if (value >= int.MinValue && value <= int.MaxValue)
                throw new InvalidPycException("long int form used for a 32-bit int");
            if (value.GetByteCount() != length)
                throw new InvalidPycException("non-minimal long int encoding");
            return value;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private object ReadStringBody(byte type)
        {
            int start = _position - 1;
            object value;
            ReadOnlySpan<byte> span;
            if (type == T.ShortAscii)
            {
                int length = ReadByte();
                span = ReadSpan(length);
                if (!Ascii.IsValid(span)) throw new InvalidPycException("non-ASCII byte in ASCII string");
                uint hash = StringCache.Hash(span);
                value = StringCache.GetAscii(span, hash);
                MarkSeen(start, SeenHash(hash, type));
            }
            else
            {
                int length = ReadCount();
                if (type == T.Ascii && length < 256) throw new InvalidPycException("long ASCII form used for a short string");
                span = ReadSpan(length);
                bool ascii = Ascii.IsValid(span);
                if (type == T.Ascii)
                {
                    if (!ascii) throw new InvalidPycException("non-ASCII byte in ASCII string");
                    value = StringCache.GetLongAscii(span);
                }
                else
                {
                    if (ascii) throw new InvalidPycException("unicode form used for an ASCII string");
                    value = Wtf8.Decode(span) ?? throw new InvalidPycException("invalid WTF-8 string data");
                }
                MarkSeen(start, SeenHash(StringCache.Hash(span), type));
            }
            if (_refCount == _refs.Length) Array.Resize(ref _refs, _refs.Length * 2);
            _refs[_refCount++] = value;
            return value;
        }

        /// <summary>Hash of a string's encoding: its content hash (shared with <see cref="StringCache"/>) and its type.</summary>
        private static uint SeenHash(uint contentHash, byte type) => contentHash ^ (uint)type * 0x9E3779B1u;

        /// <summary>Rejects a string whose encoding (type byte onwards) was already read: it must have been a reference.</summary>
        private void MarkSeen(int start, uint hash)
        {
            var encoding = _data[start.._position];
            if (_refCount * 2 >= _seen.Length) GrowSeen();
            int mask = _seen.Length - 1;
            int slot = (int)hash & mask;
            while (true)
            {
                int entry = _seen[slot];
                if (entry == 0)
                {
                    _seen[slot] = start + 1;
                    return;
                }
                if (EncodingAt(entry - 1).SequenceEqual(encoding))
                    throw new InvalidPycException("repeated string not written as a reference");
                slot = (slot + 1) & mask;
            }
        }

        /// <summary><see cref="SeenHash"/> of the (already validated) string whose type byte is at <paramref name="start"/>.</summary>
        private readonly uint SeenHashAt(int start)
        {
            byte type = (byte)(_data[start] & ~T.FlagRef);
            int header = type == T.ShortAscii ? 2 : 5;
            return SeenHash(StringCache.Hash(EncodingAt(start)[header..]), type);
        }

        /// <summary>The whole encoding of the (already validated) string whose type byte is at <paramref name="start"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private readonly ReadOnlySpan<byte> EncodingAt(int start)
        {
            byte type = (byte)(_data[start] & ~T.FlagRef);
            int length = type == T.ShortAscii
                ? 2 + _data[start + 1]
                : 5 + BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(start + 1, 4));
            return _data.Slice(start, length);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void GrowSeen()
        {
            var old = _seen;
            _seen = new int[old.Length * 2];
            int mask = _seen.Length - 1;
            foreach (int entry in old)
            {
                if (entry == 0) continue;
                int slot = (int)SeenHashAt(entry - 1) & mask;
                while (_seen[slot] != 0) slot = (slot + 1) & mask;
                _seen[slot] = entry;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private object ReadRef()
        {
            int index = ReadInt32();
            if ((uint)index >= (uint)_refCount) throw new InvalidPycException("invalid reference index");
            return _refs[index];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private object?[] ReadItems(int count)
        {
            // Every item takes at least one byte, so the count is bounded by the input (checked by ReadCount
            // or, for the 1-byte small-tuple count, here).
            if (count > Remaining) throw new InvalidPycException("marshal data too short");
            var items = new object?[count];
            for (int i = 0; i < count; i++) items[i] = ReadObject();
            return items;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private CodeObject ReadCode()
        {
            int argCount = ReadNonNegative("argcount");
            int posOnly = ReadNonNegative("posonlyargcount");
            int kwOnly = ReadNonNegative("kwonlyargcount");
            int stackSize = ReadNonNegative("stacksize");
            var flags = (CodeFlags)ReadInt32();
            int firstLine = ReadInt32();
            byte[] code = ReadRawBytes();
            object?[] consts = ReadItems(ReadCount());
            string[] names = ReadStrings();
            string[] varNames = ReadStrings();
            string[] cellVars = ReadStrings();
            string[] freeVars = ReadStrings();
            string filename = ReadStringObject();
            string name = ReadStringObject();
            string qualName = ReadStringObject();
            byte[] lineTable = ReadRawBytes();
            byte[] exceptionTable = ReadRawBytes();
            return new CodeObject
            {
                ArgCount = argCount,
                PosOnlyArgCount = posOnly,
                KwOnlyArgCount = kwOnly,
                StackSize = stackSize,
                Flags = flags,
                FirstLineNo = firstLine,
                Code = code,
                Consts = consts,
                Names = names,
                VarNames = varNames,
                CellVars = cellVars,
                FreeVars = freeVars,
                Filename = filename,
                Name = name,
                QualName = qualName,
                LineTable = lineTable,
                ExceptionTable = exceptionTable,
            };
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string[] ReadStrings()
        {
            int count = ReadCount();
            if (count == 0) return [];
            var result = new string[count];
            for (int i = 0; i < count; i++) result[i] = ReadStringObject();
            return result;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string ReadStringObject()
        {
            // Fast path for the common case in code objects: a reference to a string read before.
            if (_position + 5 <= _data.Length && _data[_position] == T.Ref)
            {
                int index = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(_position + 1, 4));
                if ((uint)index < (uint)_refCount && _refs[index] is string s)
                {
                    _position += 5;
                    return s;
                }
            }
            return ReadObject() as string ?? throw new InvalidPycException("expected a string in code object");
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int ReadNonNegative(string field)
        {
            int value = ReadInt32();
            if (value < 0) throw new InvalidPycException($"negative {field} in code object");
            return value;
        }

        /// <summary>A uint32 count that cannot exceed the remaining input (each unit is at least one byte).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int ReadCount()
        {
            int count = ReadInt32();
            if ((uint)count > (uint)Remaining) throw new InvalidPycException("marshal data too short");
            return count;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private byte[] ReadRawBytes()
        {
            int count = ReadCount();
            if (count == 0) return [];
            byte[] result = _data.Slice(_position, count).ToArray();
            _position += count;
            return result;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private ReadOnlySpan<byte> ReadSpan(int length)
        {
            if ((uint)length > (uint)Remaining) throw new InvalidPycException("marshal data too short");
            var span = _data.Slice(_position, length);
            _position += length;
            return span;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private byte ReadByte()
        {
            if (_position >= _data.Length) throw new InvalidPycException("EOF read where object expected");
            return _data[_position++];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int ReadInt32()
        {
            if (Remaining < 4) throw new InvalidPycException("marshal data too short");
            int value = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(_position, 4));
            _position += 4;
            return value;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private double ReadDouble()
        {
            if (Remaining < 8) throw new InvalidPycException("marshal data too short");
            long bits = BinaryPrimitives.ReadInt64LittleEndian(_data.Slice(_position, 8));
            _position += 8;
            return BitConverter.Int64BitsToDouble(bits);
        }
    }

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;
    private static readonly ConstTuple EmptyTuple = new([]);
    private static readonly object[] SmallInts = Enumerable.Range(-5, 262).Select(i => (object)new BigInteger(i)).ToArray();

    private static object BoxInt(int value) =>
        (uint)(value + 5) < (uint)SmallInts.Length ? SmallInts[value + 5] : new BigInteger(value);
}
