using Sharpy.Bytecode.Code;
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
            // From the CodeObject's constants, not code.Info: building the runtime view of every function
            // a module defines (most are never called) was a third of a warm import's allocation.
            var consts = code.Code.Consts;
            Doc = consts.Length > 0 && consts[0] is string or ConstCodePointString && HasDocstring(code)
                ? CodeInfo.Materialize(consts[0]) : PyNone.Instance;
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
        /// <summary>threading.get_ident() of this thread (0 until first asked; see Modules/Thread).</summary>
        public long Ident;
        /// <summary>sys.settrace / sys.setprofile of this thread (see <see cref="Tracing"/>).</summary>
        public PyObject? TraceFunc, ProfileFunc;
        /// <summary>A trace or profile function is running: its own code is not traced.</summary>
        public bool InTraceCall;
        /// <summary>A trace or profile function was just installed by a native call: the calling frame must
        /// switch to the instrumented ops now, so its own next calls report (CPython checks on every call).</summary>
        public bool HooksInstalled;
    }
}
