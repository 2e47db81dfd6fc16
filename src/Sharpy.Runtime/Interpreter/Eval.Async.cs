using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

public static partial class Eval
{
    /// <summary>SEND: true with the yielded value, false with the return value.</summary>
    private static bool SendTo(PyObject recv, PyObject v, out PyObject result)
    {
        if (recv is PyGenerator g) return g.Resume(v, null, out result);
        if (recv is AsyncGenASend a) return a.Step(v, null, out result);
        try
        {
            if (v is not PyNone) result = Ops.CallMethod(recv, "send", v);
            else if (recv is PyIterator builtinIterator)
            {
                // Builtin iterators end without a value.
                var item = builtinIterator.Next();
                result = item ?? PyNone.Instance;
                return item != null;
            }
            else
            {
                // __next__ is called directly (not through Ops.Next, which drops the StopIteration) so an iterator
                // that ends with StopIteration(value) gives the value to yield from / await.
                var next = recv.Type.Lookup("__next__")
                    ?? throw new PythonException(PyExc.TypeError($"'{recv.Type.Name}' object is not an iterator"));
                result = Ops.CallWithSelf(next, recv, []);
            }
            return true;
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.StopIterationType))
        {
            result = e.Value.GetField("value") ?? PyNone.Instance;
            return false;
        }
    }

    internal static PyObject GetAwaitable(PyObject o, int where)
    {
        if (o is PyGenerator g)
        {
            if (g.Kind == GeneratorKind.Coroutine || (g.Frame.Info.Code.Flags & Sharpy.Bytecode.Code.CodeFlags.IterableCoroutine) != 0)
            {
                if (g.YieldFrom is PyGenerator { Kind: GeneratorKind.Coroutine })
                    throw new PythonException(PyExc.RuntimeError("coroutine is being awaited already"));
                return g;
            }
        }
        if (o is AsyncGenASend) return o;
        var aw = o.Type.Lookup("__await__");
        if (aw == null)
        {
            string msg = where switch
            {
                1 => $"'async with' received an object from __aenter__ that does not implement __await__: {o.Type.Name}",
                2 => $"'async with' received an object from __aexit__ that does not implement __await__: {o.Type.Name}",
                _ => $"object {o.Type.Name} can't be used in 'await' expression",
            };
            throw new PythonException(PyExc.TypeError(msg));
        }
        var it = Ops.CallWithSelf(aw, o, []);
        if (it is PyGenerator ig && ig.Kind == GeneratorKind.Coroutine)
            throw new PythonException(PyExc.TypeError("__await__() returned a coroutine"));
        if (it.Type.Lookup("__next__") == null)
            throw new PythonException(PyExc.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'"));
        return it;
    }

    private static PyObject GetAIter(PyObject o)
    {
        var m = o.Type.Lookup("__aiter__");
        if (m == null)
            throw new PythonException(PyExc.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}"));
        var it = Ops.CallWithSelf(m, o, []);
        if (it.Type.Lookup("__anext__") == null)
            throw new PythonException(PyExc.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}"));
        return it;
    }

    private static PyObject GetANext(PyObject ait)
    {
        if (ait is PyGenerator g && g.Kind == GeneratorKind.AsyncGenerator)
        {
            if (!g.HooksInited) Modules.SysModule.InitAsyncGenHooks(g);
            return new AsyncGenASend(g, PyNone.Instance, null);
        }
        var m = ait.Type.Lookup("__anext__");
        if (m == null)
            throw new PythonException(PyExc.TypeError($"'async for' requires an iterator with __anext__ method, got {ait.Type.Name}"));
        var aw = Ops.CallWithSelf(m, ait, []);
        try { return GetAwaitable(aw, 0); }
        catch (PythonException)
        {
            throw new PythonException(PyExc.TypeError($"'async for' received an invalid object from __anext__: {aw.Type.Name}"));
        }
    }
}

/// <summary>What an <see cref="AsyncGenASend"/> awaitable does to its async generator.</summary>
public enum AsyncGenOp { Send, Throw, Close }

/// <summary>The awaitable returned by an async generator's __anext__/asend (Send), athrow (Throw) and aclose (Close).</summary>
public sealed class AsyncGenASend : PyObject
{
    private readonly PyGenerator _gen;
    private readonly AsyncGenOp _op;
    private PyObject _first;
    private PyBaseException? _throw;
    private bool _started, _done;

