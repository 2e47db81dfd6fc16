using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

public enum GeneratorKind { Generator, Coroutine, AsyncGenerator }

/// <summary>Wrapper marking a value yielded by an async generator (ASYNC_GEN_WRAP).</summary>
public sealed class AsyncGenWrapped : PyObject
{
    public readonly PyObject Value;
    public AsyncGenWrapped(PyObject v) : base(PyTypes.Object) { Value = v; }
}

/// <summary>Generator, coroutine and async generator objects: a suspended frame resumed by the loop.</summary>
public sealed class PyGenerator : PyObject
{
    public readonly Frame Frame;
    public readonly GeneratorKind Kind;
    public bool Running;
    public bool Started;
    /// <summary>An async generator on which aclose() was started (CPython's ag_closed).</summary>
    public bool AsyncClosed;
    /// <summary>sys.set_asyncgen_hooks were consulted (CPython's ag_hooks_inited) and the finalizer then in force.</summary>
    public bool HooksInited;
    public PyObject? AsyncGenFinalizer;
    public PyObject SavedException = PyNone.Instance;
    /// <summary>Only a <c>for</c> loop's stack slot refers to this generator (see <see cref="ClaimForLoop"/>).</summary>
    public bool OwnedByLoop;
    /// <summary>Registered with <see cref="Finalization"/>, to be closed when the collector finds it abandoned.</summary>
    public bool FinalizerArmed;
    public string Name, QualName;

    private PyGenerator(Frame frame, GeneratorKind kind, PyType type) : base(type)
    {
        Frame = frame;
        Kind = kind;
        frame.Generator = this;
        Name = frame.Function?.Name ?? frame.Info.Code.Name;
        QualName = frame.Function?.QualName ?? frame.Info.Code.QualName;
    }

    public static PyGenerator Create(Frame frame)
    {
        var info = frame.Info;
        if (info.IsCoroutine) return new PyGenerator(frame, GeneratorKind.Coroutine, PyTypes.Coroutine);
        if (info.IsAsyncGenerator) return new PyGenerator(frame, GeneratorKind.AsyncGenerator, PyTypes.AsyncGenerator);
        return new PyGenerator(frame, GeneratorKind.Generator, PyTypes.Generator);
    }

    public bool Finished => Frame.Finished;

    private string KindName => Kind switch { GeneratorKind.Coroutine => "coroutine", GeneratorKind.AsyncGenerator => "async generator", _ => "generator" };

    /// <summary>
    /// Resume with a sent value (or a thrown exception). Returns true when the frame yielded
    /// (<paramref name="value"/> is the yielded value), false when it returned.
    /// </summary>
    public bool Resume(PyObject? send, PyBaseException? thrown, out PyObject value)
    {
        if (Running) throw new PythonException(PyExc.Create(PyExc.ValueErrorType, $"{KindName} already executing"));
        if (Frame.Finished)
        {
            if (thrown != null) throw new PythonException(thrown);
            if (Kind == GeneratorKind.Coroutine)
                throw new PythonException(PyExc.RuntimeError("cannot reuse already awaited coroutine"));
            value = PyNone.Instance;
            return false;
        }
        if (!Started)
        {
            if (thrown == null && send != null && send is not PyNone)
                throw new PythonException(PyExc.TypeError($"can't send non-None value to a just-started {KindName}"));
            Started = true;
        }
        else if (thrown == null) PushSent(send ?? PyNone.Instance);
        return RunFrame(thrown, out value);
    }

    /// <summary>The value a resumed YIELD_VALUE evaluates to goes on the frame's stack. Stored through a span: a store
    /// into a PyObject?[] otherwise pays the array covariance check, a measurable part of each resumption.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void PushSent(PyObject value)
    {
        Span<PyObject?> stack = Frame.Stack;
        stack[Frame.Sp++] = value;
    }

