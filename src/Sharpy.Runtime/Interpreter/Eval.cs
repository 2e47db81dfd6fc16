using Sharpy.Runtime.Modules.Signal;
using Sharpy.Runtime.Modules.Weakref;
using System.Runtime.CompilerServices;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// The evaluation loop: ONE flat loop over a heap stack of frames. Python→Python calls push a frame
/// and continue the same loop; exceptions raised by Python code are values routed through the
/// exception table; only native code throws (<see cref="PythonException"/>), caught once outside
/// the dispatch loop.
/// </summary>
public static partial class Eval
{
    /// <summary>Run <paramref name="entry"/> until it returns or yields. Exceptions escape as PythonException.</summary>
    public static PyObject Run(Frame entry, PyBaseException? injected = null) => Run(PythonRuntime.Current, entry, injected);

    /// <summary>As <see cref="Run(Frame, PyBaseException?)"/>, for callers that already hold the thread's runtime
    /// (a generator resumed by native code: the thread-static lookup is paid once per resumption, not twice).</summary>
    internal static PyObject Run(PythonRuntime rt, Frame entry, PyBaseException? injected)
    {
        // Native code driving Python (sum over a generator, sort keys) never reaches the loop's
        // periodic point below, so a GIL handover is also offered here (null while single-threaded).
        if (rt.Gil is { DropRequest: true } gil) gil.Yield();
        var ts = rt.PyThreadState;
        int savedDepth = ts.Depth;
        var savedTop = ts.TopFrame;
        if (++ts.Depth > ts.RecursionLimit)
        {
            ts.Depth = savedDepth;
            throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded"));
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.Depth = savedDepth;
            throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded"));
        }
        entry.Back ??= savedTop;
        try
        {
            var result = Loop(rt, ts, entry, entry, injected);
            while (ReferenceEquals(result, TrampolineSignal.Instance))
            {
                // The periodic point where another thread may take the GIL (null while single-threaded).
                if (rt.Gil is { DropRequest: true } handover) handover.Yield();
                // __del__ (Objects/Finalization.cs): collect here, outside Loop, whose .NET locals may still hold the object.
                if (Finalization.Pending != 0 || Finalization.CollectionRequested) Finalization.Service();
                // Python signal handlers run here on the main thread; one that raises raises where the frame stands.
                var raised = PendingSignals.AnyPending ? PendingSignals.RunHandlers(rt) : null;
                result = Loop(rt, ts, entry, ts.TopFrame!, raised);
            }
            return result;
        }
        finally
        {
            ts.Depth = savedDepth;
            ts.TopFrame = savedTop;
        }
    }

