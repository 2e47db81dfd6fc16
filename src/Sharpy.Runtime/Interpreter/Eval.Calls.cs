using Sharpy.Bytecode.Code;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

public static partial class Eval
{
    public static PyDict BuiltinsFor(PyDict globals)
    {
        var b = globals.GetItem("__builtins__");
        if (b is PyModule m) return m.Dict!;
        if (b is PyDict d) return d;
        return PythonRuntime.Current.Builtins.Dict!;
    }

    /// <summary>Run module/class/exec code with explicit globals and locals mapping.</summary>
    public static PyObject RunModuleCode(PythonRuntime rt, CodeObject code, PyDict globals, PyObject locals)
    {
        if (globals.GetItem("__builtins__") == null) globals.SetItem("__builtins__", rt.Builtins);
        var frame = new Frame(PyCode.For(code), globals, BuiltinsFor(globals), locals);
        return Run(frame);
    }

    /// <summary>Run code with a closure (exec of code with free vars is rare; class bodies use this).</summary>
    public static PyObject RunClassBody(PyFunction body, PyDict ns)
    {
        var frame = new Frame(body.Code, body.Globals, body.Builtins, ns) { Function = body };
        InitCells(frame, body);
        return Run(frame);
    }

    /// <summary>Call a Python function from native code (re-enters the loop).</summary>
    public static PyObject CallFunction(PyFunction fn, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var frame = MakeFrame(fn, args, kwnames);
        var info = fn.Code.Info;
        if (info.IsGenerator || info.IsCoroutine || info.IsAsyncGenerator) return PyGenerator.Create(frame);
        var result = Run(frame);
        Frame.Recycle(frame);
        return result;
    }

    private static void InitCells(Frame frame, PyFunction fn)
    {
        var info = frame.Info;
        for (int i = 0; i < info.NCells; i++)
        {
            int a = info.CellToArg[i];
            frame.Cells[i] = new PyCell(a >= 0 ? frame.Fast[a] : null);
        }
        var closure = fn.Closure;
        for (int i = 0; i < info.NFree; i++)
            frame.Cells[info.NCells + i] = closure != null && i < closure.Length ? closure[i] : new PyCell(null);
    }

