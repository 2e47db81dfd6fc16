using System.Runtime.CompilerServices;
using Sharpy.Bytecode.Code;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// Library code that stands in for CPython's C code (lib/datetime.py for _datetime, functools.partial, csv.reader,
/// ...). In CPython such code has no Python frame, so an error raised in it, or passing through it from a user
/// callback, has no traceback entry there; <see cref="Eval"/> leaves out the entries of these frames as well.
/// Modules register through <c>_sharpy_traceback.native_stand_in</c>: a module's globals dict (all its code) or
/// functions and classes (their code, nested functions included).
/// </summary>
internal static class NativeStandIns
{
    // Module namespaces registered whole: a few dozen at most, compared by identity.
    private static readonly ConditionalWeakTable<PyDict, object> Modules = new();

    public static bool IsStandIn(Frame f) => f.Info.NativeStandIn || Modules.TryGetValue(f.Globals, out _);

    public static void Register(PyObject obj)
    {
        switch (obj)
        {
            case PyDict globals:
                Modules.AddOrUpdate(globals, globals);
                break;
            case PyType type:
                foreach (var member in type.Dict.Items()) RegisterMember(member.Value);
                break;
            default:
                if (!RegisterMember(obj))
                    throw new PythonException(PyExc.TypeError(
                        $"native_stand_in() expects a module's globals, a class or a function, not '{obj.Type.Name}'"));
                break;
        }
    }

    private static bool RegisterMember(PyObject member)
    {
        switch (member)
        {
            case PyFunction fn: Mark(fn.Code.Code); return true;
            case PyStaticMethod sm: return RegisterMember(sm.Callable);
            case PyClassMethod cm: return RegisterMember(cm.Callable);
            case PyProperty p:
                foreach (var accessor in new[] { p.Getter, p.Setter, p.Deleter })
                    if (accessor != null) RegisterMember(accessor);
                return true;
        }
        return false;
    }

    /// <summary>Mark a code object and the code of the functions, classes and comprehensions nested in it.</summary>
    private static void Mark(CodeObject code)
    {
        CodeInfo.For(code).NativeStandIn = true;
        foreach (var c in code.Consts)
            if (c is CodeObject nested) Mark(nested);
    }
}
