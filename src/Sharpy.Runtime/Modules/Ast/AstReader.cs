using System.Numerics;
using Sharpy.Bytecode.Code;
using Sharpy.Runtime.Objects;
using Sharpy.Syntax.Ast;

namespace Sharpy.Runtime.Modules.Ast;

/// <summary>
/// compile() of an AST object: reads a tree of the <c>ast</c> module's node objects back into Sharpy's AST
/// (the per-node readers are generated into <c>AstReader.g.cs</c>), with CPython's errors for malformed trees.
/// CPython 3.11: Python/Python-ast.c obj2ast_* (reading) and PyAST_obj2mod (the mode check).
/// </summary>
internal sealed partial class AstReader
{
    private readonly PyObject _astModule;
    private readonly Dictionary<string, PyObject> _classes = new(StringComparer.Ordinal);

    private AstReader(PyObject astModule) => _astModule = astModule;

    /// <summary>The tree for compile() in <paramref name="mode"/> ("exec", "eval", "single", "func_type").</summary>
    public static ModNode Read(PyObject astModule, PyObject tree, string mode)
    {
        var reader = new AstReader(astModule);
        string required = mode switch { "eval" => "Expression", "single" => "Interactive", "func_type" => "FunctionType", _ => "Module" };
        if (!reader.Is(tree, required))
            throw new PythonException(PyExc.TypeError($"expected {required} node, got {tree.Type.Name}"));
        var mod = reader.ReadMod(tree)!;
        AstValidator.Validate(mod);
        return mod;
    }

    private PyObject Class(string name)
    {
        if (!_classes.TryGetValue(name, out var cls))
            _classes[name] = cls = Ops.GetAttr(_astModule, PyStr.Intern(name));
        return cls;
    }

    private bool Is(PyObject obj, string className) => Ops.IsInstance(obj, Class(className));

    private readonly struct DepthScope : IDisposable
    {
        public void Dispose() => Ops.LeaveNative();
    }

    private static DepthScope Enter(string kind)
    {
        Ops.EnterNative($" while traversing '{kind}' node");
        return default;
    }

    private static PythonException NotOfKind(string kind, PyObject obj) =>
        new(PyExc.TypeError($"expected some sort of {kind}, but got {Ops.ReprString(obj)}"));

    private static PythonException FieldRequired(string field, string owner) =>
        new(PyExc.ValueError($"field '{field}' is required for {owner}"));

    private static PyObject RequiredField(PyObject obj, string field, string owner)
    {
        if (!Ops.TryGetAttr(obj, PyStr.Intern(field), out var value))
            throw new PythonException(PyExc.TypeError($"required field \"{field}\" missing from {owner}"));
        return value;
    }

    /// <summary>An optional (<c>?</c>) field: missing and None both mean absent.</summary>
    private static PyObject? OptionalField(PyObject obj, string field) =>
        Ops.TryGetAttr(obj, PyStr.Intern(field), out var value) && value is not PyNone ? value : null;

    private static List<T> Sequence<T>(PyObject obj, string field, string owner, Func<PyObject, T?> read)
    {
        var value = RequiredField(obj, field, owner);
        if (value is not PyList list || !list.Type.IsSubtypeOf(PyTypes.List))
            throw new PythonException(PyExc.TypeError($"{owner} field \"{field}\" must be a list, not a {value.Type.Name}"));
        int count = list.Count;
        var result = new List<T>(count);
        for (int i = 0; i < count; i++)
        {
            result.Add(read(list.Items[i])!);
            if (list.Count != count)
                throw new PythonException(PyExc.RuntimeError($"{owner} field \"{field}\" changed size during iteration"));
        }
        return result;
    }

    private (int Lineno, int ColOffset, int EndLineno, int EndColOffset) ReadLocation(PyObject obj, string owner)
    {
        int lineno = Int(RequiredField(obj, "lineno", owner));
        int colOffset = Int(RequiredField(obj, "col_offset", owner));
        int endLineno = OptionalField(obj, "end_lineno") is { } e ? Int(e) : 0;
        int endColOffset = OptionalField(obj, "end_col_offset") is { } ec ? Int(ec) : 0;
        return (lineno, colOffset, endLineno, endColOffset);
    }

    private static void SetLocation(Node node, (int Lineno, int ColOffset, int EndLineno, int EndColOffset) location)
    {
        node.Lineno = location.Lineno;
        node.ColOffset = location.ColOffset;
        node.EndLineno = location.EndLineno;
        node.EndColOffset = location.EndColOffset;
    }

    private static string? Identifier(PyObject obj)
    {
        if (obj is PyNone) return null;
        if (obj is not PyStr s || !ReferenceEquals(obj.Type, PyTypes.Str))
            throw new PythonException(PyExc.TypeError("AST identifier must be of type str"));
        return s.Value;
    }

    private static string? String(PyObject obj)
    {
        if (obj is PyNone) return null;
        if (obj is not PyStr s || !ReferenceEquals(obj.Type, PyTypes.Str))
            throw new PythonException(PyExc.TypeError("AST string must be of type str"));
        return s.Value;
    }

    private static int Int(PyObject obj)
    {
        if (obj is not PyInt i)
            throw new PythonException(PyExc.ValueError($"invalid integer value: {Ops.ReprString(obj)}"));
        var big = i.AsBig;
        if (big < int.MinValue || big > int.MaxValue)
            throw new PythonException(PyExc.OverflowError("Python int too large to convert to C int"));
        return (int)big;
    }

    /// <summary>A Constant's value in the compiler's constant model; CPython 3.11: ast.c validate_constant.</summary>
    private static object? ConstantValue(PyObject obj) =>
        obj is PyEllipsis ? EllipsisValue.Instance  // the parser's model at the top level; ConstEllipsis inside tuples
        : TryConstant(obj, out var value) ? value
        : throw new PythonException(PyExc.TypeError($"got an invalid type in Constant: {obj.Type.Name}"));

    private static bool TryConstant(PyObject obj, out object? value)
    {
        value = null;
        var type = obj.Type;
        switch (obj)
        {
            case PyNone: return true;
            case PyEllipsis: value = ConstEllipsis.Instance; return true;
            case PyInt i when ReferenceEquals(type, PyTypes.Bool): value = i.Value != 0; return true;
            case PyInt i when ReferenceEquals(type, PyTypes.Int): value = i.AsBig; return true;
            case PyFloat f when ReferenceEquals(type, PyTypes.Float): value = f.Value; return true;
            case PyComplex c when ReferenceEquals(type, PyTypes.Complex): value = c.Value; return true;
            case PyStr s when ReferenceEquals(type, PyTypes.Str): value = s.Value; return true;
            case PyBytes b when ReferenceEquals(type, PyTypes.Bytes): value = b.Value; return true;
            case PyTuple t when ReferenceEquals(type, PyTypes.Tuple):
            {
                var items = new object?[t.Count];
                for (int k = 0; k < items.Length; k++)
                    if (!TryConstant(t.Items[k], out items[k])) return false;
                value = new ConstTuple(items);
                return true;
            }
            case PySet s when ReferenceEquals(type, PyTypes.FrozenSet):
            {
                var items = new List<object?>();
                foreach (var item in Ops.Iterate(s))
                {
                    if (!TryConstant(item, out var v)) return false;
                    items.Add(v);
                }
                value = new ConstFrozenSet(items.ToArray());
                return true;
            }
            default: return false;
        }
    }
}
