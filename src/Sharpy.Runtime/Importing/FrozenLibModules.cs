using System.Text;
using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Code;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// CPython 3.11 freezes a few library modules into its executable (os, posixpath, codecs, ...): their frames
/// read <c>File "&lt;frozen os&gt;", line 679, in __getitem__</c>, with no source line. Sharpy's versions of those
/// modules are ordinary files in lib/, so their code is presented the same way: co_filename becomes
/// "&lt;frozen NAME&gt;", and a line that ends in a <c># frozen-line: N</c> comment reports CPython's line N (put
/// on the lines where errors leave the module: a <c>raise</c>, or the call a user's error passes through).
/// </summary>
internal static class FrozenLibModules
{
    // CPython 3.11's frozen stdlib modules that Sharpy implements in Python (Tools/build/freeze_modules.py).
    private static readonly Dictionary<string, string> NameByFile = new(StringComparer.Ordinal)
    {
        ["os.py"] = "os", ["posixpath.py"] = "posixpath", ["genericpath.py"] = "genericpath", ["ntpath.py"] = "ntpath",
        ["stat.py"] = "stat", ["abc.py"] = "abc", ["codecs.py"] = "codecs", ["_collections_abc.py"] = "_collections_abc",
        ["runpy.py"] = "runpy", ["site.py"] = "site", ["zipimport.py"] = "zipimport",
    };

    private const string Pragma = "# frozen-line: ";

    /// <summary>The code of <paramref name="sourcePath"/> as CPython's frozen module shows it, or the code unchanged
    /// when the file is not one of those modules in Sharpy's lib/.</summary>
    public static CodeObject Present(CodeObject code, string sourcePath, string? libDirectory)
    {
        if (libDirectory is null || !NameByFile.TryGetValue(Path.GetFileName(sourcePath), out string? name)
            || !string.Equals(Path.GetDirectoryName(Path.GetFullPath(sourcePath)), Path.GetFullPath(libDirectory).TrimEnd('/'),
                StringComparison.Ordinal))
            return code;
        Dictionary<int, int> lines;
        try
        {
            lines = PragmaLines(File.ReadAllBytes(sourcePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lines = [];
        }
        return CodeFilenames.Relocate(code, $"<frozen {name}>", lines);
    }

    // Line number (1-based) -> the line named by its pragma. The modules are ASCII; bytes are scanned directly.
    private static Dictionary<int, int> PragmaLines(byte[] source)
    {
        var result = new Dictionary<int, int>();
        ReadOnlySpan<byte> pragma = Encoding.ASCII.GetBytes(Pragma);
        ReadOnlySpan<byte> rest = source;
        int line = 1;
        while (rest.Length > 0)
        {
            int end = rest.IndexOf((byte)'\n');
            var text = end < 0 ? rest : rest[..end];
            int at = text.IndexOf(pragma);
            if (at >= 0 && int.TryParse(Encoding.ASCII.GetString(text[(at + pragma.Length)..]).Trim(), out int target))
                result[line] = target;
            if (end < 0) break;
            rest = rest[(end + 1)..];
            line++;
        }
        return result;
    }
}
