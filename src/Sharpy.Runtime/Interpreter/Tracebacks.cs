using System.Text;
using Sharpy.Bytecode.Code;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;
using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Parsing;
using BinOp = Sharpy.Syntax.Ast.BinOp;

namespace Sharpy.Runtime.Interpreter;

/// <summary>CPython 3.11's traceback display (Lib/traceback.py / Python/traceback.c), including carets and groups.</summary>
public static class Tracebacks
{
    private const int RecursiveCutoff = 3;
    private static readonly char[] IndentChars = [' ', '\t', '\f'];
    private static readonly Dictionary<string, string[]?> LineCache = new();

    public static int HandleUncaught(PythonRuntime rt, PyBaseException e)
    {
        if (e.IsInstance(PyExc.SystemExit))
        {
            var code = e.GetField("code") ?? PyNone.Instance;
            Modules.SysModule.FlushStd(rt);
            if (code is PyNone) return 0;
            if (code is PyInt ci) return ci.IsBig ? -1 : (int)ci.Value;
            WriteStderr(rt, Ops.StrString(code) + "\n");
            return 1;
        }
        Modules.SysModule.FlushStd(rt);
        int? hookExitStatus = CallExceptHook(rt, e);
        Modules.SysModule.FlushStd(rt);
        if (hookExitStatus is int status) return status;
        if (e.IsInstance(PyExc.KeyboardInterrupt))
        {
            rt.UnhandledKeyboardInterrupt = true;
            return 130;
        }
        return 1;
    }

    /// <summary>
    /// sys.excepthook(type, value, tb); a missing hook and a failing hook are reported as CPython does.
    /// Returns an exit status when the hook itself raised SystemExit.
    /// </summary>
    // CPython 3.11: Python/pythonrun.c _PyErr_PrintEx
    private static int? CallExceptHook(PythonRuntime rt, PyBaseException e)
    {
        var hook = rt.Sys.Dict!.GetItem("excepthook");
        if (hook is null)
        {
            WriteStderr(rt, "sys.excepthook is missing\n" + Format(e));
            return null;
        }
        if (hook is PyBuiltinFunction && ReferenceEquals(hook, rt.Sys.Dict!.GetItem("__excepthook__")))
        {
            WriteStderr(rt, Format(e));
            return null;
        }
        try
        {
            Ops.Call(hook, e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance);
        }
        catch (PythonException hookError)
        {
            if (hookError.Value.IsInstance(PyExc.SystemExit))
                return HandleUncaught(rt, hookError.Value);
            WriteStderr(rt, "Error in sys.excepthook:\n" + Format(hookError.Value) + "\nOriginal exception was:\n" + Format(e));
        }
        return null;
    }

    public static void WriteStderr(PythonRuntime rt, string text)
    {
        var err = rt.Sys.Dict!.GetItem("stderr");
        if (err == null || err is PyNone) { WriteProcessStderr(rt, text); return; }
        try
        {
            Ops.CallMethod(err, "write", new PyStr(text));
            if (Ops.TryGetAttr(err, PyStr.Intern("flush"), out var fl)) Ops.Call(fl);
        }
        catch (PythonException) { WriteProcessStderr(rt, text); }
    }

