using System.Diagnostics;
using System.Text;
using Sharpy.Syntax;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

// Sharpy.AstDiff: parse every .py of CPython's stdlib with Sharpy and compare ast.dump output with
// python3.11's, in one process each. Options: --stdlib DIR, --bench, --no-attributes, --show N,
// --filter SUBSTRING, --keep DIR (reuse/keep python's dumps).
internal static class Program
{
    private static int Main(string[] args)
    {
        string? stdlib = null, keep = null, filter = null;
        bool bench = false, attrs = true;
        int show = 20, fuzz = 0;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--stdlib": stdlib = args[++i]; break;
                case "--bench": bench = true; break;
                case "--no-attributes": attrs = false; break;
                case "--show": show = int.Parse(args[++i]); break;
                case "--keep": keep = args[++i]; break;
                case "--filter": filter = args[++i]; break;
                case "--errors": return CheckErrors(args[++i]);
                case "--snippets": return CheckSnippets(args[++i]);
                case "--fuzz": fuzz = int.Parse(args[++i]); break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        stdlib ??= RunPython("-c \"import sysconfig;print(sysconfig.get_path('stdlib'))\"", "").Trim();
        var files = Directory.EnumerateFiles(stdlib, "*.py", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/site-packages/"))
            .Where(p => filter == null || p.Contains(filter))
            .OrderBy(p => p, StringComparer.Ordinal).ToList();
        Console.WriteLine($"{files.Count} files under {stdlib}");
        if (fuzz > 0) return Fuzz(files, fuzz);
        return bench ? Bench(files) : Compare(files, attrs, show, keep);
    }

    private static int Compare(List<string> files, bool attrs, int show, string? keep)
    {
        string outDir = keep ?? Path.Combine(Path.GetTempPath(), "astdiff-" + Environment.ProcessId);
        Directory.CreateDirectory(outDir);
        if (!File.Exists(Path.Combine(outDir, $"{files.Count - 1}.ast")))
        {
            var sw0 = Stopwatch.StartNew();
            RunScript(outDir + (attrs ? "" : " --no-attributes"), string.Join("\n", files) + "\n");
            Console.WriteLine($"python3.11 dumps written in {sw0.Elapsed.TotalSeconds:F1}s");
        }
        int same = 0, differ = 0, shown = 0;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < files.Count; i++)
        {
            string expected = File.ReadAllText(Path.Combine(outDir, $"{i}.ast"), Encoding.UTF8);
            string actual = DumpWithSharpy(files[i], attrs);
            if (expected == actual) { same++; continue; }
            differ++;
            if (shown++ < show)
            {
                int at = 0;
                while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
                int from = Math.Max(0, at - 150);
                Console.WriteLine($"DIFF {files[i]} at char {at}");
                Console.WriteLine($"  expected: ...{Excerpt(expected, from, at)}");
                Console.WriteLine($"  actual:   ...{Excerpt(actual, from, at)}");
            }
            else Console.WriteLine($"DIFF {files[i]}");
        }
        Console.WriteLine($"identical {same}/{files.Count}, different {differ} ({sw.Elapsed.TotalSeconds:F1}s)");
        if (keep == null) Directory.Delete(outDir, true);
        return differ == 0 ? 0 : 1;
    }

    private static string Excerpt(string s, int from, int at) =>
        from >= s.Length ? "<end>" : s.Substring(from, Math.Min(s.Length - from, at - from + 150)).Replace("\n", "\\n");

    private static string DumpWithSharpy(string path, bool attrs)
    {
        try
        {
            var tree = PythonParser.Parse(File.ReadAllBytes(path), path);
            return AstDump.Dump(tree, attrs);
        }
        catch (SyntaxErrorException e)
        {
            // Errors without a location (source decoding) have end_lineno/end_offset None in CPython.
            string end = e.Lineno == 0 && e.EndLineno == 0 ? "None, None" : $"{e.EndLineno}, {e.EndOffset}";
            return $"ERROR {e.PythonType}: {e.Msg} ({e.Lineno}, {e.Offset}, {end})";
        }
        catch (ParserRecursionException e)
        {
            return $"ERROR {e.PythonType}";
        }
        catch (Exception e)
        {
            return $"CRASH {e}";
        }
    }

