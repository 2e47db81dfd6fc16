namespace Sharpy.Bytecode.Marshal;

/// <summary>
/// The one exception the pyc/marshal readers throw for bad input: truncated data, unknown type codes,
/// non-canonical encodings, excessive nesting, checksum mismatch, bad header. <see cref="Exception.Message"/>
/// is the reason, worded like CPython's where CPython has an equivalent (e.g. "bad magic number in 'm':
/// b'...'"); <see cref="PythonType"/> names the Python exception CPython would raise for it.
/// Inside __pycache__ callers treat it as "recompile"; for sourceless pycs it becomes that Python error.
/// </summary>
public sealed class InvalidPycException(string reason, string pythonType = "ValueError") : Exception(reason)
{
    /// <summary>"ImportError", "EOFError" or "ValueError".</summary>
    public string PythonType { get; } = pythonType;
}

/// <summary>Thrown by <see cref="MarshalWriter"/> for values outside the closed constant model or nested too deeply.</summary>
public sealed class MarshalWriteException(string reason) : Exception(reason)
{
}
