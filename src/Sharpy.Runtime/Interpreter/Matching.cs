using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>Structural pattern matching support (CPython 3.11 Python/ceval.c match_class/match_keys).</summary>
public static class Matching
{
    private static bool MroHas(PyType t, string name, string module)
    {
        foreach (var b in t.Mro)
            if (b.Name == name && b.Dict.GetItem("__module__") is PyStr m && (m.Value == module || m.Value == "collections.abc")) return true;
        return false;
    }

    public static bool IsMapping(PyObject o) =>
        o is PyDict && o is not PyModule || o.Type.Lookup("__abc_tpflags__") is PyInt f && (f.Value & (1 << 6)) != 0 || MroHas(o.Type, "Mapping", "_collections_abc");

    public static bool IsSequence(PyObject o)
    {
        if (o is PyStr || o is PyBytes || o is PyByteArray) return false;
        if (o is PyList || o is PyTuple || o is PyRange) return true;
        if (o.Type.Lookup("__abc_tpflags__") is PyInt f) return (f.Value & (1 << 5)) != 0;
        return MroHas(o.Type, "Sequence", "_collections_abc") || o.Type.Name == "deque";
    }

    public static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Items.Length == 0) return PyTuple.Empty;
        var values = new PyObject[keys.Items.Length];
        var seen = new PySet();
        var get = Ops.GetAttr(subject, "get");
        var dummy = new PyInstance(PyTypes.Object);
        for (int i = 0; i < values.Length; i++)
        {
            var k = keys.Items[i];
            if (!seen.Add(k)) throw new PythonException(PyExc.ValueError($"mapping pattern checks duplicate key ({Ops.ReprString(k)})"));
            var v = Ops.Call(get, k, dummy);
            if (ReferenceEquals(v, dummy)) return PyNone.Instance;
            values[i] = v;
        }
        return PyTuple.Create(values);
    }

    private static readonly HashSet<string> SelfMatching = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

    public static PyObject MatchClass(PyObject subject, PyObject clsObj, int nargs, PyTuple kwnames)
    {
        if (clsObj is not PyType cls) throw new PythonException(PyExc.TypeError("called match pattern must be a type"));
        if (!Ops.IsInstance(subject, cls)) return PyNone.Instance;
        var attrs = new List<PyObject>();
        var seen = new HashSet<string>();
        bool matchSelf = false;
        PyObject[] matchArgs = [];
        if (nargs > 0)
        {
            if (Ops.TryGetAttr(cls, PyStr.Intern("__match_args__"), out var ma))
            {
                if (ma is not PyTuple mt) throw new PythonException(PyExc.TypeError($"{cls.Name}.__match_args__ must be a tuple (got {ma.Type.Name})"));
                matchArgs = mt.Items;
            }
            else
            {
                // _Py_TPFLAGS_MATCH_SELF is inherited: subclasses of int, str, ... match themselves too.
                matchSelf = cls.Mro.Any(t => t.IsBuiltin && SelfMatching.Contains(t.Name));
            }
            int allowed = matchSelf ? 1 : matchArgs.Length;
            if (nargs > allowed)
                throw new PythonException(PyExc.TypeError($"{cls.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({nargs} given)"));
            if (matchSelf) attrs.Add(subject);
            else
            {
                for (int i = 0; i < nargs; i++)
                {
                    if (matchArgs[i] is not PyStr name)
                        throw new PythonException(PyExc.TypeError($"__match_args__ elements must be strings (got {matchArgs[i].Type.Name})"));
                    if (!seen.Add(name.Value))
                        throw new PythonException(PyExc.TypeError($"{cls.Name}() got multiple sub-patterns for attribute '{name.Value}'"));
                    if (!Ops.TryGetAttr(subject, name, out var v)) return PyNone.Instance;
                    attrs.Add(v);
                }
            }
        }
        foreach (var k in kwnames.Items)
        {
            var name = (PyStr)k;
            if (!seen.Add(name.Value))
                throw new PythonException(PyExc.TypeError($"{cls.Name}() got multiple sub-patterns for attribute '{name.Value}'"));
            if (!Ops.TryGetAttr(subject, name, out var v)) return PyNone.Instance;
            attrs.Add(v);
        }
        return PyTuple.Create(attrs.ToArray());
    }
}
