using Sharpy.Bytecode.Cache.Tools;

namespace Sharpy.Bytecode.Cache;

/// <summary><c>python -m py_compile [-q] FILE... | -</c>, with CPython 3.11's output and exit codes.</summary>
// CPython 3.11: Lib/py_compile.py main
public static class PyCompileTool
{
    private const string Usage = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n";

    private const string Help = Usage + """

        A simple command-line interface for py_compile module.

        positional arguments:
          filenames    Files to compile

        options:
          -h, --help   show this help message and exit
          -q, --quiet  Suppress error output

        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CompileHost host)
    {
        var parser = new ArgParser().Add("help", false, "-h", "--help").Add("quiet", false, "-q", "--quiet");
        List<string> filenames;
        bool quiet;
        try
        {
            var (options, positionals) = parser.Parse(args);
            if (options.Any(o => o.Dest == "help"))
            {
                stdout.Write(Help);
                return 0;
            }
            if (positionals.Count == 0) throw new UsageException("the following arguments are required: filenames");
            quiet = options.Any(o => o.Dest == "quiet");
            filenames = positionals;
        }
        catch (UsageException e)
        {
            stderr.Write(Usage + $"py_compile.py: error: {e.Message}\n");
            return 2;
        }

        if (filenames is ["-"])
        {
            filenames = [];
            while (host.Stdin.ReadLine() is string line) filenames.Add(line);
        }
        foreach (string name in filenames)
        {
            string filename = name.TrimEnd('\n');
            try
            {
                PyCompile.Compile(host, stderr, filename, doraise: true);
            }
            catch (PyCompileException e)
            {
                if (!quiet) stderr.Write(e.Message);
                return 1;
            }
            catch (PythonOSError e)
            {
                if (!quiet) stderr.Write(e.Message);
                return 1;
            }
        }
        return 0;
    }
}
