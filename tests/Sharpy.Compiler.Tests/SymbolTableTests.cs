using System.Text;
using Sharpy.Compiler.Symbols;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Compiler.Tests;

/// <summary>Scopes and DEF_* flags compared with CPython 3.11's symtable module (Data/symtable_expected.txt).</summary>
public sealed class SymbolTableTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Names("symtable_cases.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPythonSymtable(string name)
    {
        string source = CaseFile.Get("symtable_cases.txt", name);
        string expected = CaseFile.Get("symtable_expected.txt", name).TrimEnd('\n');
        var module = PythonParser.Parse(source, "<test>");
        var table = SymbolTable.Build(module, new ErrorFactory("<test>", source), 0);
        var sb = new StringBuilder();
        Dump(table.Top, sb, "");
        Assert.Equal(expected, sb.ToString().TrimEnd('\n'));
    }

    private static void Dump(SymbolTableEntry ste, StringBuilder sb, string indent)
    {
        string type = ste.Type switch { BlockType.Module => "module", BlockType.Class => "class", _ => "function" };
        sb.Append(indent).Append(type).Append(' ').Append(ste.Name).Append('\n');
        foreach (var name in ste.Symbols.Keys.OrderBy(n => n, StringComparer.Ordinal))
            sb.Append(indent).Append("  ").Append(name).Append(' ').Append((int)ste.Symbols[name] & 0x3FF)
              .Append(' ').Append((int)ste.ScopeOf(name)).Append('\n');
        foreach (var child in ste.Children) Dump(child, sb, indent + "  ");
    }
}
