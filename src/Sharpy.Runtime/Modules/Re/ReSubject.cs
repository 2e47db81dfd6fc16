using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Re;

/// <summary>
/// The string a pattern runs over, as a .NET string (bytes are mapped through Latin-1), with conversion
/// between Python code-point indexes and UTF-16 indexes when the str is not BMP-only.
/// </summary>
internal sealed class ReSubject
{
    public readonly PyObject Original;
    public readonly string Text;
    public readonly bool IsBytes;
    private readonly int[]? _cpToUnit;   // code point index → UTF-16 index (length+1 entries)
    private readonly int[]? _unitToCp;   // UTF-16 index → code point index (length+1 entries)

    private ReSubject(PyObject original, string text, bool isBytes, int[]? cpToUnit, int[]? unitToCp)
    {
        Original = original; Text = text; IsBytes = isBytes; _cpToUnit = cpToUnit; _unitToCp = unitToCp;
    }

    public bool IsAstral => _cpToUnit != null;
    public int Length => _cpToUnit == null ? Text.Length : _cpToUnit.Length - 1;

    public static ReSubject From(PyObject o)
    {
        if (o is PyStr s)
        {
            if (s.IsBmp) return new ReSubject(o, s.Value, false, null, null);
            var text = s.Value;
            var cpToUnit = new List<int>(text.Length + 1);
            var unitToCp = new int[text.Length + 1];
            int cp = 0;
            for (int i = 0; i < text.Length; i++)
            {
                cpToUnit.Add(i);
                unitToCp[i] = cp;
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    unitToCp[i + 1] = cp;
                    i++;
                }
                cp++;
            }
            cpToUnit.Add(text.Length);
            unitToCp[text.Length] = cp;
            return new ReSubject(o, text, false, cpToUnit.ToArray(), unitToCp);
        }
        byte[]? bytes = o switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.Value.ToArray(),
            _ => null,
        };
        if (bytes == null)
            throw new PythonException(PyExc.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'"));
        return new ReSubject(o, Latin1(bytes), true, null, null);
    }

    public static string Latin1(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    public static byte[] ToLatin1Bytes(string s)
    {
        var b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return b;
    }

    public int ToUnit(int cp) => _cpToUnit == null ? cp : _cpToUnit[cp];
    public int ToCp(int unit) => _unitToCp == null ? unit : _unitToCp[unit];

    /// <summary>A str or bytes made of the UTF-16 range [start, end).</summary>
    public PyObject Slice(int unitStart, int unitEnd) => Make(Text.Substring(unitStart, unitEnd - unitStart), IsBytes);

    public static PyObject Make(string s, bool isBytes) => isBytes ? new PyBytes(ToLatin1Bytes(s)) : PyStr.New(s);

    public static string TextOf(PyObject o, bool isBytes, string what)
    {
        if (!isBytes && o is PyStr s) return s.Value;
        if (isBytes && o is PyBytes b) return Latin1(b.Value);
        if (isBytes && o is PyByteArray ba) return Latin1(ba.Value.ToArray());
        throw new PythonException(PyExc.TypeError(
            isBytes ? $"expected a bytes-like object, {o.Type.Name} found" : $"expected str instance, {o.Type.Name} found"));
    }

    internal static void AppendText(StringBuilder sb, PyObject o, bool isBytes) => sb.Append(TextOf(o, isBytes, "replacement"));
}
