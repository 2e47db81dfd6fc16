using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// -X warn_default_encoding / PYTHONWARNDEFAULTENCODING: text I/O opened without an encoding warns
/// (EncodingWarning), in UTF-8 mode too (CPython 3.11 warns there as well).
/// </summary>
// CPython 3.11: Modules/_io/textio.c _io_TextIOWrapper___init___impl, Modules/_io/_iomodule.c _io_text_encoding_impl
internal static class DefaultEncodingWarning
{
    private const string Message = "'encoding' argument not specified";

    /// <summary>For open() and TextIOWrapper(): attributed to the Python line that called them.</summary>
    public static void WarnIfUnspecified(string? encoding)
    {
        if (encoding is null && Enabled)
            NativeWarnings.Warn(PyExc.ByName["EncodingWarning"], Message);
    }

    /// <summary>io.text_encoding(None, stacklevel): the warning points <paramref name="stacklevel"/> frames up.</summary>
    public static void WarnForTextEncoding(PyObject stacklevel)
    {
        if (!Enabled) return;
        var rt = PythonRuntime.Current;
        if (rt.Importer == null) return;
        var warnings = rt.Importer.Import("warnings", PyNone.Instance, PyNone.Instance, 0);
        Ops.Call(Ops.GetAttr(warnings, PyStr.Intern("warn")), new PyStr(Message), PyExc.ByName["EncodingWarning"], stacklevel);
    }

    /// <summary>What io.text_encoding(None) returns.</summary>
    public static string DefaultName => PythonRuntime.Current.Options.Utf8Mode != 0 ? "utf-8" : "locale";

    private static bool Enabled => PythonRuntime.Current.Options.WarnDefaultEncoding;
}