    /// <summary>
    /// Run the suspended frame once it is ready to resume (sent value pushed, Started set): returns true when it
    /// yielded. Shared by <see cref="Resume"/> and <see cref="ResumeForIter"/>.
    /// </summary>
    private bool RunFrame(PyBaseException? thrown, out PyObject value)
    {
        var rt = PythonRuntime.Current;
        var ts = rt.PyThreadState;
        var savedExc = ts.CurrentException;
        // Reference stores are only made when they change something: each costs a GC write barrier per resumption.
        if (SavedException is not PyNone) ts.CurrentException = SavedException;
        Running = true;
        Frame.Yielded = false;
        Frame.Back = ts.TopFrame;
        try
        {
            value = Eval.Run(rt, Frame, thrown);
            return Frame.Yielded;
        }
        catch (PythonException e)
        {
            Frame.Finished = true;
            var converted = ConvertEscaping(e.Value);
            if (!ReferenceEquals(converted, e.Value)) throw new PythonException(converted);
            throw;
        }
        finally
        {
            Running = false;
            // The generator keeps only its own handled exception (CPython's gi_exc_state): one it merely saw
            // through its caller (the caller's, unchanged) is not saved, so it does not leak into later resumes.
            var now = ts.CurrentException;
            if (Frame.Yielded)
            {
                var keep = now is PyBaseException && !ReferenceEquals(now, savedExc) ? now : PyNone.Instance;
                if (!ReferenceEquals(keep, SavedException)) SavedException = keep;
            }
            if (!ReferenceEquals(now, savedExc)) ts.CurrentException = savedExc;
            Frame.Back = null;
            if (FinalizerArmed && Frame.Finished) Finalization.Untrack(this);
        }
    }

    /// <summary>The caller's handled exception while this generator runs inline (restored on leaving).</summary>
    private PyObject _inlineCallerException = PyNone.Instance;

    /// <summary>
    /// FOR_ITER's fast path, as CPython 3.11 does it: instead of re-entering the evaluation loop through
    /// <see cref="Resume"/>, the loop pushes this generator's frame on top of <paramref name="caller"/> and
    /// runs it in place. YIELD_VALUE, RETURN_VALUE and the unwinder then call <see cref="LeaveInline"/>.
    /// Returns false when the fast path does not apply (not a plain generator, running, finished).
    /// </summary>
    internal bool TryEnterInline(Frame caller, PyThreadState ts)
    {
        if (Running || Frame.Finished || Kind != GeneratorKind.Generator || ts.Depth >= ts.RecursionLimit) return false;
        if (!Started) Started = true;
        else PushSent(PyNone.Instance);
        ts.Depth++;
        _inlineCallerException = ts.CurrentException;
        if (SavedException is not PyNone) ts.CurrentException = SavedException;
        Running = true;
        Frame.Yielded = false;
        Frame.Back = caller;
        Frame.InlineResumed = true;
        return true;
    }

    /// <summary>Undo <see cref="TryEnterInline"/> after the frame yielded, returned or raised.</summary>
    internal void LeaveInline(PyThreadState ts)
    {
        ts.Depth--;
        Running = false;
        Frame.InlineResumed = false;
        // Same exception-state rule (and the same care to skip stores that change nothing) as RunFrame's finally block.
        var now = ts.CurrentException;
        var caller = _inlineCallerException;
        if (Frame.Yielded)
        {
            var keep = now is PyBaseException && !ReferenceEquals(now, caller) ? now : PyNone.Instance;
            if (!ReferenceEquals(keep, SavedException)) SavedException = keep;
        }
        if (!ReferenceEquals(now, caller)) ts.CurrentException = caller;
        if (caller is not PyNone) _inlineCallerException = PyNone.Instance;
        Frame.Back = null;
        if (FinalizerArmed && Frame.Finished) Finalization.Untrack(this);
    }

    /// <summary>PEP 479: a StopIteration escaping a generator becomes RuntimeError (as <see cref="Resume"/> does).</summary>
    internal PyBaseException ConvertEscaping(PyBaseException ex)
    {
        bool stop = ex.IsInstance(PyExc.StopIterationType);
        if (!stop && !(Kind == GeneratorKind.AsyncGenerator && ex.IsInstance(PyExc.StopAsyncIteration))) return ex;
        var re = PyExc.RuntimeError($"{KindName} raised {(stop ? "StopIteration" : "StopAsyncIteration")}");
        re.Cause = ex;
        re.Context = ex;
        re.SuppressContext = true;
        return re;
    }

