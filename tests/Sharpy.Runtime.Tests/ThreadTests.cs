using Sharpy.Runtime.Modules.Threads;

namespace Sharpy.Runtime.Tests;

/// <summary>The GIL's handover and the native _thread module (real OS threads, in process).</summary>
public class ThreadTests
{
    [Fact]
    public void GilTakeWaitsUntilTheHolderDropsIt()
    {
        var gil = new Gil(); // created held, as by the main thread
        var taken = new ManualResetEventSlim();
        var waiter = new Thread(() => { gil.Take(); taken.Set(); gil.Drop(); });
        waiter.Start();
        Assert.False(taken.Wait(50));
        gil.Drop();
        Assert.True(taken.Wait(5000));
        waiter.Join();
    }

    [Fact]
    public void WaiterRequestsADropAndYieldHandsTheLockOver()
    {
        var gil = new Gil();
        var order = new List<string>();
        var waiter = new Thread(() =>
        {
            gil.Take();
            lock (order) order.Add("waiter");
            gil.Drop();
        });
        waiter.Start();
        // The waiter asks for the lock after one switch interval (5 ms).
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!gil.DropRequest && DateTime.UtcNow < deadline) Thread.Sleep(1);
        Assert.True(gil.DropRequest);
        gil.Yield();
        // Forced switching: Yield returns only after the waiter took (and here released) the lock.
        lock (order) order.Add("holder");
        Assert.Equal(["waiter", "holder"], order);
        Assert.False(gil.DropRequest);
        waiter.Join();
    }

    [Fact]
    public void YieldWithoutWaitersKeepsTheLock()
    {
        var gil = new Gil();
        gil.Yield();
        Assert.False(gil.HasWaiters);
        var taken = new ManualResetEventSlim();
        var waiter = new Thread(() => { gil.Take(); taken.Set(); gil.Drop(); });
        waiter.Start();
        Assert.False(taken.Wait(30));
        gil.Drop();
        Assert.True(taken.Wait(5000));
        waiter.Join();
    }

    [Fact]
    public void LockProtectedCounterIsExactAcrossThreads()
    {
        var r = PythonRunner.Run("""
            import _thread, time
            lock = _thread.allocate_lock()
            done = _thread.allocate_lock()
            state = {"n": 0, "finished": 0}
            def work():
                for i in range(20000):
                    with lock:
                        state["n"] += 1
                with lock:
                    state["finished"] += 1
            for i in range(3):
                _thread.start_new_thread(work, ())
            while True:
                with lock:
                    if state["finished"] == 3:
                        break
                time.sleep(0.001)
            print(state["n"])
            """);
        Assert.Equal("", r.Stderr);
        Assert.Equal("60000\n", r.Stdout);
    }

    [Fact]
    public void CpuBoundThreadsTakeTurns()
    {
        // Each thread spins until the other made progress: this ends only if the eval loop hands the GIL over.
        var r = PythonRunner.Run("""
            import _thread
            progress = [0, 0]
            ended = _thread.allocate_lock()
            count = [0]
            def spin(me, other):
                while progress[other] < 5000:
                    progress[me] += 1
                while progress[me] < 5000:
                    progress[me] += 1
                with ended:
                    count[0] += 1
            _thread.start_new_thread(spin, (0, 1))
            _thread.start_new_thread(spin, (1, 0))
            import time
            while count[0] < 2:
                time.sleep(0.001)
            print(progress[0] >= 5000, progress[1] >= 5000)
            """);
        Assert.Equal("", r.Stderr);
        Assert.Equal("True True\n", r.Stdout);
    }

    [Fact]
    public void EachThreadHasItsOwnHandledException()
    {
        var r = PythonRunner.Run("""
            import _thread, sys, time
            seen = []
            gate = _thread.allocate_lock()
            gate.acquire()
            finished = _thread.allocate_lock()
            finished.acquire()
            def worker():
                seen.append(sys.exc_info()[0])
                try:
                    raise KeyError("k")
                except KeyError:
                    gate.release()
                    time.sleep(0.02)
                    seen.append(sys.exc_info()[0].__name__)
                finished.release()
            try:
                raise ValueError("v")
            except ValueError:
                _thread.start_new_thread(worker, ())
                gate.acquire()
                seen.append(sys.exc_info()[0].__name__)
            finished.acquire()
            print(seen)
            """);
        Assert.Equal("", r.Stderr);
        Assert.Equal("[None, 'ValueError', 'KeyError']\n", r.Stdout);
    }

    [Theory]
    [InlineData("l.acquire(False, 1)", "ValueError: can't specify a timeout for a non-blocking call")]
    [InlineData("l.acquire(True, -2)", "ValueError: timeout value must be positive")]
    [InlineData("l.release()", "RuntimeError: release unlocked lock")]
    [InlineData("_thread.RLock().release()", "RuntimeError: cannot release un-acquired lock")]
    [InlineData("_thread.start_new_thread(1, ())", "TypeError: first arg must be callable")]
    [InlineData("_thread.start_new_thread(print, [])", "TypeError: 2nd arg must be a tuple")]
    public void LockAndStartErrorsMatchCPython(string call, string error)
    {
        var r = PythonRunner.Run($"import _thread\nl = _thread.allocate_lock()\ntry:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n");
        Assert.Equal(error + "\n", r.Stdout);
    }

    [Fact]
    public void ExceptionInAThreadIsReportedAsUnraisable()
    {
        var r = PythonRunner.Run("""
            import _thread, time
            done = _thread.allocate_lock()
            done.acquire()
            def f():
                try:
                    raise ValueError("in thread")
                finally:
                    done.release()
            _thread.start_new_thread(f, ())
            done.acquire()
            while _thread._count():
                time.sleep(0.01)
            print("main")
            """);
        Assert.Equal("main\n", r.Stdout);
        Assert.StartsWith("Exception ignored in thread started by: <function f at 0x", r.Stderr);
        Assert.EndsWith("ValueError: in thread\n", r.Stderr);
    }
}
