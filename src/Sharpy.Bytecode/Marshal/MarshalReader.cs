using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Bytecode.Code;
using T = Sharpy.Bytecode.Marshal.MarshalTypeCode;

namespace Sharpy.Bytecode.Marshal;

/// <summary>
/// Mirror image of <see cref="MarshalWriter"/>. Treats its input as hostile: every length is checked
/// against the bytes actually remaining before anything is allocated, nesting is limited, and only the
/// canonical encoding of each value is accepted (so whatever is accepted re-serialises to identical
/// bytes). Every failure is an <see cref="InvalidPycException"/>.
/// </summary>
public sealed class MarshalReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private int _position;
    private int _depth;
    private readonly List<string> _stringRefs = [];
    private readonly HashSet<string> _seenStrings = new(StringComparer.Ordinal);

    private MarshalReader(ReadOnlyMemory<byte> data) => _data = data;

    /// <summary>Reads exactly one object spanning all of <paramref name="data"/>.</summary>
    /// <exception cref="InvalidPycException">the data is not a canonical marshal stream.</exception>
    public static object? Deserialize(ReadOnlyMemory<byte> data)
    {
        var reader = new MarshalReader(data);
        object? value = reader.ReadObject();
        if (reader._position != data.Length)
            throw new InvalidPycException("trailing data after marshalled object");
        return value;
    }

    /// <summary>Reads a stream whose single object must be a code object.</summary>
    public static CodeObject DeserializeCode(ReadOnlyMemory<byte> data) =>
        Deserialize(data) as CodeObject ?? throw new InvalidPycException("marshalled object is not a code object");

    private int Remaining => _data.Length - _position;

    private object? ReadObject()
    {
        if (++_depth > T.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new InvalidPycException("marshal data nested too deeply");
        try
        {
            return ReadObjectBody();
        }
        finally
        {
            _depth--;
        }
    }

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
            case T.False: return false;
            case T.True: return true;
            case T.Ellipsis: return ConstEllipsis.Instance;
            case T.Int32: return new BigInteger(ReadInt32());
            case T.BigInt: return ReadBigInteger();
            case T.Float: return ReadDouble();
            case T.Complex:
                double real = ReadDouble();
                return new Complex(real, ReadDouble());
            case T.Bytes: return ReadRawBytes();
            case T.Ref: return ReadRef();
            case T.SmallTuple:
                int smallCount = ReadByte();
                return new ConstTuple(ReadItems(smallCount));
            case T.Tuple:
                int count = ReadCount();
                if (count < 256) throw new InvalidPycException("long tuple form used for a small tuple");
                return new ConstTuple(ReadItems(count));
            case T.FrozenSet: return new ConstFrozenSet(ReadItems(ReadCount()));
            case T.Code: return ReadCode();
            default: throw new InvalidPycException($"bad marshal data (unknown type code 0x{type:x2})");
        }
    }

    private BigInteger ReadBigInteger()
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

    private string ReadStringBody(byte type)
    {
        string value;
        if (type == T.Unicode)
        {
            int length = ReadCount();
            value = Wtf8.Decode(ReadSpan(length)) ?? throw new InvalidPycException("invalid WTF-8 string data");
            if (MarshalWriter.IsAscii(value)) throw new InvalidPycException("unicode form used for an ASCII string");
        }
        else
        {
            int length = type == T.ShortAscii ? ReadByte() : ReadCount();
            if (type == T.Ascii && length < 256) throw new InvalidPycException("long ASCII form used for a short string");
            var span = ReadSpan(length);
            foreach (byte b in span)
                if (b >= 0x80) throw new InvalidPycException("non-ASCII byte in ASCII string");
            value = System.Text.Encoding.ASCII.GetString(span);
        }
        if (!_seenStrings.Add(value)) throw new InvalidPycException("repeated string not written as a reference");
        _stringRefs.Add(value);
        return value;
    }

    private string ReadRef()
    {
        int index = ReadInt32();
        if (index < 0 || index >= _stringRefs.Count) throw new InvalidPycException("invalid reference index");
        return _stringRefs[index];
    }

    private object?[] ReadItems(int count)
    {
        // Every item takes at least one byte, so the count is bounded by the input (checked by ReadCount
        // or, for the 1-byte small-tuple count, here).
        if (count > Remaining) throw new InvalidPycException("marshal data too short");
        var items = new object?[count];
        for (int i = 0; i < count; i++) items[i] = ReadObject();
        return items;
    }

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

    private string[] ReadStrings()
    {
        int count = ReadCount();
        var result = new string[count];
        for (int i = 0; i < count; i++) result[i] = ReadStringObject();
        return result;
    }

    private string ReadStringObject() =>
        ReadObject() as string ?? throw new InvalidPycException("expected a string in code object");

    private int ReadNonNegative(string field)
    {
        int value = ReadInt32();
        if (value < 0) throw new InvalidPycException($"negative {field} in code object");
        return value;
    }

    /// <summary>A uint32 count that cannot exceed the remaining input (each unit is at least one byte).</summary>
    private int ReadCount()
    {
        int count = ReadInt32();
        if (count < 0 || count > Remaining) throw new InvalidPycException("marshal data too short");
        return count;
    }

    private byte[] ReadRawBytes() => ReadSpan(ReadCount()).ToArray();

    private ReadOnlySpan<byte> ReadSpan(int length)
    {
        if (length < 0 || length > Remaining) throw new InvalidPycException("marshal data too short");
        var span = _data.Span.Slice(_position, length);
        _position += length;
        return span;
    }

    private byte ReadByte()
    {
        if (Remaining < 1) throw new InvalidPycException("EOF read where object expected");
        return _data.Span[_position++];
    }

    private int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(ReadSpan(4));

    private double ReadDouble() => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(ReadSpan(8)));
}