    public AsyncGenASend(PyGenerator gen, PyObject value, PyBaseException? thrown) : base(PyTypes.AsyncGenASend)
    {
        _gen = gen; _first = value; _throw = thrown;
        _op = thrown == null ? AsyncGenOp.Send : AsyncGenOp.Throw;
    }

    public AsyncGenASend(PyGenerator gen, AsyncGenOp op, PyBaseException? thrown) : this(gen, PyNone.Instance, thrown) => _op = op;

    /// <summary>Advance: true + value to pass up through await; false + the result of the await.</summary>
    public bool Step(PyObject send, PyBaseException? thrown, out PyObject result)
    {
        if (_op != AsyncGenOp.Send) return StepThrow(send, thrown, out result);
        if (_done) throw new PythonException(PyExc.RuntimeError("cannot reuse already awaited __anext__()/asend()"));
        if (!_started)
        {
            _started = true;
            send = _first;
            thrown ??= _throw;
        }
        bool yielded;
        try
        {
            if (thrown != null)
            {
                if (_gen.Finished || !_gen.Started)
                {
                    _done = true;
                    if (!_gen.Started) { _gen.Started = true; _gen.Frame.Finished = true; }
                    throw new PythonException(thrown);
                }
                yielded = _gen.Resume(null, thrown, out result);
            }
            else
            {
                if (_gen.Finished) { _done = true; throw new PythonException(new PyBaseException(PyExc.StopAsyncIteration)); }
                yielded = _gen.Resume(send, null, out result);
            }
        }
        catch (PythonException) { _done = true; throw; }
        if (!yielded)
        {
            _done = true;
            throw new PythonException(new PyBaseException(PyExc.StopAsyncIteration));
        }
        if (result is AsyncGenWrapped w)
        {
            _done = true;
            result = w.Value;
            return false;
        }
        return true;
    }

    // CPython 3.11: genobject.c async_gen_athrow_send (as 3.11.7 behaves): athrow()/aclose() on a finished
    // generator complete at once; aclose() turns GeneratorExit/StopAsyncIteration into a normal completion
    // and reports a generator that yields instead of closing.
    private bool StepThrow(PyObject send, PyBaseException? thrown, out PyObject result)
    {
        if (_done) throw new PythonException(PyExc.RuntimeError("cannot reuse already awaited aclose()/athrow()"));
        bool first = !_started;
        if (first)
        {
            _started = true;
            if (_gen.Started && _gen.Finished) { _done = true; result = PyNone.Instance; return false; }
            if (_gen.AsyncClosed) { _done = true; throw new PythonException(new PyBaseException(PyExc.StopAsyncIteration)); }
        }
        bool yielded;
        try
        {
            if (first)
            {
                PyBaseException exc;
                if (_op == AsyncGenOp.Close) { _gen.AsyncClosed = true; exc = new PyBaseException(PyExc.GeneratorExit); }
                else exc = _throw!;
                yielded = ThrowInto(exc, out result);
            }
            else if (thrown != null) yielded = ThrowInto(thrown, out result);
            else yielded = _gen.Resume(send, null, out result);
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.StopAsyncIteration) || e.Value.IsInstance(PyExc.GeneratorExit))
        {
            _done = true;
            if (_op == AsyncGenOp.Close) { result = PyNone.Instance; return false; }
            _gen.AsyncClosed = true;
            throw;
        }
        catch (PythonException) { _done = true; throw; }
        if (!yielded)
        {
            // The generator returned: that is StopAsyncIteration for an async generator.
            _done = true;
            if (_op == AsyncGenOp.Close) { result = PyNone.Instance; return false; }
            _gen.AsyncClosed = true;
            throw new PythonException(new PyBaseException(PyExc.StopAsyncIteration));
        }
        if (result is AsyncGenWrapped w)
        {
            _done = true;
            if (_op == AsyncGenOp.Close) throw new PythonException(PyExc.RuntimeError("async generator ignored GeneratorExit"));
            result = w.Value;
            return false;
        }
        return true;
    }

    private bool ThrowInto(PyBaseException exc, out PyObject result)
    {
        try
        {
            result = _gen.Throw(exc);
            return true;
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.StopIterationType))
        {
            result = e.Value.GetField("value") ?? PyNone.Instance;
            return false;
        }
    }

    public PyObject Send(PyObject v)
    {
        if (Step(v, null, out var r)) return r;
        throw new PythonException(PyGenerator.StopIterationFor(r));
    }

    public PyObject Throw(PyBaseException e)
    {
        if (Step(PyNone.Instance, e, out var r)) return r;
        throw new PythonException(PyGenerator.StopIterationFor(r));
    }
}
