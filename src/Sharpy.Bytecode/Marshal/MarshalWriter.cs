using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Bytecode.Code;
using T = Sharpy.Bytecode.Marshal.MarshalTypeCode;

namespace Sharpy.Bytecode.Marshal;

/// <summary>
/// Serialises constants of the closed model (<see cref="Constants"/>) and <see cref="CodeObject"/>s.
/// Deterministic: the bytes depend only on the value. Reference rule: the first occurrence of each
/// distinct string (ordinal equality) is written in full with <see cref="MarshalTypeCode.FlagRef"/>
/// and takes the next reference index; every later occurrence is written as a reference.
/// Nothing else is ever shared. Mirror image: <see cref="MarshalReader"/>.
/// </summary>
public sealed class MarshalWriter
{
    private readonly MemoryStream _output;
    // The output buffer is reused per thread (compileall compiles thousands of files): only the exact
    // result array is allocated per call, not a doubling series of buffers.
    [ThreadStatic] private static MemoryStream? t_buffer;
    private const int MaxCachedBuffer = 4 << 20;
    private readonly Dictionary<string, int> _stringRefs = new(StringComparer.Ordinal);
    private Dictionary<ConstCodePointString, int>? _codePointStringRefs;
    private int _nextRef;
    private int _depth;

    private MarshalWriter(MemoryStream output) { _output = output; }

    /// <summary>Serialises <paramref name="value"/> (a constant or a <see cref="CodeObject"/>).</summary>
    /// <exception cref="MarshalWriteException">the value is outside the model or nested too deeply.</exception>
    public static byte[] Serialize(object? value) => Serialize(value, 0);

    /// <summary>Serialises <paramref name="value"/> behind <paramref name="reserved"/> zero bytes, which the
    /// caller fills (a pyc header), saving a copy of the body.</summary>
    public static byte[] Serialize(object? value, int reserved)
    {
        var output = t_buffer ?? new MemoryStream();
        t_buffer = null; // a nested call on this thread gets its own buffer
        output.SetLength(reserved);
        output.Position = reserved;
        try
        {
            new MarshalWriter(output).WriteObject(value);
            return output.ToArray();
        }
        finally
        {
            if (output.Capacity <= MaxCachedBuffer)
            {
                output.SetLength(0);
                t_buffer = output;
            }
        }
    }

    private void WriteObject(object? value)
    {
        if (++_depth > T.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new MarshalWriteException("object too deeply nested to marshal");
        try
        {
            WriteObjectBody(value);
        }
        finally
        {
            _depth--;
        }
    }

    private void WriteObjectBody(object? value)
    {
        switch (value)
        {
            case null: WriteByte(T.None); break;
            case bool b: WriteByte(b ? T.True : T.False); break;
            case BigInteger i: WriteInteger(i); break;
            case double d: WriteByte(T.Float); WriteDouble(d); break;
            case Complex c: WriteByte(T.Complex); WriteDouble(c.Real); WriteDouble(c.Imaginary); break;
            case string s: WriteString(s); break;
            case ConstCodePointString cps: WriteCodePointString(cps); break;
            case byte[] bytes: WriteByte(T.Bytes); WriteRawBytes(bytes); break;
            case ConstEllipsis: WriteByte(T.Ellipsis); break;
            case ConstTuple tuple: WriteTuple(tuple.Items); break;
            case ConstFrozenSet set: WriteByte(T.FrozenSet); WriteItems(set.Items); break;
            case CodeObject code: WriteCode(code); break;
            default: throw new MarshalWriteException($"unmarshallable object of type {value.GetType().Name}");
        }
    }

    private void WriteInteger(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            WriteByte(T.Int32);
            WriteInt32((int)value);
            return;
        }
        byte[] bytes = value.ToByteArray(); // minimal two's complement, little-endian
        WriteByte(T.BigInt);
        WriteRawBytes(bytes);
    }

    private void WriteString(string value)
    {
        if (_stringRefs.TryGetValue(value, out int index))
        {
            WriteByte(T.Ref);
            WriteInt32(index);
            return;
        }
        _stringRefs.Add(value, _nextRef++);
        if (IsAscii(value))
        {
            if (value.Length < 256)
            {
                WriteByte(T.ShortAscii | T.FlagRef);
                WriteByte((byte)value.Length);
            }
            else
            {
                WriteByte(T.Ascii | T.FlagRef);
                WriteInt32(value.Length);
            }
            foreach (char c in value) WriteByte((byte)c);
            return;
        }
        WriteByte(T.Unicode | T.FlagRef);
        WriteRawBytes(Wtf8.Encode(value));
    }

    /// <summary>Shares the reference numbering with plain strings (a split pair is never ASCII).</summary>
    private void WriteCodePointString(ConstCodePointString value)
    {
        _codePointStringRefs ??= new Dictionary<ConstCodePointString, int>();
        if (_codePointStringRefs.TryGetValue(value, out int index))
        {
            WriteByte(T.Ref);
            WriteInt32(index);
            return;
        }
        _codePointStringRefs.Add(value, _nextRef++);
        WriteByte(T.Unicode | T.FlagRef);
        WriteRawBytes(Wtf8.Encode(value));
    }

    internal static bool IsAscii(string value)
    {
        foreach (char c in value)
            if (c >= 0x80) return false;
        return true;
    }

    private void WriteTuple(object?[] items)
    {
        if (items.Length < 256)
        {
            WriteByte(T.SmallTuple);
            WriteByte((byte)items.Length);
            foreach (var item in items) WriteObject(item);
            return;
        }
        WriteByte(T.Tuple);
        WriteItems(items);
    }

    private void WriteItems(object?[] items)
    {
        WriteInt32(items.Length);
        foreach (var item in items) WriteObject(item);
    }

    private void WriteCode(CodeObject code)
    {
        WriteByte(T.Code);
        WriteInt32(code.ArgCount);
        WriteInt32(code.PosOnlyArgCount);
        WriteInt32(code.KwOnlyArgCount);
        WriteInt32(code.StackSize);
        WriteInt32((int)code.Flags);
        WriteInt32(code.FirstLineNo);
        WriteRawBytes(code.Code);
        WriteItems(code.Consts);
        WriteStrings(code.Names);
        WriteStrings(code.VarNames);
        WriteStrings(code.CellVars);
        WriteStrings(code.FreeVars);
        // Through WriteObject so nesting is counted exactly as the reader counts it.
        WriteObject(code.Filename);
        WriteObject(code.Name);
        WriteObject(code.QualName);
        WriteRawBytes(code.LineTable);
        WriteRawBytes(code.ExceptionTable);
    }

    private void WriteStrings(string[] names)
    {
        WriteInt32(names.Length);
        foreach (var name in names) WriteObject(name);
    }

    private void WriteRawBytes(byte[] bytes)
    {
        WriteInt32(bytes.Length);
        _output.Write(bytes);
    }

    private void WriteByte(byte value) => _output.WriteByte(value);

    private void WriteInt32(int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        _output.Write(buffer);
    }

    private void WriteDouble(double value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, BitConverter.DoubleToInt64Bits(value));
        _output.Write(buffer);
    }
}
