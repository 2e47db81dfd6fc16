using Sharpy.Bytecode.Code;
using Sharpy.Compiler.CodeGen;
using Sharpy.Compiler.Symbols;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// The compiler's entry point: AST → <see cref="CodeObject"/> (CPython 3.11's compile() after parsing).
/// Errors: <see cref="Sharpy.Syntax.Diagnostics.SyntaxErrorException"/> for compile-time SyntaxErrors,
/// <see cref="CompilerRecursionException"/> when nesting is too deep.
/// </summary>
public static class PythonCompiler
{
    public static CodeObject Compile(ModNode module, string filename, CompileMode mode, CompileOptions? options = null)
    {
        options ??= new CompileOptions();
        // compile()'s flags may carry PyCF_ALLOW_TOP_LEVEL_AWAIT (0x2000) instead of the option.
        if ((options.Flags & 0x2000) != 0 && !options.AllowTopLevelAwait) options = options with { AllowTopLevelAwait = true };
        var errors = new ErrorFactory(filename, options.Source);
        int futureFlags = options.Flags & CodeGenerator.FutureMask;
        int futureLine = FutureFeatures.Parse(module, errors, ref futureFlags);
        try
        {
            var table = SymbolTable.Build(module, errors, futureFlags, options.AllowTopLevelAwait);
            var generator = new CodeGenerator(table, errors, filename, options.Optimize, futureFlags, options.AllowTopLevelAwait)
            {
                futureLastLine = futureLine,
                warn = options.Warn,
            };
            return generator.CompileModule(module, mode);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new CompilerRecursionException();
        }
    }

    /// <summary>The future flags a module turns on (for compile()'s flag inheritance and the REPL).</summary>
    public static int FutureFlagsOf(ModNode module, string filename)
    {
        int flags = 0;
        FutureFeatures.Parse(module, new ErrorFactory(filename, null), ref flags);
        return flags;
    }
}

/// <summary>CPython 3.11: Python/future.c — the leading `from __future__ import ...` statements.</summary>
internal static class FutureFeatures
{
    /// <summary>Adds the features to <paramref name="flags"/>; returns the line of the last future import (-1 if none).</summary>
    public static int Parse(ModNode module, ErrorFactory errors, ref int flags)
    {
        List<StmtNode> body = module switch
        {
            Module m => m.Body,
            Interactive i => i.Body,
            _ => new List<StmtNode>(),
        };
        int lastLine = -1;
        int index = body.Count > 0 && body[0] is Expr { Value: Constant { Value: string } } ? 1 : 0;
        for (; index < body.Count; index++)
        {
            if (body[index] is not ImportFrom { Module: "__future__" } s)
            {
                RejectLateFutureOnSameLine(body, index, errors);
                break;
            }
            foreach (var alias in s.Names)
            {
                int flag = alias.Name switch
                {
                    "nested_scopes" or "generators" or "with_statement" => 0,
                    "division" => (int)CodeFlags.FutureDivision,
                    "absolute_import" => (int)CodeFlags.FutureAbsoluteImport,
                    "print_function" => (int)CodeFlags.FuturePrintFunction,
                    "unicode_literals" => (int)CodeFlags.FutureUnicodeLiterals,
                    "barry_as_FLUFL" => (int)CodeFlags.FutureBarryAsBdfl,
                    "generator_stop" => (int)CodeFlags.FutureGeneratorStop,
                    "annotations" => (int)CodeFlags.FutureAnnotations,
                    "braces" => throw errors.AtStart("not a chance", s.Lineno, s.ColOffset),
                    _ => throw errors.AtStart($"future feature {alias.Name} is not defined", s.Lineno, s.ColOffset),
                };
                flags |= flag;
            }
            lastLine = s.Lineno;
        }
        return lastLine;
    }

    /// <summary>
    /// CPython's future.c scans on through the line of the first ordinary statement, so a future import
    /// sharing that line ("x = 1; from __future__ import ...") is its error, located at the statement's
    /// 0-based column with no end (later lines are left to the code generator's check).
    /// </summary>
    private static void RejectLateFutureOnSameLine(List<StmtNode> body, int index, ErrorFactory errors)
    {
        int line = body[index].Lineno;
        for (int i = index + 1; i < body.Count && body[i].Lineno == line; i++)
            if (body[i] is ImportFrom { Module: "__future__" } late)
                throw errors.AtStart("from __future__ imports must occur at the beginning of the file", late.Lineno, late.ColOffset - 1);
    }
}