    private static PyObject Loop(PythonRuntime rt, PyThreadState ts, Frame entry, Frame resumeAt, PyBaseException? injected)
    {
        Frame f = resumeAt;
        PyBaseException? exc = injected;
        bool addTraceback = true;
        int budget = TrampolineSignal.Budget;
        while (true)
        {
            PyBaseException? escape = null;
            try
            {
                if (exc != null) goto exception_unwind;
            reload:
                ts.TopFrame = f;
                var info = f.Info;
                // While a trace or profile function is set, every instruction first goes through TRACE (see Tracing).
                byte[] ops = ts.TraceFunc == null && ts.ProfileFunc == null ? info.Ops : Tracing.InstrumentedOps(info);
                int[] opargs = info.Args;
                PyObject?[] stackArray = f.Stack;
                // Span stores skip the covariance check that every store into a PyObject[] pays.
                Span<PyObject?> stack = stackArray;
                Span<PyObject?> fast = f.Fast;
                PyObject[] consts = info.Consts;
                int sp = f.Sp;
                int pc = f.Pc;
                while (true)
                {
                    int op = ops[pc];
                    int arg = opargs[pc];
                    f.LastI = pc;
                    pc++;
                dispatch:
                    switch ((Opcode)op)
                    {
                        case (Opcode)Tracing.TraceOpcode:
                            op = Tracing.RealOpcode(info, pc - 1);
                            f.Sp = sp; f.Pc = pc;
                            exc = Tracing.BeforeInstruction(ts, f, pc - 1, op, sp > 0 ? stack[sp - 1] : null);
                            if (exc != null) goto error;
                            goto dispatch;
                        case Opcode.NOP:
                            continue;
                        case Opcode.POP_TOP:
                        {
                            var popped = stack[--sp];
                            stack[sp] = null;
                            // A temporary (`Obj()` as a statement, `lst.pop()`) may have been the last reference.
                            if (popped is PyGenerator) NoteUnawaited(popped);
                            if (Finalization.Live != 0 && DroppedHere(f, sp, popped, Finalization.DropSite.Pop)) goto trampoline;
                            continue;
                        }
                        case Opcode.PUSH_NULL:
                            stack[sp++] = null;
                            continue;
                        case Opcode.POP_ITER:
                        {
                            var iterator = stack[--sp];
                            stack[sp] = null;
                            if (iterator is PyGenerator { OwnedByLoop: true } owned)
                            {
                                f.Sp = sp; f.Pc = pc;
                                owned.CloseAbandoned();
                            }
                            continue;
                        }
                        case Opcode.COPY:
                            stack[sp] = stack[sp - arg];
                            sp++;
                            continue;
                        case Opcode.SWAP:
                            (stack[sp - 1], stack[sp - arg]) = (stack[sp - arg], stack[sp - 1]);
                            continue;
                        case Opcode.LOAD_CONST:
                            stack[sp++] = consts[arg];
                            continue;
                        case Opcode.LOAD_FAST:
                        {
                            var v = fast[arg];
                            if (v == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            stack[sp++] = v;
                            continue;
                        }
                        case Opcode.STORE_FAST:
                        {
                            // Rebinding may drop the last reference to an object with __del__ (Objects/Finalization.cs).
                            var old = Finalization.Live != 0 ? fast[arg] : null;
                            fast[arg] = stack[--sp];
                            stack[sp] = null;
                            if (old != null && DroppedHere(f, sp, old, Finalization.DropSite.Rebind)) { stack[sp..].Clear(); goto trampoline; }
                            continue;
                        }
                        case Opcode.DELETE_FAST:
                        {
                            var old = fast[arg];
                            if (old == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            fast[arg] = null;
                            if (old is PyGenerator) NoteUnawaited(old);
                            if ((Finalization.Live != 0 || WeakRefRegistry.Any) && DroppedHere(f, sp, old, Finalization.DropSite.Delete)) { stack[sp..].Clear(); goto trampoline; }
                            continue;
                        }
                        case Opcode.LOAD_GLOBAL:
                        {
                            int ni = arg >> 1;
                            PyObject? v;
                            if (info.GlobalCacheGlobalsVer[pc - 1] == f.Globals.Version && info.GlobalCacheBuiltinsVer[pc - 1] == f.Builtins.Version)
                                v = info.GlobalCacheValue[pc - 1];
                            else
                            {
                                var name = info.Names[ni];
                                v = f.Globals.GetItem(name) ?? f.Builtins.GetItem(name);
                                if (v == null) { exc = PyExc.NameError(name.Value); goto error; }
                                info.GlobalCacheGlobalsVer[pc - 1] = f.Globals.Version;
                                info.GlobalCacheBuiltinsVer[pc - 1] = f.Builtins.Version;
                                info.GlobalCacheValue[pc - 1] = v;
                            }
                            if ((arg & 1) != 0) stack[sp++] = null;
                            stack[sp++] = v;
                            continue;
                        }
                        case Opcode.STORE_GLOBAL:
                        {
                            var old = f.Globals.ExchangeItem(info.Names[arg], stack[--sp]!);
                            stack[sp] = null;
                            if (old != null && MayFinalizeOnRebind(old) && DroppedHere(f, sp, old, Finalization.DropSite.Rebind)) { stack[sp..].Clear(); goto trampoline; }
                            continue;
                        }
                        case Opcode.DELETE_GLOBAL:
                        {
                            var old = f.Globals.GetItem(info.Names[arg]);
                            if (!f.Globals.Remove(info.Names[arg])) { exc = PyExc.NameError(info.Names[arg].Value); goto error; }
                            NoteUnawaited(old);
                            if (old != null && DroppedHere(f, sp, old, Finalization.DropSite.Delete)) { stack[sp..].Clear(); goto trampoline; }
                            continue;
                        }
                        case Opcode.LOAD_NAME:
                        {
                            var name = info.Names[arg];
                            PyObject? v = f.LocalsMap is PyDict ld && ReferenceEquals(ld.Type, PyTypes.Dict) ? ld.GetItem(name)
                                : LookupMapping(f.LocalsMap!, name);
                            v ??= f.Globals.GetItem(name) ?? f.Builtins.GetItem(name);
                            if (v == null) { exc = PyExc.NameError(name.Value); goto error; }
                            stack[sp++] = v;
                            continue;
                        }
                        case Opcode.STORE_NAME:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            PyObject? old = null;
                            if (f.LocalsMap is PyDict ld && ReferenceEquals(ld.Type, PyTypes.Dict))
                            {
                                old = ld.ExchangeItem(info.Names[arg], v);
                            }
                            else Ops.SetItem(f.LocalsMap!, info.Names[arg], v);
                            if (old != null && MayFinalizeOnRebind(old) && DroppedHere(f, sp, old, Finalization.DropSite.Rebind)) { stack[sp..].Clear(); goto trampoline; }
                            continue;
                        }
                        case Opcode.DELETE_NAME:
                        {
                            var name = info.Names[arg];
                            PyObject? old = null;
                            if (f.LocalsMap is PyDict ld && ReferenceEquals(ld.Type, PyTypes.Dict))
                            {
                                old = ld.GetItem(name);
                                if (!ld.Remove(name)) { exc = PyExc.NameError(name.Value); goto error; }
                            }
                            else Ops.DelItem(f.LocalsMap!, name);
                            // __del__ without reference counting (Objects/Finalization.cs): the collection CPython's refcount would do
                            NoteUnawaited(old);
                            if (old != null && DroppedHere(f, sp, old, Finalization.DropSite.Delete)) { stack[sp..].Clear(); goto trampoline; }
                            continue;
                        }
                        case Opcode.LOAD_CLOSURE:
                            stack[sp++] = f.Cells[arg];
                            continue;
                        case Opcode.LOAD_DEREF:
                        {
                            var v = f.Cells[arg].Value;
                            if (v == null) { exc = UnboundDeref(info, arg); goto error; }
                            stack[sp++] = v;
                            continue;
                        }
                        case Opcode.LOAD_CLASSDEREF:
                        {
                            int idx = arg - info.NCells;
                            string nm = idx >= 0 ? info.Code.FreeVars[idx] : info.Code.CellVars[arg];
                            PyObject? v = f.LocalsMap is PyDict ld ? ld.GetItem(nm) : LookupMapping(f.LocalsMap!, PyStr.Intern(nm));
                            v ??= f.Cells[arg].Value;
                            if (v == null) { exc = UnboundDeref(info, arg); goto error; }
                            stack[sp++] = v;
                            continue;
                        }
                        case Opcode.STORE_DEREF:
                            f.Cells[arg].Value = stack[--sp];
                            stack[sp] = null;
                            continue;
                        case Opcode.DELETE_DEREF:
                            if (f.Cells[arg].Value == null) { exc = UnboundDeref(info, arg); goto error; }
                            f.Cells[arg].Value = null;
                            continue;
                        case Opcode.LOAD_ATTR:
                            stack[sp - 1] = LoadAttr(info, pc - 1, stack[sp - 1]!, info.Names[arg]);
                            continue;
                        case Opcode.STORE_ATTR:
                        {
                            var o = stack[--sp]!;
                            var v = stack[--sp]!;
                            stack[sp] = stack[sp + 1] = null;
                            var replaced = AttributeAboutToDrop(o, info.Names[arg]);
                            if (!(o is PyInstance && !o.Type.HasSetattr && StoreInstanceAttr(info, pc - 1, o, info.Names[arg], v)))
                                Ops.SetAttr(o, info.Names[arg], v);
                            if (replaced != null && DroppedHere(f, sp, replaced, Finalization.DropSite.Rebind)) goto trampoline;
                            continue;
                        }
                        case Opcode.DELETE_ATTR:
                        {
                            var o = stack[--sp]!;
                            stack[sp] = null;
                            var removed = AttributeAboutToDrop(o, info.Names[arg]);
                            Ops.SetAttr(o, info.Names[arg], null);
                            if (removed != null && DroppedHere(f, sp, removed, Finalization.DropSite.Delete)) goto trampoline;
                            continue;
                        }
                        case Opcode.LOAD_METHOD:
                        {
                            var o = stack[sp - 1]!;
                            if (TryLoadMethod(info, pc - 1, o, info.Names[arg], out var meth))
                            {
                                stack[sp - 1] = meth;
                                stack[sp++] = o;
                            }
                            else
                            {
                                stack[sp - 1] = null;
                                stack[sp++] = meth;
                            }
                            continue;
                        }
                        case Opcode.UNARY_POSITIVE:
                            stack[sp - 1] = Ops.Positive(stack[sp - 1]!);
                            continue;
                        case Opcode.UNARY_NEGATIVE:
                            stack[sp - 1] = Ops.Negative(stack[sp - 1]!);
                            continue;
                        case Opcode.UNARY_NOT:
                            stack[sp - 1] = Py.Bool(!Ops.IsTrue(stack[sp - 1]!));
                            continue;
                        case Opcode.UNARY_INVERT:
                            stack[sp - 1] = Ops.Invert(stack[sp - 1]!);
                            continue;
                        // Fused instructions (Superinstructions.cs): pc points at the second part on entry.
                        case (Opcode)Superinstructions.LoadFastLoadFast:
                        {
                            var a = fast[arg];
                            if (a == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            int bi = opargs[pc];
                            var b = fast[bi];
                            if (b == null) { f.LastI = pc; exc = PyExc.NameError(info.Code.VarNames[bi], unbound: true); goto error; }
                            stack[sp++] = a;
                            stack[sp++] = b;
                            pc++;
                            continue;
                        }
                        case (Opcode)Superinstructions.LoadFastLoadFastBinaryOp:
                        {
                            var a = fast[arg];
                            if (a == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            int bi = opargs[pc];
                            var b = fast[bi];
                            if (b == null) { f.LastI = pc; exc = PyExc.NameError(info.Code.VarNames[bi], unbound: true); goto error; }
                            f.LastI = pc + 1;
                            var r = FastBinary(a, b, opargs[pc + 1]);
                            if (r == null)
                            {
                                // Not plain arithmetic: run the BINARY_OP itself, which may push a dunder's frame.
                                stack[sp++] = a;
                                stack[sp++] = b;
                                arg = opargs[pc + 1];
                                pc += 2;
                                goto case Opcode.BINARY_OP;
                            }
                            stack[sp++] = r;
                            pc += 2;
                            continue;
                        }
                        case (Opcode)Superinstructions.LoadFastLoadConstBinaryOp:
                        {
                            var a = fast[arg];
                            if (a == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            var b = consts[opargs[pc]];
                            f.LastI = pc + 1;
                            var r = FastBinary(a, b, opargs[pc + 1]);
                            if (r == null)
                            {
                                // Not plain arithmetic: run the BINARY_OP itself, which may push a dunder's frame.
                                stack[sp++] = a;
                                stack[sp++] = b;
                                arg = opargs[pc + 1];
                                pc += 2;
                                goto case Opcode.BINARY_OP;
                            }
                            stack[sp++] = r;
                            pc += 2;
                            continue;
                        }
                        case (Opcode)Superinstructions.LoadFastLoadConstSubscr:
                        {
                            var container = fast[arg];
                            if (container == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            var k = consts[opargs[pc]];
                            f.LastI = pc + 1;
                            if (!container.Type.IsBuiltin)
                            {
                                // A Python class's __getitem__ runs as a frame pushed by BINARY_SUBSCR itself.
                                stack[sp++] = container;
                                stack[sp++] = k;
                                pc += 2;
                                goto case Opcode.BINARY_SUBSCR;
                            }
                            pc += 2;
                            var item = Subscript(container, k);
                            if (item == null) { exc = PyExc.KeyError(k); goto error; }
                            stack[sp++] = item;
                            continue;
                        }
                        case (Opcode)Superinstructions.LoadFastLoadAttr:
                        {
                            var o = fast[arg];
                            if (o == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            f.LastI = pc;
                            stack[sp++] = LoadAttr(info, pc, o, info.Names[opargs[pc]]);
                            pc++;
                            continue;
                        }
                        case (Opcode)Superinstructions.LoadFastLoadMethod:
                        {
                            var o = fast[arg];
                            if (o == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            f.LastI = pc;
                            if (TryLoadMethod(info, pc, o, info.Names[opargs[pc]], out var meth))
                            {
                                stack[sp++] = meth;
                                stack[sp++] = o;
                            }
                            else
                            {
                                stack[sp++] = null;
                                stack[sp++] = meth;
                            }
                            pc++;
                            continue;
                        }
                        case (Opcode)Superinstructions.LoadFastStoreAttr:
                        {
                            var o = fast[arg];
                            if (o == null) { exc = PyExc.NameError(info.Code.VarNames[arg], unbound: true); goto error; }
                            f.LastI = pc;
                            var name = info.Names[opargs[pc]];
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            var replaced = AttributeAboutToDrop(o, name);
                            if (!(o is PyInstance && !o.Type.HasSetattr && StoreInstanceAttr(info, pc, o, name, v)))
                                Ops.SetAttr(o, name, v);
                            pc++;
                            if (replaced != null && DroppedHere(f, sp, replaced, Finalization.DropSite.Rebind)) goto trampoline;
                            continue;
                        }
                        case (Opcode)Superinstructions.CopyPairSubscr:
                        {
                            // [c, k] -> [c, k, c[k]]
                            var k = stack[sp - 1]!;
                            var container = stack[sp - 2]!;
                            f.LastI = pc + 1;
                            pc += 2;
                            var item = Subscript(container, k);
                            if (item == null) { exc = PyExc.KeyError(k); goto error; }
                            stack[sp++] = item;
                            continue;
                        }
                        case (Opcode)Superinstructions.SwapPairStoreSubscr:
                        {
                            // [c, k, v] -> c[k] = v
                            var v = stack[--sp]!;
                            var k = stack[--sp]!;
                            var c = stack[--sp]!;
                            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                            f.LastI = pc + 1;
                            pc += 2;
                            if (StoreSubscript(f, sp, c, k, v)) goto trampoline;
                            continue;
                        }
                        case (Opcode)Superinstructions.CompareOpJump:
                        {
                            var b = stack[--sp]!;
                            var a = stack[--sp]!;
                            var r = FastCompare(a, b, arg);
                            if (r == null && Ops.CompareDunderFunction(a, b, arg) is { } cmpDunder)
                            {
                                // Returns to the jump itself (ops[pc] is still the POP_JUMP), which tests the result.
                                var nf = MakeFrame(cmpDunder, new ReadOnlySpan<PyObject>((PyObject[])(object)stackArray, sp, 2), null);
                                stack[sp] = stack[sp + 1] = null;
                                if (PushCompareFrame(ts, ref f, nf, a, b, arg, sp, pc, ref budget, out exc)) { if (exc != null) goto error; return TrampolineSignal.Instance; }
                                goto reload;
                            }
                            stack[sp] = stack[sp + 1] = null;
                            r ??= Ops.RichCompare(a, b, arg);
                            // The jump's truth test may raise (a rich comparison returning an object whose __bool__ fails).
                            f.LastI = pc;
                            var jump = (Opcode)info.Ops[pc];
                            int target = opargs[pc];
                            pc++;
                            bool truth = ReferenceEquals(r, Py.True) || (!ReferenceEquals(r, Py.False) && Ops.IsTrue(r));
                            if (truth == (jump is Opcode.POP_JUMP_FORWARD_IF_TRUE or Opcode.POP_JUMP_BACKWARD_IF_TRUE))
                            {
                                pc = target;
                                if ((jump is Opcode.POP_JUMP_BACKWARD_IF_FALSE or Opcode.POP_JUMP_BACKWARD_IF_TRUE) && --budget == 0) goto trampoline;
                            }
                            continue;
                        }
                        case (Opcode)Superinstructions.BinaryOpStoreFast:
                        {
                            var result = FastBinary(stack[sp - 2]!, stack[sp - 1]!, arg);
                            // Not plain arithmetic: BINARY_OP then the STORE_FAST still at ops[pc], so a dunder can
                            // run as a pushed frame.
                            if (result == null) goto case Opcode.BINARY_OP;
                            stack[--sp] = null;
                            stack[--sp] = null;
                            int local = opargs[pc];
                            pc++;
                            // As STORE_FAST: the rebinding may drop the last reference to an object with __del__.
                            var old = Finalization.Live != 0 ? fast[local] : null;
                            fast[local] = result;
                            if (old != null && DroppedHere(f, sp, old, Finalization.DropSite.Rebind)) goto trampoline;
                            continue;
                        }
                        case Opcode.BINARY_OP:
                        {
                            var b = stack[--sp]!;
                            var a = stack[sp - 1]!;
                            var r = FastBinary(a, b, arg);
                            // A Python-level dunder runs as a pushed frame, as CALL runs a function; its
                            // NotImplemented is handled at RETURN_VALUE (Frame.OperandLeft).
                            if (r == null && Ops.BinaryDunderFunction(a, b, arg, out bool inplaceMethod) is { } dunder)
                            {
                                var nf = MakeFrame(dunder, new ReadOnlySpan<PyObject>((PyObject[])(object)stackArray, sp - 1, 2), null);
                                nf.OperandLeft = a;
                                nf.OperandRight = b;
                                nf.OperandOp = arg | (inplaceMethod ? Frame.InplaceMethodFlag : 0);
                                stack[sp] = null;
                                stack[--sp] = null;
                                if (PushDunderFrame(ts, ref f, nf, sp, pc, ref budget, out exc)) { if (exc != null) goto error; return TrampolineSignal.Instance; }
                                goto reload;
                            }
                            stack[sp] = null;
                            stack[sp - 1] = r ?? Ops.BinaryOp(a, b, arg);
                            continue;
                        }
                        case Opcode.COMPARE_OP:
                        {
                            var b = stack[--sp]!;
                            var a = stack[sp - 1]!;
                            var r = FastCompare(a, b, arg);
                            if (r == null && Ops.CompareDunderFunction(a, b, arg) is { } cmpDunder)
                            {
                                var nf = MakeFrame(cmpDunder, new ReadOnlySpan<PyObject>((PyObject[])(object)stackArray, sp - 1, 2), null);
                                stack[sp] = null;
                                stack[--sp] = null;
                                if (PushCompareFrame(ts, ref f, nf, a, b, arg, sp, pc, ref budget, out exc)) { if (exc != null) goto error; return TrampolineSignal.Instance; }
                                goto reload;
                            }
                            stack[sp] = null;
                            stack[sp - 1] = r ?? Ops.RichCompare(a, b, arg);
                            continue;
                        }
                        case Opcode.IS_OP:
                        {
                            var b = stack[--sp];
                            stack[sp] = null;
                            bool r = ReferenceEquals(stack[sp - 1], b);
                            stack[sp - 1] = Py.Bool(r != (arg != 0));
                            continue;
                        }
                        case Opcode.CONTAINS_OP:
                        {
                            var b = stack[--sp]!;
                            stack[sp] = null;
                            bool r = Ops.Contains(b, stack[sp - 1]!);
                            stack[sp - 1] = Py.Bool(r != (arg != 0));
                            continue;
                        }
                        case Opcode.BINARY_SUBSCR:
                        {
                            var k = stack[--sp]!;
                            var container = stack[sp - 1]!;
                            if (Ops.SubscriptDunderFunction(container) is { } getitem)
                            {
                                var nf = MakeFrame(getitem, new ReadOnlySpan<PyObject>((PyObject[])(object)stackArray, sp - 1, 2), null);
                                stack[sp] = null;
                                stack[--sp] = null;
                                if (PushDunderFrame(ts, ref f, nf, sp, pc, ref budget, out exc)) { if (exc != null) goto error; return TrampolineSignal.Instance; }
                                goto reload;
                            }
                            stack[sp] = null;
                            var item = Subscript(container, k);
                            if (item == null) { exc = PyExc.KeyError(k); goto error; }
                            stack[sp - 1] = item;
                            continue;
                        }
                        case Opcode.STORE_SUBSCR:
                        {
                            var k = stack[--sp]!;
                            var c = stack[--sp]!;
                            var v = stack[--sp]!;
                            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                            if (StoreSubscript(f, sp, c, k, v)) goto trampoline;
                            continue;
                        }
                        case Opcode.DELETE_SUBSCR:
                        {
                            var k = stack[--sp]!;
                            var c = stack[--sp]!;
                            stack[sp] = stack[sp + 1] = null;
                            var removed = ItemAboutToDrop(c, k);
                            Ops.DelItem(c, k);
                            if (removed != null && DroppedHere(f, sp, removed, Finalization.DropSite.Container)) goto trampoline;
                            continue;
                        }
                        case Opcode.BUILD_SLICE:
                        {
                            PyObject step = arg == 3 ? stack[--sp]! : PyNone.Instance;
                            var stop = stack[--sp]!;
                            var start = stack[sp - 1]!;
                            stack[sp - 1] = new PySlice(start, stop, step);
                            continue;
                        }
                        case Opcode.BUILD_TUPLE:
                        {
                            var items = new PyObject[arg];
                            sp -= arg;
                            Array.Copy(stackArray, sp, items, 0, arg);
                            Array.Clear(stackArray, sp, arg);
                            stack[sp++] = PyTuple.Create(items);
                            continue;
                        }
                        case Opcode.BUILD_LIST:
                        {
                            var items = new PyObject[arg];
                            sp -= arg;
                            Array.Copy(stackArray, sp, items, 0, arg);
                            Array.Clear(stackArray, sp, arg);
                            stack[sp++] = new PyList(items);
                            continue;
                        }
                        case Opcode.BUILD_SET:
                        {
                            var set = new PySet();
                            sp -= arg;
                            for (int i = 0; i < arg; i++) { set.Add(stack[sp + i]!); stack[sp + i] = null; }
                            stack[sp++] = set;
                            continue;
                        }
                        case Opcode.BUILD_MAP:
                        {
                            var d = new PyDict();
                            sp -= 2 * arg;
                            for (int i = 0; i < arg; i++) d.SetItem(stack[sp + 2 * i]!, stack[sp + 2 * i + 1]!);
                            Array.Clear(stackArray, sp, 2 * arg);
                            stack[sp++] = d;
                            continue;
                        }
                        case Opcode.BUILD_CONST_KEY_MAP:
                        {
                            var keys = (PyTuple)stack[--sp]!;
                            var d = new PyDict();
                            sp -= arg;
                            for (int i = 0; i < arg; i++) d.SetItem(keys.Items[i], stack[sp + i]!);
                            Array.Clear(stackArray, sp, arg + 1);
                            stack[sp++] = d;
                            continue;
                        }
                        case Opcode.BUILD_STRING:
                        {
                            sp -= arg;
                            var sb = new System.Text.StringBuilder();
                            for (int i = 0; i < arg; i++) { sb.Append(((PyStr)stack[sp + i]!).Value); stack[sp + i] = null; }
                            stack[sp++] = PyStr.New(sb.ToString());
                            continue;
                        }
                        case Opcode.LIST_TO_TUPLE:
                            stack[sp - 1] = PyTuple.Create(((PyList)stack[sp - 1]!).ToArray());
                            continue;
                        case Opcode.LIST_APPEND:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            ((PyList)stack[sp - arg]!).Append(v);
                            continue;
                        }
                        case Opcode.SET_ADD:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            ((PySet)stack[sp - arg]!).Add(v);
                            continue;
                        }
                        case Opcode.MAP_ADD:
                        {
                            var v = stack[--sp]!;
                            var k = stack[--sp]!;
                            stack[sp] = stack[sp + 1] = null;
                            ((PyDict)stack[sp - arg]!).SetItem(k, v);
                            continue;
                        }
                        case Opcode.LIST_EXTEND:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            ListExtend((PyList)stack[sp - arg]!, v);
                            continue;
                        }
                        case Opcode.SET_UPDATE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            SetUpdate((PySet)stack[sp - arg]!, v);
                            continue;
                        }
                        case Opcode.DICT_UPDATE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            DictUpdate((PyDict)stack[sp - arg]!, v, null);
                            continue;
                        }
                        case Opcode.DICT_MERGE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            DictUpdate((PyDict)stack[sp - arg]!, v, stack[sp - arg - 2]!);
                            continue;
                        }
                        case Opcode.UNPACK_SEQUENCE:
                        {
                            var seq = stack[--sp]!;
                            stack[sp] = null;
                            UnpackSequence(seq, arg, stack, ref sp);
                            continue;
                        }
                        case Opcode.UNPACK_EX:
                        {
                            var seq = stack[--sp]!;
                            stack[sp] = null;
                            UnpackEx(seq, arg & 0xFF, arg >> 8, stackArray, ref sp);
                            continue;
                        }
                        case Opcode.JUMP_FORWARD:
                        case Opcode.JUMP_BACKWARD_NO_INTERRUPT:
                            pc = arg;
                            continue;
                        case Opcode.JUMP_BACKWARD:
                            pc = arg;
                            if (--budget == 0) goto trampoline;
                            continue;
                        case Opcode.POP_JUMP_FORWARD_IF_FALSE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            if (ReferenceEquals(v, Py.False) || (!ReferenceEquals(v, Py.True) && !Ops.IsTrue(v))) pc = arg;
                            continue;
                        }
                        case Opcode.POP_JUMP_BACKWARD_IF_FALSE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            if (ReferenceEquals(v, Py.False) || (!ReferenceEquals(v, Py.True) && !Ops.IsTrue(v)))
                            {
                                pc = arg;
                                if (--budget == 0) goto trampoline;
                            }
                            continue;
                        }
                        case Opcode.POP_JUMP_FORWARD_IF_TRUE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            if (ReferenceEquals(v, Py.True) || (!ReferenceEquals(v, Py.False) && Ops.IsTrue(v))) pc = arg;
                            continue;
                        }
                        case Opcode.POP_JUMP_BACKWARD_IF_TRUE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            if (ReferenceEquals(v, Py.True) || (!ReferenceEquals(v, Py.False) && Ops.IsTrue(v)))
                            {
                                pc = arg;
                                if (--budget == 0) goto trampoline;
                            }
                            continue;
                        }
                        case Opcode.POP_JUMP_FORWARD_IF_NONE:
                        case Opcode.POP_JUMP_BACKWARD_IF_NONE:
                            if (stack[--sp] is PyNone) pc = arg;
                            stack[sp] = null;
                            continue;
                        case Opcode.POP_JUMP_FORWARD_IF_NOT_NONE:
                        case Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                            if (stack[--sp] is not PyNone) pc = arg;
                            stack[sp] = null;
                            continue;
                        case Opcode.JUMP_IF_FALSE_OR_POP:
                            if (!Ops.IsTrue(stack[sp - 1]!)) pc = arg;
                            else stack[--sp] = null;
                            continue;
                        case Opcode.JUMP_IF_TRUE_OR_POP:
                            if (Ops.IsTrue(stack[sp - 1]!)) pc = arg;
                            else stack[--sp] = null;
                            continue;
                        case Opcode.GET_ITER:
                            stack[sp - 1] = Ops.GetIter(stack[sp - 1]!);
                            continue;
                        case Opcode.FOR_ITER:
                        {
                            var it = stack[sp - 1]!;
                            PyObject? v;
                            if (it is PyIterator ni) v = ni.Next();
                            else if (it is PyGenerator g && g.Kind == GeneratorKind.Generator)
                            {
                                f.Sp = sp; f.Pc = pc;
                                if (g.TryEnterInline(f, ts)) { f = g.Frame; goto reload; }
                                v = g.ResumeForIter();
                            }
                            else v = Ops.Next(it);
                            if (v != null) { stack[sp++] = v; continue; }
                            stack[--sp] = null;
                            pc = arg;
                            if (Finalization.CollectionRequested) goto trampoline;   // the iterator let go of its sequence
                            continue;
                        }
                        case Opcode.CALL:
                        {
                            string[]? kw = f.PendingKwNames;
                            f.PendingKwNames = null;
                            int baseIdx = sp - arg - 2;
                            PyObject? first = stack[baseIdx];
                            PyObject callable;
                            int argStart, n;
                            if (first == null)
                            {
                                callable = stack[baseIdx + 1]!;
                                if (callable is PyMethod pm && pm.Function is PyFunction)
                                {
                                    stack[baseIdx] = callable = pm.Function;
                                    stack[baseIdx + 1] = pm.Self;
                                    argStart = baseIdx + 1; n = arg + 1;
                                }
                                else { argStart = baseIdx + 2; n = arg; }
                            }
                            else { callable = first; argStart = baseIdx + 1; n = arg + 1; }
                            Frame? nf = null;
                            if (callable is PyFunction pf && !pf.Code.Info.IsGenerator && !pf.Code.Info.IsCoroutine && !pf.Code.Info.IsAsyncGenerator)
                                nf = MakeFrame(pf, new ReadOnlySpan<PyObject>((PyObject[])(object)stackArray, argStart, n), kw);
                            else if (callable is PyType ct && ct.PlainInit() is { } initFn)
                            {
                                // Class call: allocate here and run __init__ as a pushed frame whose
                                // RETURN_VALUE yields the instance (see Frame.InitSelf).
                                var obj = ct.AllocatePlain();
                                stack[argStart - 1] = obj;
                                nf = MakeFrame(initFn, new ReadOnlySpan<PyObject>((PyObject[])(object)stackArray, argStart - 1, n + 1), kw);
                                nf.InitSelf = obj;
                            }
                            else if (callable is PyType nt && nt.PlainNew() is { } newFn)
                            {
                                // Class whose Python __new__ makes the instance: the slot below the arguments
                                // holds the class itself, which becomes __new__'s first argument.
                                nf = MakeFrame(newFn, new ReadOnlySpan<PyObject>((PyObject[])(object)stackArray, argStart - 1, n + 1), kw);
                            }
                            if (nf != null)
                            {
                                stack.Slice(baseIdx, sp - baseIdx).Clear();
                                sp = baseIdx;
                                f.Sp = sp; f.Pc = pc;
                                if (++ts.Depth > ts.RecursionLimit)
                                {
                                    ts.Depth--;
                                    exc = PyExc.RecursionError("maximum recursion depth exceeded");
                                    goto error;
                                }
                                nf.Back = f;
                                f = nf;
                                // Not `goto trampoline`: that would save the caller's sp/pc into the new frame.
                                if (--budget == 0) { ts.TopFrame = f; return TrampolineSignal.Instance; }
                                goto reload;
                            }
                            f.Sp = sp; f.Pc = pc;
                            var result = Ops.Call(callable, new ReadOnlySpan<PyObject>((PyObject[])(object)stackArray, argStart, n), kw);
                            var droppedArg = Finalization.Live != 0 && Finalization.MayCollectAt(Finalization.DropSite.Pop) ? Finalization.FirstMayFreeTracked(stack.Slice(baseIdx, sp - baseIdx), result) : null;
                            stack.Slice(baseIdx, sp - baseIdx).Clear();
                            sp = baseIdx;
                            stack[sp++] = result;
                            if (result is PyGenerator created) PyGenerator.ClaimForLoop(created, callable, info, pc);
                            // A native callee's arguments die with the call (`len([Obj()])`).
                            if (droppedArg != null && DroppedHere(f, sp, droppedArg, Finalization.DropSite.Pop)) goto trampoline;
                            if (ts.HooksInstalled) goto hooks_installed;
                            continue;
                        }
                        case Opcode.KW_NAMES:
                            f.PendingKwNames = KwNamesOf(info, arg);
                            continue;
                        case Opcode.CALL_FUNCTION_EX:
                        {
                            PyDict? kwargs = null;
                            if ((arg & 1) != 0) kwargs = ToKwargsDict(stack[--sp]!, stack[sp - 2]!);
                            var posObj = stack[--sp]!;
                            var callable = stack[--sp]!;
                            sp--; // NULL
                            var pos = posObj is PyTuple pt ? pt.Items : ToPositional(posObj, callable);
                            f.Sp = sp; f.Pc = pc;
                            var result = Ops.CallEx(callable, pos, kwargs);
                            Array.Clear(stackArray, sp, 4);
                            stack[sp++] = result;
                            if (ts.HooksInstalled) goto hooks_installed;
                            continue;
                        }
                        case Opcode.MAKE_FUNCTION:
                            sp = MakeFunction(f, stackArray, sp, arg);
                            continue;
                        case Opcode.RETURN_VALUE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            f.Sp = sp;
                            f.Finished = true;
                            if (f.InlineResumed)
                            {
                                // A generator run by its caller's FOR_ITER finished: the loop is exhausted.
                                var caller = f.Back!;
                                f.Generator!.LeaveInline(ts);
                                f = caller;
                                f.Stack[--f.Sp] = null;
                                f.Pc = f.Info.Args[f.Pc - 1];
                                goto reload;
                            }
                            if (ReferenceEquals(f, entry)) return v;
                            var back = f.Back!;
                            ts.Depth--;
                            var initSelf = f.InitSelf;
                            var operandLeft = f.OperandLeft;
                            PyObject? operandRight = null;
                            int operandOp = 0;
                            if (operandLeft != null)
                            {
                                (operandRight, operandOp) = (f.OperandRight, f.OperandOp);
                                f.OperandLeft = f.OperandRight = null;
                            }
                            // A local that dies with the frame may be the last reference to an object with __del__.
                            bool droppedTracked = Finalization.Live != 0 && Finalization.DroppedLocals(f.Fast, v, initSelf, back);
                            Frame.Recycle(f);
                            f = back;
                            if (initSelf != null)
                            {
                                if (v is not PyNone)
                                {
                                    exc = PyExc.TypeError($"__init__() should return None, not '{v.Type.Name}'");
                                    goto error;
                                }
                                v = initSelf;
                            }
                            if (operandLeft != null) v = FinishOperatorFrame(ts, f, v, operandLeft, operandRight!, operandOp);
                            // Through a span: a PyObject[] store pays a covariance check for v's type.
                            f.Stack.AsSpan()[f.Sp++] = v;
                            if (droppedTracked)
                            {
                                ts.TopFrame = f;
                                return TrampolineSignal.Instance;
                            }
                            goto reload;
                        }
                        case Opcode.YIELD_VALUE:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            f.Sp = sp; f.Pc = pc;
                            f.Yielded = true;
                            if (info.Handlers.Length != 0 && f.Generator is { FinalizerArmed: false } suspending)
                                suspending.ArmFinalizerIfInTry(pc - 1);
                            if (f.InlineResumed)
                            {
                                // Back to the FOR_ITER that resumed this generator: its next value.
                                var caller = f.Back!;
                                f.Generator!.LeaveInline(ts);
                                f = caller;
                                f.Stack.AsSpan()[f.Sp++] = v;
                                goto reload;
                            }
                            return v;
                        }
                        case Opcode.ASYNC_GEN_WRAP:
                            stack[sp - 1] = new AsyncGenWrapped(stack[sp - 1]!);
                            continue;
                        case Opcode.RAISE_VARARGS:
                        {
                            if (arg == 0)
                            {
                                if (ts.CurrentException is not PyBaseException cur)
                                {
                                    exc = PyExc.RuntimeError("No active exception to reraise");
                                    goto error;
                                }
                                exc = cur;
                                addTraceback = false;
                                goto exception_unwind;
                            }
                            PyObject? cause = arg == 2 ? stack[--sp] : null;
                            var e = stack[--sp]!;
                            exc = MakeRaise(e, cause, arg == 2);
                            goto error;
                        }
                        case Opcode.RERAISE:
                        {
                            var e = (PyBaseException)stack[--sp]!;
                            // CPython updates f_lasti from the saved value, but the handler lookup still uses
                            // the RERAISE's own offset; our traceback entry for this frame already exists.
                            exc = e;
                            addTraceback = false;
                            goto exception_unwind;
                        }
                        case Opcode.PUSH_EXC_INFO:
                        {
                            var e = stack[sp - 1]!;
                            stack[sp - 1] = ts.CurrentException;
                            stack[sp++] = e;
                            ts.CurrentException = e;
                            continue;
                        }
                        case Opcode.POP_EXCEPT:
                            ts.CurrentException = stack[--sp] ?? PyNone.Instance;
                            stack[sp] = null;
                            continue;
                        case Opcode.CHECK_EXC_MATCH:
                        {
                            var t = stack[sp - 1]!;
                            CheckExceptType(t);
                            stack[sp - 1] = Py.Bool(Ops.IsInstance(stack[sp - 2]!, t));
                            continue;
                        }
                        case Opcode.CHECK_EG_MATCH:
                        {
                            var t = stack[--sp]!;
                            var e = stack[--sp]!;
                            CheckExceptType(t, star: true);
                            // An earlier except* clause may have consumed the whole group: nothing left to match.
                            var (match, rest) = e is PyBaseException be
                                ? ExceptionGroups.SplitForExceptStar(be, t)
                                : (PyNone.Instance, PyNone.Instance);
                            if (match is PyNone)
                            {
                                stack[sp++] = e;
                                stack[sp++] = PyNone.Instance;
                            }
                            else
                            {
                                stack[sp++] = rest;
                                stack[sp++] = match;
                                ts.CurrentException = match;
                            }
                            continue;
                        }
                        case Opcode.PREP_RERAISE_STAR:
                        {
                            var list = (PyList)stack[--sp]!;
                            var orig = stack[sp - 1]!;
                            stack[sp] = null;
                            stack[sp - 1] = ExceptionGroups.PrepReraiseStar(orig, list);
                            continue;
                        }
                        case Opcode.LOAD_ASSERTION_ERROR:
                            stack[sp++] = PyExc.AssertionError;
                            continue;
                        case Opcode.LOAD_BUILD_CLASS:
                        {
                            var bc = f.Builtins.GetItem("__build_class__");
                            if (bc == null) { exc = PyExc.Create(PyExc.NameErrorType, "__build_class__ not found"); goto error; }
                            stack[sp++] = bc;
                            continue;
                        }
                        case Opcode.SETUP_ANNOTATIONS:
                            SetupAnnotations(f);
                            continue;
                        case Opcode.BEFORE_WITH:
                        {
                            var mgr = stack[sp - 1]!;
                            var (exit, entered) = BeforeWith(mgr, false);
                            stack[sp - 1] = exit;
                            stack[sp++] = entered;
                            continue;
                        }
                        case Opcode.BEFORE_ASYNC_WITH:
                        {
                            var mgr = stack[sp - 1]!;
                            var (exit, entered) = BeforeWith(mgr, true);
                            stack[sp - 1] = exit;
                            stack[sp++] = GetAwaitable(entered, 1);
                            continue;
                        }
                        case Opcode.WITH_EXCEPT_START:
                        {
                            var e = stack[sp - 1]!;
                            var exit = stack[sp - 4]!;
                            var tb = (e as PyBaseException)?.Traceback as PyObject ?? PyNone.Instance;
                            stack[sp++] = Ops.Call(exit, e.Type, e, tb);
                            continue;
                        }
                        case Opcode.GET_LEN:
                            stack[sp] = PyInt.From(Ops.Len(stack[sp - 1]!));
                            sp++;
                            continue;
                        case Opcode.MATCH_MAPPING:
                            stack[sp] = Py.Bool(Matching.IsMapping(stack[sp - 1]!));
                            sp++;
                            continue;
                        case Opcode.MATCH_SEQUENCE:
                            stack[sp] = Py.Bool(Matching.IsSequence(stack[sp - 1]!));
                            sp++;
                            continue;
                        case Opcode.MATCH_KEYS:
                            stack[sp] = Matching.MatchKeys(stack[sp - 2]!, (PyTuple)stack[sp - 1]!);
                            sp++;
                            continue;
                        case Opcode.MATCH_CLASS:
                        {
                            var names = (PyTuple)stack[--sp]!;
                            var cls = stack[--sp]!;
                            var subject = stack[sp - 1]!;
                            stack[sp] = stack[sp + 1] = null;
                            stack[sp - 1] = Matching.MatchClass(subject, cls, arg, names);
                            continue;
                        }
                        case Opcode.FORMAT_VALUE:
                        {
                            PyObject? spec = (arg & 4) != 0 ? stack[--sp] : null;
                            var v = stack[sp - 1]!;
                            v = (arg & 3) switch
                            {
                                1 => Ops.Str(v),
                                2 => Ops.Repr(v),
                                3 => new PyStr(Builtins.BuiltinsModule.Ascii(Ops.ReprString(v))),
                                _ => v,
                            };
                            if (spec == null && v is PyStr vs && ReferenceEquals(v.Type, PyTypes.Str)) stack[sp - 1] = vs;
                            else stack[sp - 1] = Ops.Format(v, spec is PyStr ss ? ss.Value : "");
                            stack[sp] = null;
                            continue;
                        }
                        case Opcode.IMPORT_NAME:
                        {
                            var fromlist = stack[--sp]!;
                            var level = stack[sp - 1]!;
                            stack[sp] = null;
                            stack[sp - 1] = ImportName(rt, f, info.Names[arg].Value, fromlist, level);
                            continue;
                        }
                        case Opcode.IMPORT_FROM:
                            stack[sp] = ImportFrom(stack[sp - 1]!, info.Names[arg]);
                            sp++;
                            continue;
                        case Opcode.IMPORT_STAR:
                        {
                            var m = stack[--sp]!;
                            stack[sp] = null;
                            ImportStar(f, m);
                            continue;
                        }
                        case Opcode.PRINT_EXPR:
                        {
                            var v = stack[--sp]!;
                            stack[sp] = null;
                            var hook = rt.Sys.Dict!.GetItem("displayhook");
                            if (hook == null) { exc = PyExc.RuntimeError("lost sys.displayhook"); goto error; }
                            Ops.Call(hook, v);
                            continue;
                        }
                        case Opcode.GET_YIELD_FROM_ITER:
                        {
                            var o = stack[sp - 1]!;
                            if (o is PyGenerator g)
                            {
                                if (g.Kind == GeneratorKind.Coroutine && !info.IsCoroutine && (info.Code.Flags & CodeFlags.IterableCoroutine) == 0)
                                {
                                    exc = PyExc.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                                    goto error;
                                }
                                continue;
                            }
                            stack[sp - 1] = Ops.GetIter(o);
                            continue;
                        }
                        case Opcode.GET_AWAITABLE:
                            stack[sp - 1] = GetAwaitable(stack[sp - 1]!, arg);
                            continue;
                        case Opcode.SEND:
                        {
                            var v = stack[--sp]!;
                            var recv = stack[sp - 1]!;
                            stack[sp] = null;
                            f.Sp = sp; f.Pc = pc;
                            if (SendTo(recv, v, out var result))
                            {
                                stack[sp++] = result;
                                continue;
                            }
                            stack[sp - 1] = result;
                            pc = arg;
                            continue;
                        }
                        case Opcode.GET_AITER:
                            stack[sp - 1] = GetAIter(stack[sp - 1]!);
                            continue;
                        case Opcode.GET_ANEXT:
                            stack[sp] = GetANext(stack[sp - 1]!);
                            sp++;
                            continue;
                        case Opcode.END_ASYNC_FOR:
                        {
                            var e = (PyBaseException)stack[--sp]!;
                            stack[sp] = null;
                            if (e.IsInstance(PyExc.StopAsyncIteration))
                            {
                                stack[--sp] = null;
                                continue;
                            }
                            exc = e;
                            addTraceback = false;
                            goto exception_unwind;
                        }
                        default:
                            exc = PyExc.SystemError($"unknown opcode {op}");
                            goto error;
                    }
                }

            hooks_installed:
                // sys.settrace/setprofile ran: continue this frame over the instrumented ops (see Tracing).
                ts.HooksInstalled = false;
                f.Sp = sp; f.Pc = pc;
                goto reload;
            trampoline:
                // Leave and re-enter Loop (see Run): the JIT can only install newly compiled code for
                // this method at a call boundary.
                f.Sp = sp; f.Pc = pc;
                return TrampolineSignal.Instance;

            error:
                addTraceback = true;
                ChainContext(ts, exc!);
            exception_unwind:
                if (Unwind(ts, ref f, entry, ref exc!, addTraceback))
                {
                    exc = null;
                    addTraceback = true;
                    goto reload;
                }
                escape = exc;
            }
            catch (PythonException e)
            {
                exc = e.Value;
                ChainContext(ts, exc);
                if (Unwind(ts, ref f, entry, ref exc, true)) { exc = null; }
                else escape = exc;
            }
            catch (Exception e) when (e is not PythonException)
            {
                exc = ConvertClrException(e);
                ChainContext(ts, exc);
                if (Unwind(ts, ref f, entry, ref exc, true)) { exc = null; }
                else escape = exc;
            }
            if (escape != null) throw new PythonException(escape);
            addTraceback = true;
        }
    }

    internal static PyBaseException ConvertClrException(Exception e) => e switch
    {
        InsufficientExecutionStackException => PyExc.RecursionError("maximum recursion depth exceeded"),
        OutOfMemoryException => new PyBaseException(PyExc.MemoryError),
        Sharpy.Syntax.Diagnostics.SyntaxErrorException se => SourceCompiler.ToSyntaxError(se),
        Sharpy.Compiler.CompilerRecursionException => PyExc.RecursionError("maximum recursion depth exceeded during compilation"),
        _ => PyExc.SystemError($"internal error: {e.GetType().Name}: {e.Message}"),
    };

    private static void ChainContext(PyThreadState ts, PyBaseException exc)
    {
        if (ts.CurrentException is PyBaseException cur && !ReferenceEquals(cur, exc) && exc.Context == null)
        {
            // Avoid creating a cycle (CPython 3.11: Python/errors.c _PyErr_SetObject).
            var o = cur;
            while (o.Context != null)
            {
                if (ReferenceEquals(o.Context, exc)) { o.Context = null; break; }
                o = o.Context;
            }
            exc.Context = cur;
        }
    }

    /// <summary>Find a handler for <paramref name="exc"/>, popping frames up to <paramref name="entry"/>.</summary>
    private static bool Unwind(PyThreadState ts, ref Frame f, Frame entry, ref PyBaseException exc, bool addTraceback)
    {
        while (true)
        {
            if (addTraceback)
            {
                Frame.MarkEscaped(f);
                if (!NativeStandIns.IsStandIn(f)) exc.Traceback = new PyTraceback(exc.Traceback, f, f.LastI);
                if ((f.TraceFunc != null || f.PendingCCall != null) && Tracing.OnException(ts, f, exc) is { } traceError) exc = traceError;
            }
            addTraceback = true;
            var handler = ExceptionTable.Find(f.Info.Handlers, f.LastI);
            if (handler is { } h)
            {
                PyGenerator.CloseOwnedIterators(f, h.Depth);
                var stack = f.Stack;
                for (int i = h.Depth; i < f.Stack.Length; i++) stack[i] = null;
                int sp = h.Depth;
                if (h.PushLasti) stack[sp++] = PyInt.From(f.LastI);
                stack[sp++] = exc;
                f.Sp = sp;
                f.Pc = h.Target;
                return true;
            }
            PyGenerator.CloseOwnedIterators(f, 0);
            f.Finished = true;
            if ((ts.TraceFunc != null || ts.ProfileFunc != null) && Tracing.OnUnwind(ts, f) is { } unwindError) exc = unwindError;
            if (f.InlineResumed)
            {
                // The exception leaves a generator that its caller's FOR_ITER runs inline.
                var caller = f.Back!;
                var gen = f.Generator!;
                gen.LeaveInline(ts);
                exc = gen.ConvertEscaping(exc);
                f = caller;
                continue;
            }
            if (ReferenceEquals(f, entry)) return false;
            ts.Depth--;
            if (f.OperandLeft != null)
            {
                // A comparison's frame also releases do_richcompare's level; a frame kept by the traceback
                // should not keep the operands alive.
                if ((f.OperandOp & Frame.CompareFlag) != 0) ts.Depth--;
                f.OperandLeft = f.OperandRight = null;
            }
            f = f.Back!;
        }
    }

    private static PyBaseException UnboundDeref(CodeInfo info, int arg)
    {
        if (arg < info.NCells) return PyExc.NameError(info.Code.CellVars[arg], unbound: true);
        var name = info.Code.FreeVars[arg - info.NCells];
        var e = PyExc.Create(PyExc.NameErrorType, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
        e.SetField("name", new PyStr(name));
        return e;
    }

    private static PyObject? LookupMapping(PyObject mapping, PyStr name)
    {
        if (mapping is PyDict d && d.Type.Lookup("__getitem__") is PyMethodDescriptor) return d.GetItem(name);
        try { return Ops.GetItem(mapping, name); }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.KeyErrorType)) { return null; }
    }
}
