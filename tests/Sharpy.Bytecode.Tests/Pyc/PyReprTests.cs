using System.Text;
using System.Text.Json;
using Sharpy.Bytecode.Text;

namespace Sharpy.Bytecode.Tests.Pyc;

public sealed class PyReprTests
{
    /// <summary>Differential against python3.11 (Data/repr.json from Data/gen_repr.py): strings are stored
    /// as code points so lone surrogates survive JSON.</summary>
    [Fact]
    public void MatchesCPythonRepr()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "repr.json")));
        var failures = new List<string>();
        foreach (var item in doc.RootElement.GetProperty("str").EnumerateArray())
        {
            var text = new StringBuilder();
            foreach (var cp in item[0].EnumerateArray())
            {
                int value = cp.GetInt32();
                if (value is >= 0xD800 and <= 0xDFFF) text.Append((char)value);
                else text.Append(char.ConvertFromUtf32(value));
            }
            string expected = item[1].GetString()!;
            string actual = PyRepr.Str(text.ToString());
            if (actual != expected) failures.Add($"str: expected {expected} got {actual}");
        }
        foreach (var item in doc.RootElement.GetProperty("bytes").EnumerateArray())
        {
            byte[] bytes = item[0].EnumerateArray().Select(b => (byte)b.GetInt32()).ToArray();
            string expected = item[1].GetString()!;
            string actual = PyRepr.Bytes(bytes);
            if (actual != expected) failures.Add($"bytes: expected {expected} got {actual}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
