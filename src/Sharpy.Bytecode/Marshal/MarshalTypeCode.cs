namespace Sharpy.Bytecode.Marshal;

/// <summary>
/// The type codes of Sharpy's marshal format, shared by <see cref="MarshalWriter"/> and
/// <see cref="MarshalReader"/>. Letters follow CPython's Python/marshal.c where the meaning is the same,
/// but the encodings are Sharpy's own (documented in docs/pyc-format.md). Every value has exactly one
/// encoding (canonical form), so anything the reader accepts re-encodes to the same bytes.
/// </summary>
internal static class MarshalTypeCode
{
    public const byte None = (byte)'N';
    public const byte False = (byte)'F';
    public const byte True = (byte)'T';
    public const byte Ellipsis = (byte)'.';
    /// <summary>int that fits in int32: 4 bytes LE.</summary>
    public const byte Int32 = (byte)'i';
    /// <summary>int outside int32: uint32 length n, then n bytes of minimal two's complement LE.</summary>
    public const byte BigInt = (byte)'l';
    /// <summary>float: 8 bytes IEEE 754 LE.</summary>
    public const byte Float = (byte)'g';
    /// <summary>complex: two floats (real, imag).</summary>
    public const byte Complex = (byte)'y';
    /// <summary>bytes: uint32 length, then the bytes.</summary>
    public const byte Bytes = (byte)'s';
    /// <summary>ASCII str shorter than 256 chars: 1-byte length, then the chars.</summary>
    public const byte ShortAscii = (byte)'z';
    /// <summary>ASCII str of 256 chars or more: uint32 length, then the chars.</summary>
    public const byte Ascii = (byte)'a';
    /// <summary>non-ASCII str: uint32 byte length, then WTF-8 (UTF-8 allowing lone surrogates).</summary>
    public const byte Unicode = (byte)'u';
    /// <summary>tuple of fewer than 256 items: 1-byte count, then the items.</summary>
    public const byte SmallTuple = (byte)')';
    /// <summary>tuple of 256 items or more: uint32 count, then the items.</summary>
    public const byte Tuple = (byte)'(';
    /// <summary>frozenset: uint32 count, then the items in stored order.</summary>
    public const byte FrozenSet = (byte)'>';
    /// <summary>code object: the fields of <see cref="Code.CodeObject"/> in declaration order.</summary>
    public const byte Code = (byte)'c';
    /// <summary>reference to an earlier flagged string: uint32 index.</summary>
    public const byte Ref = (byte)'r';

    /// <summary>Set on the type byte of every string's first occurrence; the string gets the next reference index.</summary>
    public const byte FlagRef = 0x80;

    /// <summary>Limit on container/code nesting (CPython's MAX_MARSHAL_STACK_DEPTH is 2000).</summary>
    public const int MaxDepth = 2000;
}
