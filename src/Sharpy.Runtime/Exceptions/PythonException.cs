using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// A Python exception travelling through native (.NET) code. Inside the evaluation loop exceptions
/// are plain values; this wrapper is only thrown by native functions and by the hosting API.
/// </summary>
public sealed class PythonException : Exception
{
    public PyBaseException Value { get; }

    public PythonException(PyBaseException value) : base(null) { Value = value; }

    public override string Message
    {
        get
        {
            try { return Value.Type.Name + ": " + Ops.StrString(Value); }
            catch (Exception) { return Value.Type.Name; }
        }
    }

    // Python exceptions never need a .NET stack trace; skipping its capture makes throws cheaper.
    public override string? StackTrace => null;
}
