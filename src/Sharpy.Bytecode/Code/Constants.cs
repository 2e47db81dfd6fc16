using System.Numerics;

namespace Sharpy.Bytecode.Code;

/// <summary>
/// The closed model of values in <see cref="CodeObject.Constants"/> (and what marshal stores), so the
/// compiler and the cache need no runtime:
/// <list type="bullet">
/// <item><c>null</c> — None</item>
/// <item><see cref="bool"/></item>
/// <item><see cref="BigInteger"/> — int (always BigInteger; the runtime picks its own representation)</item>
/// <item><see cref="double"/> — float</item>
/// <item><see cref="Complex"/> — complex</item>
/// <item><see cref="string"/> — str (UTF-16; astral characters as surrogate pairs)</item>
/// <item><see cref="ConstCodePointString"/> — str holding a lone high surrogate right before a lone low one (rare)</item>
/// <item><see cref="byte"/>[] — bytes</item>
/// <item><see cref="ConstEllipsis.Instance"/> — Ellipsis</item>
/// <item><see cref="ConstTuple"/> — tuple of constants</item>
/// <item><see cref="ConstFrozenSet"/> — frozenset of constants (iteration order as stored)</item>
/// <item><see cref="CodeObject"/> — a nested code object</item>
/// </list>
/// </summary>
public static class Constants
{
    /// <summary>True when <paramref name="value"/> belongs to the closed constant model.</summary>
    public static bool IsValid(object? value) => value switch
    {
        null or bool or BigInteger or double or Complex or string or byte[] => true,
        ConstEllipsis or ConstTuple or ConstFrozenSet or CodeObject or ConstCodePointString => true,
        _ => false,
    };
}

public sealed class ConstEllipsis
{
    public static readonly ConstEllipsis Instance = new();
    private ConstEllipsis() { }
    public override string ToString() => "Ellipsis";
}

/// <summary>A tuple constant.</summary>
public sealed class ConstTuple(object?[] items)
{
    public object?[] Items { get; } = items;
}

/// <summary>A frozenset constant; <see cref="Items"/> keeps the order the compiler chose.</summary>
public sealed class ConstFrozenSet(object?[] items)
{
    public object?[] Items { get; } = items;
}
