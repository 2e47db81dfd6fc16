using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// Error handlers that are not built into the native codecs: looked up in the registry (_codecs.lookup_error) when an
/// error occurs, with CPython's wrapping of failures for encodings off its fast paths.
/// </summary>
public static partial class Codecs
{
    /// <summary>
    /// Whether CPython encodes/decodes this name natively (PyUnicode_AsEncodedString / PyUnicode_Decode fast paths)
    /// rather than through the codec registry, whose failures come out wrapped as "encoding with 'X' codec failed".
    /// The name is normalised as _Py_normalize_encoding does: lower case, each run of punctuation one '_'.
    /// </summary>
    private static bool IsCPythonFastPath(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        bool punct = false;
        foreach (char c in encoding)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                punct = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else punct = true;
        }
        return sb.ToString() is "utf8" or "utf_8" or "utf16" or "utf_16" or "utf32" or "utf_32" or "ascii" or "us_ascii"
            or "latin1" or "latin_1" or "iso_8859_1" or "iso8859_1";
    }

    /// <summary>Runs an error handler call; off CPython's fast paths its failure is wrapped as the codec registry's are.</summary>
    private static T InvokeHandler<T>(Func<T> call, string operation, string userEncoding)
    {
        if (IsCPythonFastPath(userEncoding)) return call();
        try
        {
            return call();
        }
        catch (PythonException e)
        {
            var raised = WrapCodecFailure(e, operation, userEncoding);
            if (ReferenceEquals(raised, e)) throw;  // keeps the original stack
            throw raised;
        }
    }

    /// <summary>
    /// Runs the registered error handler for an unencodable run [start, end) and appends its replacement; returns the
    /// position to resume at. CPython 3.11: Objects/unicodeobject.c unicode_encode_call_errorhandler.
    /// </summary>
    private static int CallEncodeErrorHandler(string errors, string enc, PyStr text, int start, int end, string reason, List<byte> output, string encoding) =>
        InvokeHandler(() => RunEncodeErrorHandler(errors, enc, text, start, end, reason, output), "encoding", encoding);

    private static int RunEncodeErrorHandler(string errors, string enc, PyStr text, int start, int end, string reason, List<byte> output)
    {
        var rt = Hosting.PythonRuntime.Current;
        var codecs = rt.Importer!.Import("_codecs", PyNone.Instance, PyNone.Instance, 0);
        var handler = Ops.Call(Ops.GetAttr(codecs, PyStr.Intern("lookup_error")), new PyStr(errors));
        var error = UnicodeError("encode", enc, text.Value, start, reason, end).Value;
        var result = Ops.Call(handler, error);
        if (result is not PyTuple { Count: 2 } pair || pair.Items[0] is not (PyStr or PyBytes) || pair.Items[1] is not PyInt)
            throw new PythonException(PyExc.TypeError("encoding error handler must return (str/bytes, int) tuple"));
        // A str replacement must be ASCII (Latin-1 for latin-1) and is encoded with this codec, without a BOM; bytes
        // must fill whole code units. Otherwise the original error stands.
        int unit = enc.StartsWith("utf-32") ? 4 : enc.StartsWith("utf-16") ? 2 : 1;
        if (pair.Items[0] is PyBytes rb)
        {
            if (rb.Value.Length % unit != 0) throw new PythonException(error);
            output.AddRange(rb.Value);
        }
        else
        {
            var replacement = ((PyStr)pair.Items[0]).Value;
            foreach (char c in replacement)
                if (c >= (enc == "latin-1" ? 0x100 : 0x80)) throw new PythonException(error);
            string bomless = enc is "utf-16" ? "utf-16-le" : enc is "utf-32" ? "utf-32-le" : enc;
            output.AddRange(Encode(replacement, bomless, "strict"));
        }
        long pos = ((PyInt)pair.Items[1]).Value;
        if (pos < 0) pos += text.Length;
        if (pos < 0 || pos > text.Length)
            throw new PythonException(PyExc.IndexError($"position {pos} from error handler out of bounds"));
        return (int)pos;
    }

    /// <summary>
    /// Runs the registered error handler for undecodable bytes [start, end), appends its replacement and returns the
    /// position to resume at. CPython 3.11: Objects/unicodeobject.c unicode_decode_call_errorhandler_writer.
    /// </summary>
    private static int CallDecodeErrorHandler(string errors, string enc, byte[] data, int start, int end, string reason, StringBuilder output, string encoding) =>
        InvokeHandler(() =>
        {
            var codecs = Hosting.PythonRuntime.Current.Importer!.Import("_codecs", PyNone.Instance, PyNone.Instance, 0);
            var handler = Ops.Call(Ops.GetAttr(codecs, PyStr.Intern("lookup_error")), new PyStr(errors));
            var error = DecodeError(enc, data, start, end, reason).Value;
            var result = Ops.Call(handler, error);
            if (result is not PyTuple { Count: 2 } pair || pair.Items[0] is not PyStr rs || pair.Items[1] is not PyInt)
                throw new PythonException(PyExc.TypeError("decoding error handler must return (str, int) tuple"));
            output.Append(rs.Value);
            long pos = ((PyInt)pair.Items[1]).Value;
            if (pos < 0) pos += data.Length;
            if (pos < 0 || pos > data.Length)
                throw new PythonException(PyExc.IndexError($"position {pos} from error handler out of bounds"));
            return (int)pos;
        }, "decoding", encoding);

    /// <summary>The handler names the native codecs implement themselves; an error they leave is the original one.</summary>
    private static bool IsBuiltinHandler(string errors) =>
        errors is "strict" or "ignore" or "replace" or "backslashreplace" or "surrogateescape" or "surrogatepass" or "xmlcharrefreplace";
}
