using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Disassembly;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Dis;

/// <summary>
/// <c>_sharpy_dis</c>: Sharpy's instruction set as <c>lib/opcode.py</c> and <c>lib/dis.py</c> see it. The
/// instruction table, argument kinds and stack effects live in <c>Sharpy.Bytecode.Opcodes</c>; this module
/// exposes them and decodes code objects (EXTENDED_ARG folding, jump targets, positions, exception table)
/// so that the Python side only formats.
/// </summary>
public static class DisNativeModule
{
    private const string ModuleName = "_sharpy_dis";

    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule(ModuleName);
        var d = m.Dict!;
        d.SetItem("HAVE_ARGUMENT", PyInt.From(OpcodeTable.HaveArgument));
        var opmap = new PyDict();
        var kinds = new PyDict();
        for (int value = 0; value < 256; value++)
        {
            if (!OpcodeTable.IsDefined((byte)value)) continue;
            var name = new PyStr(OpcodeTable.NameOf((byte)value));
            opmap.SetItem(name, PyInt.From(value));
            kinds.SetItem(PyInt.From(value), new PyStr(OpcodeTable.KindOf((Opcode)value).ToString()));
        }
        d.SetItem("opmap", opmap);
        d.SetItem("kinds", kinds);
        d.SetItem("cmp_op", PyTuple.Create(OpcodeTable.CompareOps.Select(s => (PyObject)new PyStr(s)).ToArray()));
        d.SetItem("binary_ops", PyTuple.Create(OpcodeTable.BinaryOps.Select(s => (PyObject)new PyStr(s)).ToArray()));
        d.DefFunction("stack_effect", (args, kw) =>
        {
            var a = ArgParser.Parse("stack_effect", args, kw, ["opcode", "oparg", "jump"], [], required: 1);
            long op = Ops.AsIndex(a[0]!);
            if (op is < 0 or > 255 || !OpcodeTable.IsDefined((byte)op)) throw new PythonException(PyExc.ValueError("invalid opcode or oparg"));
            bool hasArg = OpcodeTable.HasArgument((Opcode)op);
            PyObject? oparg = a[1] is PyNone ? null : a[1];
            if (hasArg && oparg is null) throw new PythonException(PyExc.ValueError("stack_effect: opcode requires oparg but oparg was not specified"));
            if (!hasArg && oparg is not null) throw new PythonException(PyExc.ValueError("stack_effect: opcode does not permit oparg but oparg was specified"));
            int arg = oparg is null ? 0 : (int)Ops.AsIndex(oparg);
            PyObject? jump = a[2] is PyNone ? null : a[2];
            try
            {
                if (jump is not null) return PyInt.From(OpcodeTable.StackEffect((Opcode)op, arg, Ops.IsTrue(jump)));
                // As CPython: without `jump`, the larger of the two effects.
                return PyInt.From(Math.Max(OpcodeTable.StackEffect((Opcode)op, arg, true), OpcodeTable.StackEffect((Opcode)op, arg, false)));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                throw new PythonException(PyExc.ValueError("invalid opcode or oparg"));
            }
        }, ModuleName);
        d.DefFunction("instructions", (args, kw) =>
        {
            var a = ArgParser.Parse("instructions", args, kw, ["code"], [], required: 1);
            return Instructions(CodeOf(a[0]!));
        }, ModuleName);
        d.DefFunction("exception_table", (args, kw) =>
        {
            var a = ArgParser.Parse("exception_table", args, kw, ["code"], [], required: 1);
            var result = new PyList();
            foreach (var e in Disassembler.SafeHandlers(CodeOf(a[0]!)))
                result.Append(PyTuple.Create([PyInt.From(e.Start * 2), PyInt.From(e.End * 2), PyInt.From(e.Target * 2),
                    PyInt.From(e.Depth), Py.Bool(e.PushLasti)]));
            return result;
        }, ModuleName);
        return m;
    }

    private static CodeObject CodeOf(PyObject o) => o is PyCode code
        ? code.Code
        : throw new PythonException(PyExc.TypeError($"expected a code object, not {o.Type.Name}"));

    /// <summary>One tuple per instruction: (opname, opcode, arg or None, kind, native argrepr, offset,
    /// starts_line or None, is_jump_target, (line, end_line, col, end_col) with None for unknown).</summary>
    private static PyList Instructions(CodeObject code)
    {
        var decoded = Disassembler.Decode(code.Code);
        var locations = Disassembler.SafeLocations(code, decoded.Count);
        var targets = Disassembler.JumpTargets(decoded, Disassembler.SafeHandlers(code));

        static PyObject Opt(int v) => v < 0 ? PyNone.Instance : PyInt.From(v);
        var result = new PyList();
        int previousLine = int.MinValue;
        foreach (var ins in decoded)
        {
            var location = ins.Index < locations.Length ? locations[ins.Index] : SourceLocation.None;
            PyObject startsLine = PyNone.Instance;
            if (location.Line >= 0 && location.Line != previousLine)
            {
                startsLine = PyInt.From(location.Line);
                previousLine = location.Line;
            }
            bool hasArg = OpcodeTable.HasArgument(ins.Op);
            result.Append(PyTuple.Create([
                new PyStr(OpcodeTable.NameOf(ins.Op)),
                PyInt.From((int)ins.Op),
                hasArg ? PyInt.From(ins.PrefixedArg) : PyNone.Instance,
                new PyStr(OpcodeTable.KindOf(ins.Op).ToString()),
                new PyStr(hasArg ? Disassembler.ArgRepr(code, ins) : ""),
                PyInt.From(ins.Index * 2),
                startsLine,
                Py.Bool(targets.Contains(ins.Index)),
                PyTuple.Create([Opt(location.Line), Opt(location.EndLine), Opt(location.Column), Opt(location.EndColumn)]),
            ]));
        }
        return result;
    }
}
