using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// Runtime view of a <see cref="CodeObject"/>, built once: materialised constants, interned names,
/// pre-decoded instructions (EXTENDED_ARG folded in; prefixes become NOPs so jumps to them still
/// work), decoded exception table and inline-cache side arrays.
/// </summary>
public sealed class CodeInfo
{
    public readonly CodeObject Code;
    public readonly byte[] Ops;
    public readonly int[] Args;
    public readonly PyObject[] Consts;
    public readonly PyStr[] Names;
    public readonly PyStr[] VarNames;
    public readonly ExceptionTableEntry[] Handlers;
    public readonly int NLocals, NCells, NFree;
    /// <summary>For each cell, the index of the argument it is initialised from, or -1.</summary>
    public readonly int[] CellToArg;
    public readonly bool IsGenerator, IsCoroutine, IsAsyncGenerator;
    /// <summary>Fast-local slots that hold parameters (the first ones).</summary>
    public readonly int ArgSlots;
    private SourceLocation[]? _locations;
    public PyCode? PyCode;
    /// <summary>Library code standing in for C code in CPython: no traceback entries (see <see cref="NativeStandIns"/>).</summary>
    public bool NativeStandIn;
    /// <summary>Recycled frames of this code (see <see cref="Frame.ForCall"/>).</summary>
    internal Frame? FreeFrames;
    /// <summary>KW_NAMES constants as the string arrays calls take, by constant index (filled on first use).</summary>
    internal string[]?[]? KwNames;
    internal int FreeFrameCount;

    // Inline caches for LOAD_GLOBAL: (globals version, builtins version) → value.
    public readonly uint[] GlobalCacheGlobalsVer;
    public readonly uint[] GlobalCacheBuiltinsVer;
    public readonly PyObject?[] GlobalCacheValue;
    // Inline caches for LOAD_ATTR / LOAD_METHOD on instances: type version → descriptor found.
    public readonly uint[] AttrCacheTypeVer;
    public readonly PyObject?[] AttrCacheDescr;
    /// <summary>LOAD_ATTR on instances: the entry index of the name in the last instance dict seen.</summary>
    public readonly int[] AttrCacheDictIndex;

