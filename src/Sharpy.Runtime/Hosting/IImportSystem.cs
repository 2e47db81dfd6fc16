using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Hosting;

/// <summary>
/// The import system plugged into a runtime (implemented by Sharpy.Runtime.Importing). Called by
/// IMPORT_NAME and builtins.__import__ with CPython's <c>__import__</c> arguments; returns what
/// <c>__import__</c> returns (the top-level package unless fromlist is non-empty). Python errors are
/// raised by throwing <see cref="PythonException"/>.
/// </summary>
public interface IImportSystem
{
    PyObject Import(string name, PyObject globals, PyObject fromlist, int level);
}
