namespace Sharpy.Bytecode.Code;

/// <summary>
/// A str constant that a .NET string cannot carry on its own: a lone high surrogate immediately followed by
/// a lone low surrogate (<c>'\ud834\udd1e'</c> is two code points in Python; UTF-16 would read one astral
/// character). <see cref="Text"/> holds the UTF-16 units, <see cref="Splits"/> the ascending indexes in
/// <see cref="Text"/> of the low surrogates that do not pair with the high surrogate before them. Every other
/// str constant is a plain <see cref="string"/>. Equality is by code points, never equal to a string.
/// Mirrors Sharpy.Syntax.Ast.CodePointString (the projects do not reference each other).
/// </summary>
public sealed class ConstCodePointString : IEquatable<ConstCodePointString>
{
    public ConstCodePointString(string text, int[] splits)
    {
        Text = text;
        Splits = splits;
    }

    public string Text { get; }

    public int[] Splits { get; }

    /// <summary>A plain string when there is no split pair, else a <see cref="ConstCodePointString"/>.</summary>
    public static object Create(string text, List<int>? splits) =>
        splits == null || splits.Count == 0 ? text : new ConstCodePointString(text, splits.ToArray());

    /// <summary>The code points (split pairs stay two code points, other surrogate pairs join).</summary>
    public int[] ToCodePoints()
    {
        var result = new List<int>(Text.Length);
        int next = 0;
        for (int i = 0; i < Text.Length; i++)
        {
            char c = Text[i];
            if (char.IsHighSurrogate(c) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1]))
            {
                while (next < Splits.Length && Splits[next] < i + 1) next++;
                if (next >= Splits.Length || Splits[next] != i + 1)
                {
                    result.Add(char.ConvertToUtf32(c, Text[i + 1]));
                    i++;
                    continue;
                }
            }
            result.Add(c);
        }
        return result.ToArray();
    }

    public bool Equals(ConstCodePointString? other) =>
        other != null && Text == other.Text && Splits.AsSpan().SequenceEqual(other.Splits);

    public override bool Equals(object? obj) => Equals(obj as ConstCodePointString);

    public override int GetHashCode() => HashCode.Combine(Text, Splits.Length);

    /// <summary>The UTF-16 units (lossy: split pairs read as astral characters).</summary>
    public override string ToString() => Text;
}
