namespace Sharpy.Bytecode.Cache;

/// <summary>
/// A Python error while loading a pyc without source (or running one directly): the runtime raises
/// <see cref="PythonType"/> ("ImportError", "EOFError", "ValueError" or "RuntimeError") with
/// <see cref="Exception.Message"/>; for ImportError also with <c>name</c> and <c>path</c>.
/// </summary>
public sealed class PycImportException(string message, string? name, string? path, string pythonType = "ImportError")
    : Exception(message)
{
    public string? Name { get; } = name;
    public string? Path { get; } = path;
    public string PythonType { get; } = pythonType;
}
