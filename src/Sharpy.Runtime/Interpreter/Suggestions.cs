using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>CPython 3.11: Python/suggestions.c ("Did you mean: 'x'?").</summary>
public static class Suggestions
{
    private const int MoveCost = 2, CaseCost = 1, MaxCandidates = 750, MaxStringSize = 40;

    public static string For(PyBaseException e)
    {
        try
        {
            string? s = null;
            if (ReferenceEquals(e.Type, PyExc.AttributeErrorType)) s = ForAttribute(e);
            else if (ReferenceEquals(e.Type, PyExc.NameErrorType)) s = ForName(e);
            return s == null ? "" : $". Did you mean: '{s}'?";
        }
        catch (PythonException) { return ""; }
    }

    private static string? ForAttribute(PyBaseException e)
    {
        if (e.GetField("name") is not PyStr name || e.GetField("obj") is not { } obj || obj is PyNone && e.GetField("obj") == null) return null;
        var dir = Builtins.BuiltinsModule.Dir(obj);
        return Calculate(dir, name.Value);
    }

    private static string? ForName(PyBaseException e)
    {
        if (e.GetField("name") is not PyStr name) return null;
        var tb = e.Traceback;
        if (tb == null) return null;
        while (tb.Next != null) tb = tb.Next;
        var frame = tb.Frame;
        var locals = new List<string>(frame.Info.Code.VarNames);
        if (frame.LocalsMap is PyDict ld) locals.AddRange(ld.KeysList().OfType<PyStr>().Select(s => s.Value));
        var s = Calculate(locals, name.Value);
        if (s != null) return s;
        s = Calculate(frame.Globals.KeysList().OfType<PyStr>().Select(x => x.Value).ToList(), name.Value);
        if (s != null) return s;
        return Calculate(frame.Builtins.KeysList().OfType<PyStr>().Select(x => x.Value).ToList(), name.Value);
    }

    private static string? Calculate(List<string> dir, string name)
    {
        if (dir.Count >= MaxCandidates || name.Length > MaxStringSize) return null;
        int best = int.MaxValue;
        string? suggestion = null;
        foreach (var item in dir)
        {
            if (item == name) continue;
            int maxDistance = (name.Length + item.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, best - 1);
            int d = Levenshtein(name, item, maxDistance);
            if (d > maxDistance) continue;
            if (suggestion == null || d < best) { suggestion = item; best = d; }
        }
        return suggestion;
    }

    private static int SubstitutionCost(char a, char b)
    {
        if (a == b) return 0;
        if (char.ToLowerInvariant(a) == char.ToLowerInvariant(b)) return CaseCost;
        return MoveCost;
    }

    private static int Levenshtein(string a, string b, int maxCost)
    {
        if (a == b) return 0;
        int pre = 0;
        while (pre < a.Length && pre < b.Length && a[pre] == b[pre]) pre++;
        a = a[pre..]; b = b[pre..];
        int suf = 0;
        while (suf < a.Length && suf < b.Length && a[^(suf + 1)] == b[^(suf + 1)]) suf++;
        a = a[..^suf]; b = b[..^suf];
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) (a, b) = (b, a);
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        var buffer = new int[a.Length];
        for (int i = 0; i < a.Length; i++) buffer[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            char code = b[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int index = 0; index < a.Length; index++)
            {
                int substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
