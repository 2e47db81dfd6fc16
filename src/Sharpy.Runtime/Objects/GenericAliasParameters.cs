namespace Sharpy.Runtime.Objects;

/// <summary>Type variables of a generic alias and their substitution: list[T].__parameters__, list[T][int].</summary>
// CPython 3.11: Objects/genericaliasobject.c _Py_make_parameters, _Py_subs_parameters
internal static class GenericAliasParameters
{
    // typing.TypeVar, ParamSpec and TypeVarTuple (Python classes in Sharpy's typing) stand for parameters.
    private static bool IsTypeVarLike(PyObject o) =>
        o.Type.Name is "TypeVar" or "ParamSpec" or "TypeVarTuple" && o.Type.Dict.GetItem("__module__") is PyStr { Value: "typing" };

    public static PyObject[] Of(PyObject[] args)
    {
        var result = new List<PyObject>();
        foreach (var arg in args)
        {
            if (arg is PyType) continue;
            if (IsTypeVarLike(arg))
            {
                if (!result.Contains(arg)) result.Add(arg);
            }
            else if (Ops.TryGetAttr(arg, PyStr.Intern("__parameters__"), out var nested) && nested is PyTuple nt)
            {
                foreach (var p in nt.Items)
                    if (!result.Contains(p)) result.Add(p);
            }
        }
        return result.ToArray();
    }

    public static PyObject Substitute(PyGenericAlias alias, PyObject items)
    {
        var args = alias.Args is PyTuple t ? t.Items : [alias.Args];
        var parameters = Of(args);
        if (parameters.Length == 0)
            throw new PythonException(PyExc.TypeError($"{Ops.ReprString(alias)} is not a generic class"));
        var values = items is PyTuple it ? it.Items : [items];
        if (values.Length != parameters.Length)
            throw new PythonException(PyExc.TypeError(
                $"Too {(values.Length > parameters.Length ? "many" : "few")} arguments for {Ops.ReprString(alias)}; actual {values.Length}, expected {parameters.Length}"));
        var substituted = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            int index = Array.IndexOf(parameters, arg);
            if (index >= 0 && IsTypeVarLike(arg)) { substituted[i] = values[index]; continue; }
            if (arg is not PyType && Ops.TryGetAttr(arg, PyStr.Intern("__parameters__"), out var nested) && nested is PyTuple { Count: > 0 } np)
            {
                var sub = np.Items.Select(p => values[Array.IndexOf(parameters, p)]).ToArray();
                substituted[i] = Ops.GetItem(arg, sub.Length == 1 ? sub[0] : PyTuple.Create(sub));
                continue;
            }
            substituted[i] = arg;
        }
        return new PyGenericAlias(alias.Origin, PyTuple.Create(substituted));
    }
}