    /// <summary>FOR_ITER fast path: next value or null when finished.</summary>
    public PyObject? ResumeForIter()
    {
        // Native consumers (sum, list, join, ...) call this once per item: the common case (suspended, not running)
        // skips Resume's send/throw checks; anything unusual takes Resume's path with its errors.
        if (Running || Frame.Finished) return Resume(PyNone.Instance, null, out var last) ? last : null;
        if (!Started) Started = true;
        else PushSent(PyNone.Instance);
        return RunFrame(null, out var v) ? v : null;
    }

    /// <summary>send(value): yielded value, or throws StopIteration(return value).</summary>
    public PyObject Send(PyObject value)
    {
        if (Resume(value, null, out var v)) return v;
        throw new PythonException(StopIterationFor(v));
    }

    internal static PyBaseException StopIterationFor(PyObject v) =>
        v is PyNone ? PyExc.StopIteration() : PyExc.StopIterationWith(v);

    /// <summary>The object this generator delegates to (gi_yieldfrom) while suspended in yield from/await.</summary>
    public PyObject? YieldFrom
    {
        get
        {
            if (!Started || Frame.Finished || Running) return null;
            int li = Frame.LastI;
            var ops = Frame.Info.Ops;
            if (li > 0 && ops[li] == (byte)Opcode.YIELD_VALUE && ops[li - 1] == (byte)Opcode.SEND && Frame.Sp > 0)
                return Frame.Stack[Frame.Sp - 1];
            return null;
        }
    }

    /// <summary>throw(exc): CPython 3.11 Objects/genobject.c _gen_throw.</summary>
    public PyObject Throw(PyBaseException exc, bool closing = false)
    {
        var yf = YieldFrom;
        if (yf != null)
        {
            PyObject? ret = null;
            PyBaseException? err = null;
            try
            {
                Running = true;
                if (exc.IsInstance(PyExc.GeneratorExit))
                {
                    if (yf is PyGenerator yg) yg.Close();
                    else if (Ops.TryGetAttr(yf, PyStr.Intern("close"), out var close)) Ops.Call(close);
                    Running = false;
                    return ThrowHere(exc);
                }
                if (yf is PyGenerator g) ret = g.Throw(exc);
                else if (Ops.TryGetAttr(yf, PyStr.Intern("throw"), out var th)) ret = Ops.Call(th, exc);
                else { Running = false; return ThrowHere(exc); }
            }
            catch (PythonException e) { err = e.Value; }
            finally { Running = false; }
            if (err == null) return ret!;
            // The delegate finished: pop it and continue after the SEND loop.
            if (err.IsInstance(PyExc.StopIterationType))
            {
                var val = err.GetField("value") ?? PyNone.Instance;
                int sendAt = Frame.LastI - 1;
                Frame.Stack[--Frame.Sp] = null;
                Frame.Pc = Frame.Info.Args[sendAt];
                return Send(val);
            }
            return ThrowHere(err);
        }
        return ThrowHere(exc);
    }

    private PyObject ThrowHere(PyBaseException exc)
    {
        // A just-started generator is entered too, so the exception is raised in its frame (at the def line)
        // and the traceback shows that frame, as CPython's gen_send_ex does.
        if (!Started && !Running) Started = true;
        if (Resume(null, exc, out var v)) return v;
        throw new PythonException(StopIterationFor(v));
    }

    /// <summary>
    /// <c>for x in gen(...):</c> — a generator that the call just created, about to be iterated by the loop that
    /// follows (<c>CALL; GET_ITER; FOR_ITER</c>, or <c>async for</c>'s <c>GET_AITER; GET_ANEXT</c>), is referred to by
    /// that loop alone. CPython's reference count closes
    /// it the moment the loop lets go of it (break, return, an exception), running its <c>finally</c> blocks and
    /// <c>with</c> exits; the loop marks it so POP_ITER and exception unwinding do the same.
    /// </summary>
    internal static void ClaimForLoop(PyGenerator created, PyObject callable, CodeInfo info, int nextPc)
    {
        byte[] ops = info.Ops;
        if (created.Started || nextPc + 1 >= ops.Length || callable is not PyFunction { Code.Info: var made }) return;
        // A function that returns a generator made elsewhere may have kept a reference to it, so the callee must be
        // the generator function itself.
        // FOR_ITER's jump target may need an EXTENDED_ARG prefix (a loop in a long function or module), decoded as a NOP.
        int forIter = nextPc + 1;
        while (forIter < ops.Length - 1 && ops[forIter] == (byte)Opcode.NOP) forIter++;
        bool owned = created.Kind switch
        {
            GeneratorKind.Generator => made.IsGenerator
                && ops[nextPc] == (byte)Opcode.GET_ITER && ops[forIter] == (byte)Opcode.FOR_ITER,
            // `async for x in agen():` (GET_AITER; GET_ANEXT): left early, the generator goes to asyncio's finalizer.
            GeneratorKind.AsyncGenerator => made.IsAsyncGenerator
                && ops[nextPc] == (byte)Opcode.GET_AITER && ops[nextPc + 1] == (byte)Opcode.GET_ANEXT,
            _ => false,
        };
        if (owned) created.OwnedByLoop = true;
    }

