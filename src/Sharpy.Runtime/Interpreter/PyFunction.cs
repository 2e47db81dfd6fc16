using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Objects
{
    /// <summary>A Python function (<c>def</c>/<c>lambda</c>).</summary>
    public sealed class PyFunction : PyObjectWithDict
    {
        public PyCode Code;
        public readonly PyDict Globals;
        public readonly PyDict Builtins;
        public string Name;
        public string QualName;
        public PyObject[]? Defaults;
        public PyDict? KwDefaults;
        public PyCell[]? Closure;
        public PyObject? Annotations;
        public PyObject Doc;
        public PyObject Module;

        public PyFunction(PyCode code, PyDict globals, string qualname) : base(PyTypes.Function)
        {
            Code = code;
            Globals = globals;
            Builtins = Interpreter.Eval.BuiltinsFor(globals);
            Name = code.Code.Name;
            QualName = qualname;
            Doc = code.Info.Consts.Length > 0 && code.Info.Consts[0] is PyStr ds && HasDocstring(code) ? ds : PyNone.Instance;
            Module = globals.GetItem("__name__") ?? PyNone.Instance;
        }

        private static bool HasDocstring(PyCode code) =>
            code.Code.Name != "<lambda>" && !code.Code.Name.StartsWith('<');
    }
}

namespace Sharpy.Runtime.Interpreter
{
    /// <summary>Per-thread interpreter state: frame depth, the handled exception (sys.exc_info), the top frame.</summary>
    public sealed class PyThreadState
    {
        public int Depth;
        public int RecursionLimit = 1000;
        public PyObject CurrentException = PyNone.Instance;
        public Frame? TopFrame;
    }
}
