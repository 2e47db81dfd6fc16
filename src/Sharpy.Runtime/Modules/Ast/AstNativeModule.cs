using System.Numerics;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;
using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Runtime.Modules.Ast;

/// <summary>
/// <c>_sharpy_ast</c>: the parser as <c>lib/ast.py</c> calls it. <c>parse(source, filename, mode, flags,
/// classes)</c> runs Sharpy's parser (the one the compiler uses, so positions and SyntaxErrors are the
/// same) and builds the tree out of the Python node classes in <c>classes</c> (name → class, defined by
/// ast.py), reading every node generically through <see cref="Node.FieldNames"/>/<see cref="Node.GetField"/>.
/// </summary>
public static class AstNativeModule
{
    private const string ModuleName = "_sharpy_ast";
    private const int TypeCommentsFlag = 0x1000;

    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule(ModuleName);
        m.Dict!.DefFunction("parse", (args, kw) =>
        {
            var a = ArgParser.Parse("parse", args, kw, ["source", "filename", "mode", "flags", "classes"], [], required: 5);
            string filename = Ops.StrString(a[1]!);
            string mode = Ops.StrString(a[2]!);
            int flags = (int)Ops.AsIndex(a[3]!);
            var parseMode = mode switch
            {
                "exec" => ParseMode.Exec,
                "eval" => ParseMode.Eval,
                "single" => ParseMode.Single,
                "func_type" => ParseMode.FuncType,
                _ => throw new PythonException(PyExc.ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")),
            };
            var options = new ParseOptions { TypeComments = (flags & TypeCommentsFlag) != 0 };
            ModNode tree;
            try
            {
                tree = a[0] switch
                {
                    PyStr s => PythonParser.Parse(s.Value, filename, parseMode, options),
                    PyBytes b => PythonParser.Parse(b.Value, filename, parseMode, options),
                    var other => throw new PythonException(PyExc.TypeError($"compile() arg 1 must be a string, bytes or AST object")),
                };
            }
            catch (Exception e) when (e is not PythonException)
            {
                throw new PythonException(SourceCompiler.FrontEndError(e));
            }
            return new Converter(a[4]!).Convert(tree);
        }, ModuleName);
        return m;
    }

    /// <summary>Builds Python node objects; operator and context nodes are shared per class within one tree, as CPython shares them.</summary>
    private sealed class Converter(PyObject classes)
    {
        private readonly Dictionary<string, PyObject> _classes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PyObject> _singletons = new(StringComparer.Ordinal);
        private int _depth;

        private PyObject Class(string name)
        {
            if (_classes.TryGetValue(name, out var cls)) return cls;
            cls = Ops.GetItem(classes, new PyStr(name));
            _classes[name] = cls;
            return cls;
        }

        private PyObject Singleton(string name)
        {
            if (!_singletons.TryGetValue(name, out var value))
                _singletons[name] = value = Ops.Call(Class(name));
            return value;
        }

        public PyObject Convert(object? value) => value switch
        {
            null => PyNone.Instance,
            Node node => ConvertNode(node),
            string s => new PyStr(s),
            bool b => Py.Bool(b),
            int i => PyInt.From(i),
            BigInteger big => PyInt.From(big),
            double d => new PyFloat(d),
            Complex c => new PyComplex(c),
            byte[] bytes => new PyBytes(bytes),
            EllipsisValue => PyEllipsis.Instance,
            CodePointString cps => PyStr.FromSplitSurrogates(cps.Text, cps.ToCodePoints()),
            ExprContext context => Singleton(context.ToString()),
            BoolOperator op => Singleton(op.ToString()),
            BinaryOperator op => Singleton(op.ToString()),
            UnaryOperator op => Singleton(op.ToString()),
            CompareOperator op => Singleton(op.ToString()),
            System.Collections.IList list => ConvertList(list),
            _ => throw new PythonException(PyExc.SystemError($"unexpected AST value {value.GetType().Name}")),
        };

        private PyList ConvertList(System.Collections.IList list)
        {
            var result = new PyList();
            result.EnsureCapacity(list.Count);
            foreach (object? item in list) result.Append(Convert(item));
            return result;
        }

        private PyObject ConvertNode(Node node)
        {
            // The parser bounds nesting, but each level here is a few .NET frames: stay within the stack.
            if (++_depth > 3000 || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded during ast construction"));
            try
            {
                var obj = Ops.Call(Class(node.PythonName));
                var names = node.FieldNames;
                for (int i = 0; i < names.Count; i++)
                    Ops.SetAttr(obj, PyStr.Intern(names[i]), Convert(node.GetField(i)));
                if (node.HasLocation)
                {
                    Ops.SetAttr(obj, PyStr.Intern("lineno"), PyInt.From(node.Lineno));
                    Ops.SetAttr(obj, PyStr.Intern("col_offset"), PyInt.From(node.ColOffset));
                    Ops.SetAttr(obj, PyStr.Intern("end_lineno"), PyInt.From(node.EndLineno));
                    Ops.SetAttr(obj, PyStr.Intern("end_col_offset"), PyInt.From(node.EndColOffset));
                }
                return obj;
            }
            finally
            {
                _depth--;
            }
        }
    }
}
