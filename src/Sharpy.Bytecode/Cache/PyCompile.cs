using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Cache;

/// <summary>py_compile.compile: byte-compile one source file to a Sharpy pyc (ignores DontWriteBytecode, as CPython).</summary>
// CPython 3.11: Lib/py_compile.py compile
public static class PyCompile
{
    /// <summary>The cfile path, or null when a compile error was reported (or silenced with quiet 2).</summary>
    /// <exception cref="PyCompileException">a compile error with <paramref name="doraise"/> and quiet &lt; 2.</exception>
    /// <exception cref="PythonOSError">reading the source or writing the pyc failed; or cfile is a symlink / not a regular file (FileExistsError).</exception>
    public static string? Compile(CompileHost host, TextWriter stderr, string file, string? cfile = null, string? dfile = null,
        bool doraise = false, int optimize = -1, PycInvalidationMode? invalidationMode = null, int quiet = 0)
    {
        invalidationMode ??= string.IsNullOrEmpty(host.SourceDateEpoch) ? PycInvalidationMode.Timestamp : PycInvalidationMode.CheckedHash;
        cfile ??= DefaultCfile(host, file, optimize);
        CheckTarget(cfile);
        byte[] source;
        try
        {
            source = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw PythonOSError.From(e, file);
        }
        Code.CodeObject code;
        try
        {
            code = host.Compile(source, dfile ?? file, optimize < 0 ? host.InterpreterOptimize : optimize);
        }
        catch (Exception e)
        {
            string message = host.FormatCompileError(e);
            if (quiet < 2)
            {
                if (doraise) throw new PyCompileException(message, dfile ?? file);
                stderr.Write(message + "\n");
            }
            return null;
        }
        WriteCache(file, source, code, cfile, invalidationMode.Value, host.UtcNow());
        return cfile;
    }

    /// <summary>Writes <paramref name="code"/> compiled from <paramref name="file"/> (whose bytes are
    /// <paramref name="source"/>) to <paramref name="cfile"/> atomically, with the source's mode bits.</summary>
    /// <exception cref="PythonOSError">creating the directory or writing the file failed.</exception>
    public static void WriteCache(string file, byte[] source, Code.CodeObject code, string cfile, PycInvalidationMode mode, DateTime utcNow)
    {
        try
        {
            string? directory = Path.GetDirectoryName(cfile);
            if (!string.IsNullOrEmpty(directory)) BytecodeCache.CreateDirectories(directory);
            PycHeader header = mode switch
            {
                PycInvalidationMode.Timestamp => BytecodeCache.TimestampHeader(SourceStat.Of(new FileInfo(file)), source, utcNow),
                _ => PycHeader.ForHash(SourceHash.ComputeValue(source), mode == PycInvalidationMode.CheckedHash),
            };
            AtomicFile.Write(cfile, PycFile.Encode(header, code), BytecodeCache.CalcMode(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PythonOSError.From(e, cfile);
        }
        catch (MarshalWriteException e)
        {
            throw new PythonOSError("ValueError", e.Message);
        }
    }

    /// <summary>The default cfile: optimize ≥ 1 → opt-N, 0 → no tag, -1 → the interpreter's level.</summary>
    public static string DefaultCfile(CompileHost host, string file, int optimize) => optimize >= 0
        ? CacheNaming.CacheFromSource(file, optimization: optimize >= 1 ? optimize.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            pycachePrefix: host.PycachePrefix, currentDirectory: host.CurrentDirectory)
        : CacheNaming.CacheFromSource(file, pycachePrefix: host.PycachePrefix, interpreterOptimize: host.InterpreterOptimize,
            currentDirectory: host.CurrentDirectory);

    private static void CheckTarget(string cfile)
    {
        var info = new FileInfo(cfile);
        if (info.LinkTarget is not null)
            throw new PythonOSError("FileExistsError", $"{cfile} is a symlink and will be changed into a regular file if import writes a byte-compiled file to it");
        if (Directory.Exists(cfile))
            throw new PythonOSError("FileExistsError", $"{cfile} is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it");
    }
}
