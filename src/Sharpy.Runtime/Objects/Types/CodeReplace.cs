using Sharpy.Bytecode.Code;
using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// <c>code.replace(**changes)</c>: a copy of a code object with some fields changed (types.coroutine sets
/// CO_ITERABLE_COROUTINE this way; tools rename functions or move line numbers). CPython 3.11: Objects/codeobject.c
/// code_replace_impl (Argument Clinic: keyword-only, ints through __index__, strings and tuples of str checked).
/// </summary>
internal static class CodeReplace
{
    private static readonly string[] Fields =
    [
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
        "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
    ];

    public static PyObject Replace(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var code = ((PyCode)args[0]).Code;
        var p = ArgParser.Parse("replace", args[1..], kwnames, [], Fields, 0);
        int Int(int i, int current) => p[i] is { } v ? Ops.ToInt(v) : current;
        string Str(int i, string current) => p[i] switch
        {
            null => current,
            PyStr s => s.Value,
            var v => throw new PythonException(PyExc.TypeError($"replace() argument '{Fields[i]}' must be str, not {v.Type.Name}")),
        };
        byte[] Bytes(int i, byte[] current) => p[i] switch
        {
            null => current,
            PyBytes b => b.Value,
            var v => throw new PythonException(PyExc.TypeError($"replace() argument '{Fields[i]}' must be bytes, not {v.Type.Name}")),
        };
        string[] Names(int i, string[] current)
        {
            if (p[i] is null) return current;
            if (p[i] is not PyTuple t)
                throw new PythonException(PyExc.TypeError($"replace() argument '{Fields[i]}' must be tuple, not {p[i]!.Type.Name}"));
            var names = new string[t.Count];
            for (int k = 0; k < names.Length; k++)
                names[k] = t.Items[k] is PyStr s ? s.Value
                    : throw new PythonException(PyExc.TypeError("name tuples must contain only strings, not '" + t.Items[k].Type.Name + "'"));
            return names;
        }
        object?[] consts = code.Consts;
        if (p[8] is { } c)
        {
            if (c is not PyTuple ct)
                throw new PythonException(PyExc.TypeError($"replace() argument 'co_consts' must be tuple, not {c.Type.Name}"));
            consts = new object?[ct.Count];
            for (int k = 0; k < consts.Length; k++) consts[k] = ToConstant(ct.Items[k]);
        }
        var replaced = new CodeObject
        {
            ArgCount = Int(0, code.ArgCount),
            PosOnlyArgCount = Int(1, code.PosOnlyArgCount),
            KwOnlyArgCount = Int(2, code.KwOnlyArgCount),
            StackSize = Int(4, code.StackSize),
            Flags = (CodeFlags)Int(5, (int)code.Flags),
            FirstLineNo = Int(6, code.FirstLineNo),
            Code = Bytes(7, code.Code),
            Consts = consts,
            Names = Names(9, code.Names),
            VarNames = Names(10, code.VarNames),
            FreeVars = Names(11, code.FreeVars),
            CellVars = Names(12, code.CellVars),
            Filename = Str(13, code.Filename),
            Name = Str(14, code.Name),
            QualName = Str(15, code.QualName),
            LineTable = Bytes(16, code.LineTable),
            ExceptionTable = Bytes(17, code.ExceptionTable),
        };
        if (p[3] is { } nlocals && Ops.ToInt(nlocals) != replaced.VarNames.Length)
            throw new PythonException(PyExc.ValueError("code: co_nlocals != len(co_varnames)"));
        return PyCode.For(replaced);
    }

    // A Python value back in the compiler's closed constant model (what co_consts held).
    private static object? ToConstant(PyObject value) => value switch
    {
        PyNone => null,
        PyEllipsis => ConstEllipsis.Instance,
        PyCode pc => pc.Code,
        PyInt i when ReferenceEquals(i.Type, PyTypes.Bool) => i.Value != 0,
        PyInt i => i.AsBig,
        PyFloat f => f.Value,
        PyComplex z => z.Value,
        PyStr s => s.Value,
        PyBytes b => b.Value,
        PyTuple t => new ConstTuple(t.Items.Select(ToConstant).ToArray()),
        PySet { Frozen: true } fs => new ConstFrozenSet(Ops.Iterate(fs).Select(ToConstant).ToArray()),
        _ => throw new PythonException(PyExc.TypeError($"cannot use a '{value.Type.Name}' as a code constant")),
    };
}