    /// <summary>
    /// Create the frame for a call, binding arguments as CPython 3.11 does
    /// (Python/ceval.c initialize_locals) with its TypeError messages.
    /// </summary>
    public static Frame MakeFrame(PyFunction fn, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var code = fn.Code.Code;
        var info = fn.Code.Info;
        var frame = Frame.ForCall(fn);
        // A span: stores into the PyObject?[] itself pay an array covariance check each.
        Span<PyObject?> fast = frame.Fast;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        int co_argcount = code.ArgCount;
        int total = co_argcount + code.KwOnlyArgCount;
        bool varargs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool varkw = (code.Flags & CodeFlags.VarKeywords) != 0;

        // Fast path: exact positional call, no defaults needed.
        if (nkw == 0 && npos == co_argcount && !varargs && !varkw && code.KwOnlyArgCount == 0)
        {
            args.CopyTo(fast!);
            if (info.NCells + info.NFree > 0) InitCells(frame, fn);
            return frame;
        }

        PyDict? kwdict = null;
        if (varkw)
        {
            kwdict = new PyDict();
            fast[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.Min(npos, co_argcount);
        for (int i = 0; i < n; i++) fast[i] = args[i];
        if (varargs)
        {
            var extra = npos > co_argcount ? args.Slice(co_argcount, npos - co_argcount).ToArray() : [];
            fast[total] = PyTuple.Create(extra);
        }

        List<string>? posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++)
        {
            string name = kwnames![k];
            var value = args[npos + k];
            int idx = -1;
            // Keyword names and parameter names are both interned constants: the reference test nearly always decides.
            var varNames = info.VarNames;
            for (int j = code.PosOnlyArgCount; j < total; j++)
                if (ReferenceEquals(varNames[j].Value, name)) { idx = j; break; }
            if (idx < 0)
                for (int j = code.PosOnlyArgCount; j < total; j++)
                    if (varNames[j].Value == name) { idx = j; break; }
            if (idx < 0)
            {
                if (kwdict == null)
                {
                    bool posOnly = false;
                    for (int j = 0; j < code.PosOnlyArgCount; j++) if (code.VarNames[j] == name) posOnly = true;
                    if (posOnly) { (posOnlyAsKw ??= new()).Add(name); continue; }
                    throw BindError(fn, npos, kwnames,
                        new PythonException(PyExc.TypeError($"{fn.QualName}() got an unexpected keyword argument '{name}'")));
                }
                var key = new PyStr(name);
                kwdict.SetItem(key, value);
                continue;
            }
            if (fast[idx] != null)
                throw new PythonException(PyExc.TypeError($"{fn.QualName}() got multiple values for argument '{name}'"));
            fast[idx] = value;
        }
        if (posOnlyAsKw != null)
            throw BindError(fn, npos, kwnames, new PythonException(PyExc.TypeError(
                $"{fn.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'")));

        if (npos > co_argcount && !varargs) throw BindError(fn, npos, kwnames, TooManyPositional(fn, npos, fast));

        if (npos < co_argcount)
        {
            var defaults = fn.Defaults ?? [];
            int m = co_argcount - defaults.Length;
            List<string>? missing = null;
            for (int i = npos; i < m; i++)
                if (fast[i] == null) (missing ??= new()).Add(code.VarNames[i]);
            if (missing != null) throw BindError(fn, npos, kwnames, MissingArgs(fn, missing, "positional"));
            for (int i = Math.Max(m, npos); i < co_argcount; i++)
                fast[i] ??= defaults[i - m];
        }
        if (code.KwOnlyArgCount > 0)
        {
            List<string>? missing = null;
            for (int i = co_argcount; i < total; i++)
            {
                if (fast[i] != null) continue;
                var dv = fn.KwDefaults?.GetItem(info.VarNames[i]);
                if (dv != null) { fast[i] = dv; continue; }
                (missing ??= new()).Add(code.VarNames[i]);
            }
            if (missing != null) throw BindError(fn, npos, kwnames, MissingArgs(fn, missing, "keyword-only"));
        }
        if (info.NCells + info.NFree > 0) InitCells(frame, fn);
        return frame;
    }

    /// <summary>
    /// The error for arguments that do not bind. A library function standing in for a C function
    /// (the operator module) may carry <c>__bind_error__(npos, kwnames)</c> returning CPython's
    /// C-level message; consulting it only here keeps its plain signature's fast call path.
    /// </summary>
    private static PythonException BindError(PyFunction fn, int npos, string[]? kwnames, PythonException fallback)
    {
        var hook = fn.Dict?.GetItem("__bind_error__");
        if (hook == null) return fallback;
        var names = new PyObject[kwnames?.Length ?? 0];
        for (int i = 0; i < names.Length; i++) names[i] = new PyStr(kwnames![i]);
        var message = Ops.Call(hook, PyInt.From(npos), PyTuple.Create(names));
        return message is PyStr s ? new PythonException(PyExc.TypeError(s.Value)) : fallback;
    }

    private static PythonException MissingArgs(PyFunction fn, List<string> names, string kind)
    {
        string list = names.Count switch
        {
            1 => $"'{names[0]}'",
            2 => $"'{names[0]}' and '{names[1]}'",
            _ => string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $", and '{names[^1]}'",
        };
        return new PythonException(PyExc.TypeError(
            $"{fn.QualName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}"));
    }

    private static PythonException TooManyPositional(PyFunction fn, int given, ReadOnlySpan<PyObject?> fast)
    {
        var code = fn.Code.Code;
        int co_argcount = code.ArgCount;
        int defcount = fn.Defaults?.Length ?? 0;
        int kwonlyGiven = 0;
        for (int i = co_argcount; i < co_argcount + code.KwOnlyArgCount; i++) if (fast[i] != null) kwonlyGiven++;
        string sig = defcount > 0
            ? $"from {co_argcount - defcount} to {co_argcount} positional arguments"
            : $"{co_argcount} positional argument{(co_argcount == 1 ? "" : "s")}";
        string kwonly = kwonlyGiven > 0
            ? $" positional argument{(given == 1 ? "" : "s")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven == 1 ? "" : "s")})"
            : "";
        string was = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return new PythonException(PyExc.TypeError($"{fn.QualName}() takes {sig} but {given}{kwonly} {was} given"));
    }

    private static int MakeFunction(Frame f, PyObject?[] stack, int sp, int flags)
    {
        var code = (PyCode)stack[--sp]!;
        PyCell[]? closure = null;
        PyObject? annotations = null;
        PyDict? kwdefaults = null;
        PyObject[]? defaults = null;
        if ((flags & 8) != 0) closure = ((PyTuple)stack[--sp]!).Items.Cast<PyCell>().ToArray();
        if ((flags & 4) != 0) annotations = stack[--sp];
        if ((flags & 2) != 0) kwdefaults = (PyDict)stack[--sp]!;
        if ((flags & 1) != 0) defaults = ((PyTuple)stack[--sp]!).Items;
        var fn = new PyFunction(code, f.Globals, code.Code.QualName)
        {
            Closure = closure, Defaults = defaults, KwDefaults = kwdefaults,
        };
        if (annotations is PyTuple at)
        {
            var d = new PyDict();
            for (int i = 0; i + 1 < at.Items.Length; i += 2) d.SetItem(at.Items[i], at.Items[i + 1]);
            fn.Annotations = d;
        }
        else if (annotations != null) fn.Annotations = annotations;
        for (int i = sp; i < stack.Length && stack[i] != null; i++) stack[i] = null;
        stack[sp++] = fn;
        return sp;
    }
}