    /// <summary>The last resort when sys.stderr is unusable; a closed descriptor 2 loses the text, as in CPython.</summary>
    private static void WriteProcessStderr(PythonRuntime rt, string text)
    {
        // Another file may have taken the number of a closed descriptor 2.
        if (rt.Options.ClosedStandardDescriptors.Contains(2))
            return;
        try { Console.Error.Write(text); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        var ctx = new Ctx();
        foreach (var line in FormatException(e, true, ctx)) sb.Append(line);
        return sb.ToString();
    }

    /// <summary>The lines of <see cref="Format"/> as traceback.format_exception returns them.</summary>
    public static List<string> FormatLines(PyBaseException e, bool chain) => FormatException(e, chain, new Ctx()).ToList();

    private sealed class Ctx
    {
        public HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int Depth;
        public bool NeedClose;
        public string Indent() => new(' ', 2 * Depth);
        public IEnumerable<string> Emit(string text, char margin = '|')
        {
            string indent = Indent();
            if (Depth > 0) indent += margin + " ";
            foreach (var l in SplitKeep(text)) yield return indent + l;
        }
        public IEnumerable<string> Emit(IEnumerable<string> texts, char margin = '|')
        {
            foreach (var t in texts) foreach (var x in Emit(t, margin)) yield return x;
        }
    }

    private static IEnumerable<string> SplitKeep(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n') { yield return text[start..(i + 1)]; start = i + 1; }
        if (start < text.Length) yield return text[start..];
    }

    private static IEnumerable<string> FormatException(PyBaseException top, bool chain, Ctx ctx)
    {
        var output = new List<(string? msg, PyBaseException exc)>();
        var exc = top;
        ctx.Seen.Add(exc);
        if (chain)
        {
            while (exc != null)
            {
                string? msg = null;
                PyBaseException? next = null;
                if (exc.Cause != null && !ctx.Seen.Contains(exc.Cause))
                {
                    msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                    next = exc.Cause;
                }
                else if (exc.Context != null && !exc.SuppressContext && !ctx.Seen.Contains(exc.Context))
                {
                    msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                    next = exc.Context;
                }
                output.Add((msg, exc));
                if (next != null) ctx.Seen.Add(next);
                exc = next!;
            }
        }
        else output.Add((null, exc));

        for (int oi = output.Count - 1; oi >= 0; oi--)
        {
            var (msg, e) = output[oi];
            if (msg != null) foreach (var s in ctx.Emit(msg)) yield return s;
            var group = e.IsInstance(PyExc.BaseExceptionGroup) ? ExceptionGroups.Exceptions(e) : null;
            if (group == null)
            {
                if (e.Traceback != null)
                {
                    foreach (var s in ctx.Emit("Traceback (most recent call last):\n")) yield return s;
                    foreach (var s in ctx.Emit(FormatStack(e.Traceback))) yield return s;
                }
                foreach (var s in ctx.Emit(FormatExceptionOnly(e, suggestions: true))) yield return s;
            }
            else if (ctx.Depth > 10)
            {
                foreach (var s in ctx.Emit("... (max_group_depth is 10)\n")) yield return s;
            }
            else
            {
                bool isTop = ctx.Depth == 0;
                if (isTop) ctx.Depth++;
                if (e.Traceback != null)
                {
                    foreach (var s in ctx.Emit("Exception Group Traceback (most recent call last):\n", isTop ? '+' : '|')) yield return s;
                    foreach (var s in ctx.Emit(FormatStack(e.Traceback))) yield return s;
                }
                foreach (var s in ctx.Emit(FormatExceptionOnly(e, suggestions: true))) yield return s;
                int num = group.Length;
                int n = num <= 15 ? num : 16;
                ctx.NeedClose = false;
                for (int i = 0; i < n; i++)
                {
                    bool last = i == n - 1;
                    if (last) ctx.NeedClose = true;
                    bool truncated = i >= 15;
                    string title = truncated ? "..." : (i + 1).ToString();
                    yield return ctx.Indent() + (i == 0 ? "+-" : "  ") + $"+---------------- {title} ----------------\n";
                    ctx.Depth++;
                    if (!truncated)
                    {
                        foreach (var s in FormatException(group[i], chain, ctx)) yield return s;
                    }
                    else
                    {
                        int remaining = num - 15;
                        foreach (var s in ctx.Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n")) yield return s;
                    }
                    if (last && ctx.NeedClose)
                    {
                        yield return ctx.Indent() + "+------------------------------------\n";
                        ctx.NeedClose = false;
                    }
                    ctx.Depth--;
                }
                if (isTop) ctx.Depth = 0;
            }
        }
    }

    public static string TypeDisplayName(PyType t)
    {
        var mod = t.Dict.GetItem("__module__") is PyStr ms ? ms.Value : "builtins";
        return mod is "builtins" or "__main__" ? t.QualName : mod + "." + t.QualName;
    }

    /// <summary>
    /// The exception's last lines. <paramref name="suggestions"/> adds "Did you mean: ...?" to NameError and
    /// AttributeError: CPython 3.11 does that only in the interpreter's own display (Python/pythonrun.c
    /// print_exception), not in Lib/traceback.py.
    /// </summary>
    public static IEnumerable<string> FormatExceptionOnly(PyBaseException e, bool suggestions = false)
    {
        string stype = TypeDisplayName(e.Type);
        string value;
        try { value = Ops.StrString(e); }
        catch (PythonException) { value = "<exception str() failed>"; }
        if (e.IsInstance(PyExc.SyntaxError))
        {
            foreach (var l in FormatSyntaxError(e, stype, value)) yield return l;
        }
        else
        {
            string suggestion = suggestions ? Suggestions.For(e) : "";
            if (suggestion.Length > 0) value += suggestion;
            yield return value.Length == 0 ? stype + "\n" : $"{stype}: {value}\n";
        }
        if (e.GetField("__notes__") is { } notes)
        {
            if (notes is PyList or PyTuple)
            {
                foreach (var n in Ops.ToList(notes))
                {
                    string ns;
                    try { ns = n is PyStr s ? s.Value : Ops.StrString(n); }
                    catch (PythonException) { ns = "<note str() failed>"; }
                    // CPython 3.11: one string per line of the note (traceback.format_exception_only).
                    foreach (var noteLine in ns.Split('\n')) yield return noteLine + "\n";
                }
            }
            else
            {
                string r;
                try { r = Ops.ReprString(notes); } catch (PythonException) { r = "<__notes__ repr() failed>"; }
                yield return r + "\n";
            }
        }
    }

    private static IEnumerable<string> FormatSyntaxError(PyBaseException e, string stype, string value)
    {
        var filenameObj = e.GetField("filename");
        var linenoObj = e.GetField("lineno");
        string filename = filenameObj is PyStr fs ? fs.Value : "<string>";
        if (linenoObj is PyInt li)
            yield return $"  File \"{filename}\", line {li.Value}\n";
        else if (filenameObj is PyStr)
            yield return $"  File \"{filename}\", line {(linenoObj is PyNone ? "None" : Ops.StrString(linenoObj!))}\n";
        var textObj = e.GetField("text");
        var msgObj = e.GetField("msg");
        string msg = msgObj is PyStr m ? m.Value : "<no detail available>";
        if (msgObj != null && msgObj is not PyStr && msgObj is not PyNone) msg = Ops.StrString(msgObj);
        if (textObj is PyStr ts)
        {
            string text = ts.Value;
            string rtext = text.TrimEnd('\n', '\r');
            string ltext = rtext.TrimStart(' ', '\n', '\f', '\t', '\v', '\r');
            int spaces = rtext.Length - ltext.Length;
            yield return "    " + ltext + "\n";
            if (e.GetField("offset") is PyInt oi)
            {
                // CPython 3.11: Python/pythonrun.c print_error_text (offsets relative to the stripped line).
                int offset = (int)oi.Value - 1 - spaces;
                int endOffset = e.GetField("end_offset") is PyInt eo ? (int)eo.Value : -1;
                int endLine = e.GetField("end_lineno") is PyInt el ? (int)el.Value : -1;
                int line = linenoObj is PyInt l2 ? (int)l2.Value : -1;
                if (endLine > line && line >= 0) endOffset = rtext.Length + 1;
                int endCol = endOffset > 0 ? endOffset - 1 - spaces : -1;
                if (offset > ltext.Length) offset = ltext.Length;
                if (offset >= 0)
                {
                    int carets = e.IsInstance(PyExc.IndentationError) || endCol <= offset ? 1 : endCol - offset;
                    var caret = new StringBuilder("    ");
                    caret.Append(' ', offset);
                    caret.Append('^', carets);
                    yield return caret.ToString() + "\n";
                }
            }
        }
        yield return $"{stype}: {msg}\n";
    }

    public static IEnumerable<string> FormatStack(PyTraceback tb)
    {
        var entries = new List<PyTraceback>();
        for (var t = tb; t != null; t = t.Next) entries.Add(t);
        int limit = 1000;
        var rt = PythonRuntime.CurrentOrNull;
        if (rt?.Sys.Dict!.GetItem("tracebacklimit") is PyInt lim) limit = (int)Math.Max(0, Math.Min(lim.Value, int.MaxValue));
        if (entries.Count > limit) entries = entries.GetRange(entries.Count - limit, limit);
        string? lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        var result = new List<string>();
        foreach (var t in entries)
        {
            var code = t.Frame.Info.Code;
            int line = t.LineNo;
            if (lastFile == null || code.Filename != lastFile || lastLine == -1 || line != lastLine || code.Name != lastName)
            {
                if (count > RecursiveCutoff)
                {
                    int c = count - RecursiveCutoff;
                    result.Add($"  [Previous line repeated {c} more time{(c > 1 ? "s" : "")}]\n");
                }
                lastFile = code.Filename; lastLine = line; lastName = code.Name;
                count = 0;
            }
            count++;
            if (count > RecursiveCutoff) continue;
            result.Add(FormatFrame(t));
        }
        if (count > RecursiveCutoff)
        {
            int c = count - RecursiveCutoff;
            result.Add($"  [Previous line repeated {c} more time{(c > 1 ? "s" : "")}]\n");
        }
        return result;
    }

    private static string FormatFrame(PyTraceback t)
    {
        var info = t.Frame.Info;
        var code = info.Code;
        int lineno = t.LineNo;
        var sb = new StringBuilder();
        sb.Append($"  File \"{code.Filename}\", line {(lineno < 0 ? "None" : lineno.ToString())}, in {code.Name}\n");
        var line = GetLine(code.Filename, lineno);
        if (line == null) return sb.ToString();
        if (line.Trim().Length == 0) return sb.ToString();
        // The interpreter's printer (Python/traceback.c) removes only the indentation: trailing
        // blanks stay on the printed line and count when deciding whether carets span it all.
        string shown = line.TrimStart(IndentChars);
        sb.Append("    ").Append(shown).Append('\n');
        var loc = info.LocationOf(t.LastI);
        sb.Append(CaretLine(line, lineno, loc, shown.Length, interpreterPrinter: true));
        return sb.ToString();
    }

    /// <summary>
    /// The <c>    ^^^^</c> line CPython 3.11 prints under a frame's source line (with its newline), or
    /// "" when no markers are shown. Columns of <paramref name="loc"/> are UTF-8 byte offsets.
    /// </summary>
    // CPython 3.11: Lib/traceback.py StackSummary.format_frame_summary
    /// <paramref name="shownLength"/> is the length of the printed source line when it is not
    /// <c>line.Trim()</c> (traceback.py strips both ends, the interpreter's printer only the start).
    /// <paramref name="interpreterPrinter"/>: the uncaught-exception printer (Python/traceback.c), whose
    /// operator anchors differ from traceback.py's after a closing parenthesis.
    public static string CaretLine(string line, int lineno, SourceLocation loc, int shownLength = -1, bool interpreterPrinter = false)
    {
        if (CaretSpec(line, lineno, loc, shownLength, interpreterPrinter) is not { } spec) return "";
        var (start, end, anchors) = spec;
        int strippedChars = line.Length - line.TrimStart().Length;
        // CPython 3.11.7 lays the carets out in terminal columns (wide characters count twice).
        int dpStart = DisplayWidth(line, start), dpEnd = DisplayWidth(line, end);
        var sb = new StringBuilder();
        sb.Append("    ").Append(' ', Math.Max(0, dpStart - strippedChars));
        if (anchors is { } a)
        {
            string segment = line[start..Math.Min(end, line.Length)];
            int dpLeft = DisplayWidth(segment, Math.Min(a.left, segment.Length));
            int dpRight = DisplayWidth(segment, Math.Min(a.right, segment.Length));
            sb.Append(a.primary, dpLeft);
            sb.Append(a.secondary, Math.Max(0, dpRight - dpLeft));
            sb.Append(a.primary, Math.Max(0, dpEnd - dpStart - dpRight));
        }
        else sb.Append('^', Math.Max(0, dpEnd - dpStart));
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// Terminal columns of <c>text[..utf16Offset]</c>: East Asian wide/fullwidth characters count 2
    /// (unicodedata.east_asian_width in "WF"), others 1. ASCII text is its length.
    /// </summary>
    // CPython 3.11.7: Lib/traceback.py _display_width
    private static int DisplayWidth(string text, int utf16Offset)
    {
        utf16Offset = Math.Min(utf16Offset, text.Length);
        bool ascii = true;
        for (int i = 0; i < text.Length; i++) if (text[i] > 0x7f) { ascii = false; break; }
        if (ascii) return utf16Offset;
        int width = 0;
        for (int i = 0; i < utf16Offset; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(text[i], text[++i]);
            width += cp > 0x7f && IsWide(cp) ? 2 : 1;
        }
        return width;
    }

    private static readonly Dictionary<int, bool> WideCache = new();

    /// <summary>East Asian width W or F, asked of the unicodedata module (no such table in .NET).</summary>
    private static bool IsWide(int cp)
    {
        lock (WideCache) if (WideCache.TryGetValue(cp, out bool known)) return known;
        bool wide = false;
        try
        {
            var rt = PythonRuntime.CurrentOrNull;
            if (rt != null)
            {
                var mod = rt.Modules.GetItem("unicodedata");
                if (mod == null && rt.Importer != null)
                {
                    rt.Importer.Import("unicodedata", new PyDict(), PyTuple.Empty, 0);
                    mod = rt.Modules.GetItem("unicodedata");
                }
                if (mod != null && Ops.Call(Ops.GetAttr(mod, "east_asian_width"), new PyStr(char.ConvertFromUtf32(cp))) is PyStr w)
                    wide = w.Value is "W" or "F";
            }
        }
        catch (PythonException) { }
        lock (WideCache) WideCache[cp] = wide;
        return wide;
    }

    /// <summary>
    /// Where <see cref="CaretLine"/> draws, as UTF-16 offsets into <paramref name="line"/>: the span
    /// and the binary-operator/subscript anchors (relative to the span start); null when no caret
    /// line is shown. traceback.py uses it to lay out carets by display width.
    /// </summary>
    public static (int start, int end, (int left, int right, char primary, char secondary)? anchors)? CaretSpec(
        string line, int lineno, SourceLocation loc, int shownLength = -1, bool interpreterPrinter = false)
    {
        string stripped = line.Trim();
        if (stripped.Length == 0) return null;
        if (shownLength < 0) shownLength = stripped.Length;
        if (loc.Line < 0 || loc.EndLine < 0 || loc.Column < 0 || loc.EndColumn < 0 || loc.Line != lineno) return null;
        int start = ByteToChar(line, loc.Column);
        int end = ByteToChar(line, loc.EndColumn);
        (int left, int right, char primary, char secondary)? anchors = null;
        if (loc.Line == loc.EndLine)
        {
            if (start <= end && end <= line.Length) anchors = CaretAnchors(line[start..end], interpreterPrinter);
        }
        else end = line.TrimEnd().Length;
        if (end - start < shownLength || (anchors is { } a0 && a0.right - a0.left > 0))
            return (start, end, anchors);
        return null;
    }

    private static int ByteToChar(string line, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        if (byteOffset > bytes.Length) byteOffset = bytes.Length;
        return Encoding.UTF8.GetString(bytes, 0, byteOffset).Length;
    }

    /// <summary>Lib/traceback.py _extract_caret_anchors_from_line_segment (binary ops and subscripts), or
    /// with <paramref name="interpreterPrinter"/> Python/traceback.c extract_anchors_from_expr.</summary>
    private static (int, int, char, char)? CaretAnchors(string segment, bool interpreterPrinter)
    {
        ModNode tree;
        try { tree = PythonParser.Parse(segment, "<string>", ParseMode.Exec); }
        catch (Exception) { return null; }
        if (tree is not Module m || m.Body.Count != 1 || m.Body[0] is not Expr stmt) return null;
        int Norm(int off) => ByteToChar(segment, off);
        switch (stmt.Value)
        {
            case BinOp bin when interpreterPrinter:
                return InterpreterOperatorAnchors(segment, bin);
            case BinOp bin:
            {
                int opStart = Norm(bin.Left.EndColOffset);
                int opEnd = Norm(bin.Right.ColOffset);
                if (opStart > opEnd || opEnd > segment.Length) return null;
                string opStr = segment[opStart..opEnd];
                int opOffset = opStr.Length - opStr.TrimStart().Length;
                int left = (bin.Left.EndColOffset) + opOffset;
                int right = left + 1;
                if (opOffset + 1 < opStr.Length && !char.IsWhiteSpace(opStr[opOffset + 1])) right++;
                while (left < segment.Length && (char.IsWhiteSpace(segment[left]) || segment[left] == ')' || segment[left] == '#'))
                {
                    left++; right++;
                }
                return (Norm(left), Norm(right), '~', '^');
            }
            case Subscript sub:
            {
                int left = Norm(sub.Value.EndColOffset);
                int right = Norm((sub.Slice.EndColOffset) + 1);
                while (left < segment.Length && (char.IsWhiteSpace(segment[left]) || segment[left] != '[')) left++;
                while (right < segment.Length && (char.IsWhiteSpace(segment[right]) || segment[right] != ']')) right++;
                if (right < segment.Length) right++;
                return (left, right, '~', '^');
            }
        }
        return null;
    }

    /// <summary>
    /// The C printer scans the bytes between the operands: the first character that is not a blank starts
    /// the operator (two characters when the next is not a blank either), except that a ')' closing the
    /// left operand is passed over while more text follows.
    /// </summary>
    private static (int, int, char, char)? InterpreterOperatorAnchors(string segment, BinOp bin)
    {
        var bytes = Encoding.UTF8.GetBytes(segment);
        int from = bin.Left.EndColOffset, to = Math.Min(bin.Right.ColOffset, bytes.Length);
        static bool Blank(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\f';
        int left = 0, right = 0;
        for (int i = from; i < to; i++)
        {
            if (Blank(bytes[i])) continue;
            left = i;
            right = i + 1;
            if (i + 1 < to && !Blank(bytes[i + 1])) right++;
            if (i + 1 < to && bytes[i] == (byte)')') continue;
            break;
        }
        return (ByteToChar(segment, left), ByteToChar(segment, right), '~', '^');
    }

    /// <summary>linecache.getline semantics: the line (with its text, no newline) or null.</summary>
    public static string? GetLine(string filename, int lineno)
    {
        if (lineno < 1) return null;
        string[]? lines;
        lock (LineCache)
        {
            if (!LineCache.TryGetValue(filename, out lines))
            {
                lines = null;
                try
                {
                    if (!filename.StartsWith('<') && File.Exists(filename))
                    {
                        // A writer the program dropped still holds the file's new text (CPython would have closed it).
                        Modules.OpenFiles.FlushBeforeOpen();
                        var text = File.ReadAllText(filename);
                        lines = text.Split('\n');
                    }
                }
                catch (Exception) { lines = null; }
                LineCache[filename] = lines;
            }
        }
        if (lines == null || lineno > lines.Length) return null;
        return lines[lineno - 1].TrimEnd('\r');
    }

    public static void ClearCache() { lock (LineCache) LineCache.Clear(); }
}
