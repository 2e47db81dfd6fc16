using System.Numerics;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Disassembly;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Flow;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

/// <summary>match statements. CPython 3.11: compiler_match and compiler_pattern_*.</summary>
internal sealed partial class CodeGenerator
{
    private sealed class PatternContext
    {
        public List<string> Stores = new();
        public bool AllowIrrefutable;
        public List<BasicBlock> FailPop = new();
        public int OnTop;
    }

    private static bool IsWildcard(PatternNode p) => p is MatchAs { Pattern: null, Name: null };
    private static bool IsWildcardStar(PatternNode p) => p is MatchStar { Name: null };

    private void CompileMatch(Match s)
    {
        VisitExpr(s.Subject);
        var end = NewBlock();
        int cases = s.Cases.Count;
        bool hasDefault = IsWildcard(s.Cases[^1].Pattern) && cases > 1;
        int last = cases - (hasDefault ? 1 : 0) - 1;
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var m = s.Cases[i];
            SetLocation(m.Pattern);
            if (i != last) Emit(Opcode.COPY, 1);
            var pc = new PatternContext { AllowIrrefutable = m.Guard is not null || i == cases - 1 };
            CompilePattern(m.Pattern, pc);
            foreach (var name in pc.Stores) NameOp(name, ExprContext.Store);
            if (m.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }
            if (i != last) Emit(Opcode.POP_TOP);
            VisitStatements(m.Body);
            EmitJump(PseudoOp.Jump, end);
            SetLocation(m.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault)
        {
            var m = s.Cases[^1];
            SetLocation(m.Pattern);
            Emit(cases == 1 ? Opcode.POP_TOP : Opcode.NOP);
            if (m.Guard is not null) JumpIf(m.Guard, end, false);
            VisitStatements(m.Body);
        }
        UseNextBlock(end);
    }

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count <= n) pc.FailPop.Add(NewBlock());
    }

    private void JumpToFailPop(PatternContext pc, int op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        EmitJump(op, pc.FailPop[pops]);
    }

    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseNextBlock(pc.FailPop[i]);
            Emit(Opcode.POP_TOP);
        }
        UseNextBlock(pc.FailPop[0]);
        pc.FailPop = new List<BasicBlock>();
    }

    private void Rotate(int count)
    {
        while (count > 1) Emit(Opcode.SWAP, count--);
    }

    private void StoreCapture(string? name, PatternContext pc, PatternNode p)
    {
        if (name is null) { Emit(Opcode.POP_TOP); return; }
        // CPython 3.11 pattern_helper_store_name: compiler_error at the current location, i.e. the last
        // (sub-)pattern compiled (for `P as x` and `**rest`, not the capture itself).
        if (name == "__debug__") throw Error("cannot assign to __debug__");
        if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern");
        Rotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    private void CompileSubpattern(PatternNode p, PatternContext pc)
    {
        bool saved = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = saved;
    }

    private void CompilePattern(PatternNode p, PatternContext pc)
    {
        Deeper();
        try
        {
            // Like CPython, the location is not restored: errors raised later point at the last sub-pattern.
            SetLocation(p);
            switch (p)
            {
                case MatchValue v:
                    if (v.Value is not (Constant or Attribute) && !(ConstantFolder.TryFold(v.Value, optimize, out _)))
                        throw Error("patterns may only match literals and attribute lookups", v);
                    VisitExpr(v.Value);
                    EmitCompare(CompareOperator.Eq);
                    JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
                    break;
                case MatchSingleton s:
                    LoadConst(ConvertConstant(s.Value));
                    EmitCompare(CompareOperator.Is);
                    JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
                    break;
                case MatchSequence s: PatternSequence(s, pc); break;
                case MatchMapping m: PatternMapping(m, pc); break;
                case MatchClass c: PatternClass(c, pc); break;
                case MatchStar s: StoreCapture(s.Name, pc, s); break;
                case MatchAs a:
                    if (a.Pattern is null)
                    {
                        if (!pc.AllowIrrefutable)
                        {
                            if (a.Name is not null) throw Error($"name capture '{a.Name}' makes remaining patterns unreachable", a);
                            throw Error("wildcard makes remaining patterns unreachable", a);
                        }
                        StoreCapture(a.Name, pc, a);
                        break;
                    }
                    pc.OnTop++;
                    Emit(Opcode.COPY, 1);
                    CompilePattern(a.Pattern, pc);
                    pc.OnTop--;
                    StoreCapture(a.Name, pc, a);
                    break;
                case MatchOr o: PatternOr(o, pc); break;
            }
        }
        finally { nesting--; }
    }

    private void PatternSequence(MatchSequence s, PatternContext pc)
    {
        var patterns = s.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            if (patterns[i] is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern", s); // compiler_error at the sequence pattern
                starWildcard = IsWildcardStar(patterns[i]);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(patterns[i]);
        }
        pc.OnTop++;
        Emit(Opcode.MATCH_SEQUENCE);
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        if (star < 0)
        {
            Emit(Opcode.GET_LEN);
            LoadConst(new BigInteger(size));
            EmitCompare(CompareOperator.Eq);
            JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        }
        else if (size > 1)
        {
            Emit(Opcode.GET_LEN);
            LoadConst(new BigInteger(size - 1));
            EmitCompare(CompareOperator.GtE);
            JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        }
        pc.OnTop--;
        if (onlyWildcard) Emit(Opcode.POP_TOP);
        else if (starWildcard) SequenceSubscript(patterns, star, pc);
        else SequenceUnpack(patterns, pc);
    }

    private void SequenceUnpack(List<PatternNode> patterns, PatternContext pc)
    {
        int n = patterns.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (patterns[i] is not MatchStar) continue;
            if (seenStar) throw Error("multiple starred expressions in sequence pattern", patterns[i]);
            Emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
            seenStar = true;
        }
        if (!seenStar) Emit(Opcode.UNPACK_SEQUENCE, n);
        pc.OnTop += n;
        foreach (var pattern in patterns)
        {
            pc.OnTop--;
            CompileSubpattern(pattern, pc);
        }
    }

    private void SequenceSubscript(List<PatternNode> patterns, int star, PatternContext pc)
    {
        pc.OnTop++;
        int size = patterns.Count;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (IsWildcard(pattern) || i == star) continue;
            Emit(Opcode.COPY, 1);
            if (i < star) LoadConst(new BigInteger(i));
            else
            {
                Emit(Opcode.GET_LEN);
                LoadConst(new BigInteger(size - i));
                Emit(Opcode.BINARY_OP, BinaryOpArg(BinaryOperator.Sub));
            }
            Emit(Opcode.BINARY_SUBSCR);
            CompileSubpattern(pattern, pc);
        }
        pc.OnTop--;
        Emit(Opcode.POP_TOP);
    }

    private static object? NormalizeKey(object? value) => value switch
    {
        bool b => b ? BigInteger.One : BigInteger.Zero,
        double d when Math.Floor(d) == d && !double.IsInfinity(d) => new BigInteger(d),
        _ => value,
    };

    private void PatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        int size = keys.Count;
        if (size != p.Patterns.Count)
            throw Error($"keys ({size}) / patterns ({p.Patterns.Count}) length mismatch in mapping pattern", p);
        string? starTarget = p.Rest;
        pc.OnTop++;
        Emit(Opcode.MATCH_MAPPING);
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        if (size == 0 && starTarget is null)
        {
            pc.OnTop--;
            Emit(Opcode.POP_TOP);
            return;
        }
        if (size > 0)
        {
            Emit(Opcode.GET_LEN);
            LoadConst(new BigInteger(size));
            EmitCompare(CompareOperator.GtE);
            JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        }
        var seen = new List<object?>();
        foreach (var key in keys)
        {
            if (ConstantFolder.TryFold(key, optimize, out var constant) && key is not Attribute)
            {
                var normalized = NormalizeKey(constant);
                if (seen.Any(x => ConstantKey.Instance.Equals(x, normalized)))
                    throw Error($"mapping pattern checks duplicate key ({ConstantRepr.Repr(constant)})");
                seen.Add(normalized);
            }
            else if (key is not Attribute)
                throw Error("mapping pattern keys may only match literals and attribute lookups");
            VisitExpr(key);
        }
        Emit(Opcode.BUILD_TUPLE, size);
        Emit(Opcode.MATCH_KEYS);
        pc.OnTop += 2;
        Emit(Opcode.COPY, 1);
        LoadConst(null);
        Emit(Opcode.IS_OP, 1);
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        Emit(Opcode.UNPACK_SEQUENCE, size);
        pc.OnTop += size - 1;
        foreach (var pattern in p.Patterns)
        {
            pc.OnTop--;
            CompileSubpattern(pattern, pc);
        }
        pc.OnTop -= 2;
        if (starTarget is not null)
        {
            Emit(Opcode.BUILD_MAP, 0);
            Emit(Opcode.SWAP, 3);
            Emit(Opcode.DICT_UPDATE, 2);
            Emit(Opcode.UNPACK_SEQUENCE, size);
            while (size > 0)
            {
                Emit(Opcode.COPY, 1 + size--);
                Emit(Opcode.SWAP, 2);
                Emit(Opcode.DELETE_SUBSCR);
            }
            StoreCapture(starTarget, pc, p);
        }
        else
        {
            Emit(Opcode.POP_TOP);
            Emit(Opcode.POP_TOP);
        }
    }

    private void PatternClass(MatchClass p, PatternContext pc)
    {
        int nargs = p.Patterns.Count, nattrs = p.KwdAttrs.Count;
        if (nattrs != p.KwdPatterns.Count)
            throw Error($"kwd_attrs ({nattrs}) / kwd_patterns ({p.KwdPatterns.Count}) length mismatch in class pattern", p);
        for (int i = 0; i < nattrs; i++)
        {
            if (p.KwdAttrs[i] == "__debug__") throw Error("cannot assign to __debug__", p.KwdPatterns[i]);
            for (int j = i + 1; j < nattrs; j++)
                if (p.KwdAttrs[i] == p.KwdAttrs[j])
                    throw Error($"attribute name repeated in class pattern: {p.KwdAttrs[i]}", p.KwdPatterns[j]);
        }
        VisitExpr(p.Cls);
        LoadConst(new ConstTuple(p.KwdAttrs.Select(a => (object?)a).ToArray()));
        Emit(Opcode.MATCH_CLASS, nargs);
        Emit(Opcode.COPY, 1);
        LoadConst(null);
        Emit(Opcode.IS_OP, 1);
        pc.OnTop++;
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        Emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pattern = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(pattern)) { Emit(Opcode.POP_TOP); continue; }
            CompileSubpattern(pattern, pc);
        }
    }

    private void PatternOr(MatchOr p, PatternContext pc)
    {
        var end = NewBlock();
        int size = p.Patterns.Count;
        var oldStores = pc.Stores;
        bool oldAllow = pc.AllowIrrefutable;
        var oldFailPop = pc.FailPop;
        int oldOnTop = pc.OnTop;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            SetLocation(alt);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            Emit(Opcode.COPY, 1);
            CompilePattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0) control = pc.Stores;
            else if (nstores != control!.Count) throw Error("alternative patterns bind different names");
            else if (nstores > 0)
            {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    string name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0) throw Error("alternative patterns bind different names");
                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0) Rotate(icontrol + 1);
                    }
                }
            }
            EmitJump(PseudoOp.Jump, end);
            EmitAndResetFailPop(pc);
        }
        pc.Stores = oldStores;
        pc.AllowIrrefutable = oldAllow;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;
        Emit(Opcode.POP_TOP);
        JumpToFailPop(pc, PseudoOp.Jump);
        UseNextBlock(end);
        int count = control!.Count;
        int nrots = count + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < count; i++)
        {
            Rotate(nrots);
            string name = control[i];
            if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", p);
            pc.Stores.Add(name);
        }
        Emit(Opcode.POP_TOP);
    }
}
