namespace Sharpy.Cli.CommandLine;

/// <summary>The version strings <c>-V</c> and <c>-VV</c> print.</summary>
internal static class VersionInfo
{
    /// <summary>The Python language version Sharpy implements (CPython's PY_VERSION).</summary>
    public const string Short = "3.11.7";

    /// <summary>CPython's Py_GetVersion() shape: version, build information, compiler.</summary>
    public static string Full => $"{Short} (sharpy, .NET {Environment.Version}) [Sharpy]";
}