    private CodeInfo(CodeObject code)
    {
        Code = code;
        int n = code.Code.Length / 2;
        Ops = new byte[n];
        Args = new int[n];
        int ext = 0;
        for (int i = 0; i < n; i++)
        {
            byte op = code.Code[2 * i];
            int arg = code.Code[2 * i + 1] | ext;
            if (op == (byte)Opcode.EXTENDED_ARG)
            {
                ext = arg << 8;
                Ops[i] = (byte)Opcode.NOP;
                continue;
            }
            ext = 0;
            Ops[i] = op;
            Args[i] = arg;
        }
        Consts = new PyObject[code.Consts.Length];
        for (int i = 0; i < Consts.Length; i++) Consts[i] = Materialize(code.Consts[i]);
        Names = InternAll(code.Names);
        VarNames = InternAll(code.VarNames);
        Handlers = ExceptionTable.Decode(code.ExceptionTable);
        Superinstructions.Fuse(Ops, Args, Handlers);
        NLocals = code.VarNames.Length;
        NCells = code.CellVars.Length;
        NFree = code.FreeVars.Length;
        CellToArg = new int[NCells];
        int nargs = code.ArgCount + code.KwOnlyArgCount
            + ((code.Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((code.Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        ArgSlots = Math.Min(nargs, NLocals);
        for (int c = 0; c < NCells; c++)
        {
            CellToArg[c] = -1;
            for (int a = 0; a < Math.Min(nargs, code.VarNames.Length); a++)
                if (code.VarNames[a] == code.CellVars[c]) { CellToArg[c] = a; break; }
        }
        IsGenerator = (code.Flags & CodeFlags.Generator) != 0;
        IsCoroutine = (code.Flags & CodeFlags.Coroutine) != 0;
        IsAsyncGenerator = (code.Flags & CodeFlags.AsyncGenerator) != 0;
        // Inline caches are indexed by instruction, so they cost 36 bytes per instruction: give them only to
        // code that has the instructions using them (module and class bodies use LOAD_NAME, not LOAD_GLOBAL,
        // and run once).
        bool usesGlobals = false, usesAttributes = false;
        foreach (byte op in Ops)
        {
            if (op == (byte)Opcode.LOAD_GLOBAL) usesGlobals = true;
            else if (op is (byte)Opcode.LOAD_ATTR or (byte)Opcode.STORE_ATTR or (byte)Opcode.LOAD_METHOD
                     or Superinstructions.LoadFastLoadAttr) usesAttributes = true;
        }
        int globalSlots = usesGlobals ? n : 0, attributeSlots = usesAttributes ? n : 0;
        GlobalCacheGlobalsVer = new uint[globalSlots];
        GlobalCacheBuiltinsVer = new uint[globalSlots];
        GlobalCacheValue = new PyObject?[globalSlots];
        AttrCacheTypeVer = new uint[attributeSlots];
        AttrCacheDescr = new PyObject?[attributeSlots];
        AttrCacheDictIndex = new int[attributeSlots];
    }

    private static PyStr[] InternAll(string[] names)
    {
        if (names.Length == 0) return [];
        var result = new PyStr[names.Length];
        for (int i = 0; i < names.Length; i++) result[i] = PyStr.Intern(names[i]);
        return result;
    }

    public static CodeInfo For(CodeObject code)
    {
        if (code.RuntimeView is CodeInfo info) return info;
        info = new CodeInfo(code);
        code.RuntimeView = info;
        return info;
    }

    public SourceLocation[] Locations => _locations ??= LocationTable.Decode(Code.LineTable, Ops.Length, Code.FirstLineNo);

    public SourceLocation LocationOf(int index)
    {
        var locs = Locations;
        return index >= 0 && index < locs.Length ? locs[index] : SourceLocation.None;
    }

    public int LineOf(int index)
    {
        var l = LocationOf(index);
        return l.Line;
    }

    public static PyObject Materialize(object? c)
    {
        switch (c)
        {
            case null: return PyNone.Instance;
            case bool b: return Py.Bool(b);
            case BigInteger bi: return PyInt.From(bi);
            case double d: return new PyFloat(d);
            case Complex cx: return new PyComplex(cx);
            case string s: return PyStr.Intern(s);
            case ConstCodePointString cps: return PyStr.FromSplitSurrogates(cps.Text, cps.ToCodePoints());
            case byte[] bytes: return new PyBytes(bytes);
            case ConstEllipsis: return PyEllipsis.Instance;
            case ConstTuple t: return PyTuple.Create(t.Items.Select(Materialize).ToArray());
            case ConstFrozenSet fs:
                var first = new PySet(PyTypes.FrozenSet, true);
                foreach (var item in fs.Items) first.Add(Materialize(item));
                // CPython 3.11 compile.c merge_consts_recursive rebuilds every frozenset constant from its
                // iteration order; doing the same gives colliding items CPython's table layout.
                var set = new PySet(PyTypes.FrozenSet, true);
                var it = Objects.Ops.GetIter(first);
                while (Objects.Ops.Next(it) is { } x) set.Add(x);
                return set;
            case CodeObject co: return PyCode.Lazy(co); // nested functions' runtime views are built when first used
        }
        throw new InvalidOperationException("unknown constant " + c.GetType());
    }
}

/// <summary>The Python <c>code</c> object.</summary>
public sealed class PyCode : PyObject
{
    public readonly CodeObject Code;
    private CodeInfo? _info;
    private PyCode(CodeObject code) : base(PyTypes.Code) { Code = code; }

    /// <summary>The runtime view, built on first use (see <see cref="Lazy"/>).</summary>
    public CodeInfo Info => _info ?? InitInfo();

    private CodeInfo InitInfo()
    {
        var info = CodeInfo.For(Code);
        info.PyCode ??= this;
        return _info = info;
    }

    public static PyCode For(CodeObject code)
    {
        var info = CodeInfo.For(code);
        return info.PyCode ??= new PyCode(code) { _info = info };
    }

    /// <summary>
    /// A code object whose <see cref="CodeInfo"/> is built on first use: loading code (marshal.loads, the
    /// constants of a module's nested functions) then costs only the deserialisation, as in CPython.
    /// </summary>
    public static PyCode Lazy(CodeObject code) => new(code);
}
