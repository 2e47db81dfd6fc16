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
/// <item><see cref="CodePointString"/> — str whose lone surrogates a plain string would merge (rare)</item>
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

/// <summary>
/// A str constant that a .NET string cannot carry on its own: it holds a lone high surrogate immediately
/// followed by a lone low surrogate (the literal <c>'\ud834\udd1e'</c> is two code points in Python, but
/// UTF-16 reads those two units as the single character U+1D11E). <see cref="Text"/> holds the UTF-16
/// units; <see cref="Splits"/> the ascending indexes in <see cref="Text"/> of every low surrogate that is a
/// code point of its own although a high surrogate precedes it. Only such literals produce this type (rare:
/// 6 stdlib files); every other str constant stays a plain <see cref="string"/>, so hot paths are unchanged.
/// Equality is by code points: never equal to a <see cref="string"/>.
/// </summary>
public sealed class CodePointString : IEquatable<CodePointString>
{
    private CodePointString(string text, int[] splits)
    {
        Text = text;
        Splits = splits;
    }

    /// <summary>The UTF-16 units (reading them as a plain string would merge the split pairs).</summary>
    public string Text { get; }

    /// <summary>Indexes in <see cref="Text"/> where a low surrogate does NOT pair with the preceding high surrogate.</summary>
    public int[] Splits { get; }

    /// <summary>A plain <see cref="string"/> when <paramref name="splits"/> is empty, else a <see cref="CodePointString"/>.</summary>
    public static object Create(string text, IReadOnlyList<int>? splits)
    {
        if (splits == null || splits.Count == 0) return text;
        var array = new int[splits.Count];
        for (int i = 0; i < array.Length; i++) array[i] = splits[i];
        return new CodePointString(text, array);
    }

    /// <summary>The Python str's code points (split pairs stay two code points; other pairs join).</summary>
    public int[] ToCodePoints() => ToCodePoints(Text, Splits);

    /// <summary>Code points of <paramref name="text"/> where the indexes in <paramref name="splits"/> never join their predecessor.</summary>
    public static int[] ToCodePoints(string text, ReadOnlySpan<int> splits)
    {
        var result = new List<int>(text.Length);
        int next = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                while (next < splits.Length && splits[next] < i + 1) next++;
                if (next >= splits.Length || splits[next] != i + 1)
                {
                    result.Add(char.ConvertToUtf32(c, text[i + 1]));
                    i++;
                    continue;
                }
            }
            result.Add(c);
        }
        return result.ToArray();
    }

    /// <summary>
    /// Python str concatenation of two str constant values (<see cref="string"/> or <see cref="CodePointString"/>):
    /// a lone high surrogate at the end of <paramref name="left"/> stays apart from a lone low surrogate at the
    /// start of <paramref name="right"/>.
    /// </summary>
    public static object Concat(object left, object right)
    {
        var (leftText, leftSplits) = Parts(left);
        var (rightText, rightSplits) = Parts(right);
        if (leftSplits.Length == 0 && rightSplits.Length == 0 && !IsSplitBoundary(leftText, rightText))
            return leftText + rightText;
        var splits = new List<int>(leftSplits.Length + rightSplits.Length + 1);
        splits.AddRange(leftSplits);
        if (IsSplitBoundary(leftText, rightText)) splits.Add(leftText.Length);
        foreach (int s in rightSplits) splits.Add(leftText.Length + s);
        return Create(leftText + rightText, splits);
    }

    /// <summary>True when appending <paramref name="right"/> to <paramref name="left"/> puts a lone high surrogate before a lone low one.</summary>
    public static bool IsSplitBoundary(string left, string right) =>
        left.Length > 0 && right.Length > 0 && char.IsHighSurrogate(left[^1]) && char.IsLowSurrogate(right[0]);

    private static (string Text, int[] Splits) Parts(object value) => value switch
    {
        string s => (s, Array.Empty<int>()),
        CodePointString c => (c.Text, c.Splits),
        _ => throw new ArgumentException("not a str constant value", nameof(value)),
    };

    public bool Equals(CodePointString? other) =>
        other != null && Text == other.Text && Splits.AsSpan().SequenceEqual(other.Splits);

    public override bool Equals(object? obj) => Equals(obj as CodePointString);

    public override int GetHashCode() => HashCode.Combine(Text, Splits.Length);

    /// <summary>The UTF-16 units as a string (lossy: the split pairs read as astral characters).</summary>
    public override string ToString() => Text;
}