    /// <summary>Exception unwinding pops the frame's stack down to <paramref name="depth"/>: close the loop-owned
    /// generators it drops, as CPython's unwinding does by releasing them.</summary>
    internal static void CloseOwnedIterators(Frame f, int depth)
    {
        var stack = f.Stack;
        for (int i = stack.Length - 1; i >= depth; i--)
        {
            if (stack[i] is PyGenerator { OwnedByLoop: true } owned)
            {
                stack[i] = null;
                owned.CloseAbandoned();
            }
        }
    }

    /// <summary>
    /// A generator suspended inside a <c>try</c> or <c>with</c> has cleanup to run if it is abandoned: CPython's
    /// finalizer closes it when its last reference goes. Sharpy registers it once with <see cref="Finalization"/>
    /// (only then: generators that never suspend there cost nothing), which closes it when the collector finds it
    /// unreachable, when a <c>del</c> drops it, or at exit.
    /// </summary>
    internal void ArmFinalizerIfInTry(int yieldPc)
    {
        if (Kind == GeneratorKind.AsyncGenerator) return;   // asyncgen finalization goes through sys.set_asyncgen_hooks
        if (ExceptionTable.Find(Frame.Info.Handlers, yieldPc) is null) return;
        FinalizerArmed = true;
        Finalization.Track(this);
    }

    /// <summary>What CPython's finalizer does for a generator nobody refers to any more (_PyGen_Finalize): close it,
    /// reporting an error through sys.unraisablehook.</summary>
    internal void CloseAbandoned()
    {
        OwnedByLoop = false;
        if (Kind == GeneratorKind.AsyncGenerator && AsyncGenFinalizer is { } finalizer)
        {
            // CPython calls the finalizer from sys.set_asyncgen_hooks instead (asyncio schedules aclose()).
            if (AsyncClosed || Frame.Finished) return;
            try { Ops.Call(finalizer, this); }
            catch (PythonException e) { Modules.Unraisable.Write("Exception ignored in: " + Ops.ReprString(finalizer), e.Value, null, finalizer); }
            return;
        }
        if (Kind == GeneratorKind.Coroutine && !Started && !Frame.Finished)
        {
            // CPython's _PyGen_Finalize -> _PyErr_WarnUnawaitedCoroutine (warnings._warn_unawaited_coroutine).
            Frame.Finished = true;
            try { NativeWarnings.Warn(PyExc.RuntimeWarning, $"coroutine '{QualName}' was never awaited", source: this); }
            catch (PythonException e) { Modules.Unraisable.Write("Exception ignored in: " + Ops.ReprString(this), e.Value, null, this); }
            return;
        }
        if (Frame.Finished || !Started || Running) return;
        try { Close(); }
        catch (PythonException e)
        {
            Modules.Unraisable.Write("Exception ignored in: " + Ops.ReprString(this), e.Value, null, this);
        }
    }

    public PyObject Close()
    {
        if (Frame.Finished || !Started) { Frame.Finished = true; Started = true; return PyNone.Instance; }
        try
        {
            Throw(new PyBaseException(PyExc.GeneratorExit));
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.GeneratorExit) || e.Value.IsInstance(PyExc.StopIterationType))
        {
            return PyNone.Instance;
        }
        throw new PythonException(PyExc.RuntimeError($"{KindName} ignored GeneratorExit"));
    }
}
