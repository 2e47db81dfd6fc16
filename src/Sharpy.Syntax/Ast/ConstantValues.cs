namespace Sharpy.Syntax.Ast;

/// <summary>
/// The value model of <see cref="Constant.Value"/> (and <see cref="MatchSingleton.Value"/>):
/// <list type="bullet">
/// <item><c>null</c> — None</item>
/// <item><see cref="bool"/> — True/False</item>
/// <item><see cref="System.Numerics.BigInteger"/> — int (every int literal)</item>
/// <item><see cref="double"/> — float</item>
/// <item><see cref="System.Numerics.Complex"/> — complex (imaginary literals)</item>
/// <item><see cref="string"/> — str (UTF-16; astral characters as surrogate pairs)</item>
/// <item><see cref="byte"/>[] — bytes</item>
/// <item><see cref="EllipsisValue.Instance"/> — Ellipsis</item>
/// </list>
/// </summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    private EllipsisValue() { }
    public override string ToString() => "Ellipsis";
}