    /// <summary>Compares SyntaxErrors with a corpus JSON (tests/corpus/syntax/invalid.json).</summary>
    private static int CheckErrors(string jsonPath)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(jsonPath));
        int i = 0, bad = 0;
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            string src = e.GetProperty("source").GetString()!;
            string V(string n) => e.TryGetProperty(n, out var v) ? v.ToString() : "";
            string type = V("type");
            string expected = type is "" ? "parsed" : type is "MemoryError" or "RecursionError" ? type
                : $"{type}: {V("msg")} ({V("lineno")}, {V("offset")}, {V("end_lineno")}, {V("end_offset")})";
            string actual;
            try { PythonParser.Parse(src); actual = "parsed"; }
            catch (SyntaxErrorException x) { actual = $"{x.PythonType}: {x.Msg} ({x.Lineno}, {x.Offset}, {x.EndLineno}, {x.EndOffset})"; }
            catch (ParserRecursionException x) { actual = x.PythonType; }
            catch (Exception x) { actual = "CRASH " + x.GetType().Name + " " + x.Message; }
            if (actual != expected)
            {
                bad++;
                Console.WriteLine($"{i} {System.Text.Json.JsonSerializer.Serialize(src.Length > 50 ? src[..50] : src)}\n   E {expected}\n   A {actual}");
            }
            i++;
        }
        Console.WriteLine($"{i - bad}/{i} match");
        return bad == 0 ? 0 : 1;
    }

    /// <summary>Compares dumps of snippets: JSON list of {source, mode, type_comments, expected}.</summary>
    private static int CheckSnippets(string jsonPath)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(jsonPath));
        int i = 0, bad = 0;
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            string src = e.GetProperty("source").GetString()!;
            string mode = e.GetProperty("mode").GetString()!;
            bool tc = e.GetProperty("type_comments").GetBoolean();
            string expected = e.GetProperty("expected").GetString()!;
            var m = mode switch { "eval" => ParseMode.Eval, "single" => ParseMode.Single, "func_type" => ParseMode.FuncType, _ => ParseMode.Exec };
            string actual;
            try { actual = AstDump.Dump(PythonParser.Parse(src, "<unknown>", m, new ParseOptions { TypeComments = tc }), true); }
            catch (SyntaxErrorException x) { actual = $"ERROR {x.PythonType}: {x.Msg} ({x.Lineno}, {x.Offset}, {x.EndLineno}, {x.EndOffset}) {x.Text}"; }
            catch (Exception x) { actual = "CRASH " + x; }
            if (actual != expected)
            {
                bad++;
                Console.WriteLine($"{i} {mode} {System.Text.Json.JsonSerializer.Serialize(src)}\n   E {expected}\n   A {actual}");
            }
            i++;
        }
        Console.WriteLine($"{i - bad}/{i} match");
        return bad == 0 ? 0 : 1;
    }

    /// <summary>Mutates stdlib sources (deletions, duplications, odd characters) and checks that the parser
    /// only ever throws Python errors.</summary>
    private static int Fuzz(List<string> files, int count)
    {
        var rng = new Random(12345);
        string[] inserts = { "(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "'", "\"", "f'{", "}", "\n", "\n    ", "\t", "\\", "lambda", "async ", "await ", "yield ", "match ", "case ", "_", "@", "->", ":=", "\u00e9", "\0", "#", "0x", "1e", "1_", "not ", "in ", "is ", "except*", "if ", "else ", "for ", "del ", "global x", "nonlocal y", "...", ";", "import ", "from . ", "as " };
        int crashes = 0;
        for (int n = 0; n < count; n++)
        {
            string src = File.ReadAllText(files[rng.Next(files.Count)]);
            if (src.Length > 20000) src = src[..20000];
            var sb = new StringBuilder(src);
            int edits = rng.Next(1, 4);
            for (int k = 0; k < edits && sb.Length > 0; k++)
            {
                int at = rng.Next(sb.Length);
                switch (rng.Next(3))
                {
                    case 0: sb.Remove(at, Math.Min(sb.Length - at, rng.Next(1, 6))); break;
                    case 1: sb.Insert(at, inserts[rng.Next(inserts.Length)]); break;
                    default: int len = Math.Min(sb.Length - at, rng.Next(1, 30)); sb.Insert(at, sb.ToString(at, len)); break;
                }
            }
            string mutated = sb.ToString();
            try { PythonParser.Parse(mutated, "<fuzz>"); }
            catch (SyntaxErrorException) { }
            catch (ParserRecursionException) { }
            catch (Exception e)
            {
                crashes++;
                string path = Path.Combine(Path.GetTempPath(), $"fuzz-crash-{crashes}.py");
                File.WriteAllText(path, mutated);
                Console.WriteLine($"CRASH {e.GetType().Name}: {e.Message} -> {path}\n{e.StackTrace?.Split('\n').FirstOrDefault()}");
                if (crashes > 20) break;
            }
        }
        Console.WriteLine($"{count} mutations, {crashes} crashes");
        return crashes == 0 ? 0 : 1;
    }

    private static int Bench(List<string> files)
    {
        var sources = files.Select(File.ReadAllBytes).ToList();
        long totalBytes = sources.Sum(s => (long)s.Length);
        double best = double.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < files.Count; i++)
            {
                try { PythonParser.Parse(sources[i], files[i]); }
                catch (SyntaxErrorException) { }
                catch (ParserRecursionException) { }
            }
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        double tokOnly = double.MaxValue;
        var texts = files.Select(File.ReadAllText).ToList();
        for (int round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < texts.Count; i++) new Sharpy.Syntax.Tokens.Tokenizer(texts[i], files[i]).Tokenize();
            tokOnly = Math.Min(tokOnly, sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"tokenizer alone: {tokOnly:F2}s of {best:F2}s");
        if (Environment.GetEnvironmentVariable("ASTDIFF_NO_PYTHON") == "1") return 0;
        string py = RunScript("/tmp --bench", string.Join("\n", files) + "\n").Trim();
        double pyTime = double.Parse(py, System.Globalization.CultureInfo.InvariantCulture);
        double mb = totalBytes / 1e6;
        Console.WriteLine($"{mb:F1} MB: sharpy {best:F2}s ({mb / best:F1} MB/s), python3.11 ast.parse {pyTime:F2}s ({mb / pyTime:F1} MB/s), ratio {pyTime / best:F2}x");
        return 0;
    }

    private static string RunScript(string scriptArgs, string stdin)
    {
        string script = Path.Combine(Path.GetTempPath(), $"dump_stdlib_{Environment.ProcessId}.py");
        using (var s = typeof(Program).Assembly.GetManifestResourceStream("dump_stdlib.py")!)
        using (var f = File.Create(script)) s.CopyTo(f);
        try { return RunPython($"{script} {scriptArgs}", stdin); }
        finally { File.Delete(script); }
    }

    private static string RunPython(string arguments, string stdin)
    {
        var psi = new ProcessStartInfo("python3.11", arguments)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        psi.Environment["LC_ALL"] = "C.UTF-8";
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }
}
