using Sharpy.Compiler;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Tests;

/// <summary>Generators suspended inside a try are tracked for closing; once finished they must not stay tracked,
/// or every reference dropped near them (an asyncio task holding its finished coroutine) forces a collection.</summary>
public class FinalizationTests
{
    private static PyObject RunAndGet(string source, string name)
    {
        var rt = new PythonRuntime(new RuntimeOptions { Argv = ["<test>"], Stdout = new MemoryStream(), Stderr = new MemoryStream(), Stdin = new MemoryStream() });
        rt.Execute(rt.Compile(source, "<test>", CompileMode.Exec), rt.MainModule);
        return rt.MainModule.Dict!.GetItem(new PyStr(name))!;
    }

    [Theory]
    [InlineData("def g():\n    try:\n        yield 1\n    finally:\n        pass\nit = g()\nnext(it)\nsuspended = it\n", true)]
    [InlineData("def g():\n    try:\n        yield 1\n    finally:\n        pass\nit = g()\nnext(it)\nnext(it, None)\n", false)]
    [InlineData("def g():\n    try:\n        yield 1\n    finally:\n        pass\nit = g()\nfor _ in it: pass\n", false)]
    [InlineData("def g():\n    try:\n        yield 1\n    finally:\n        pass\n    raise KeyError\nit = g()\nnext(it)\ntry:\n    next(it)\nexcept KeyError:\n    pass\n", false)]
    public void FinishedGeneratorIsNoLongerTracked(string source, bool tracked)
    {
        var gen = RunAndGet(source, "it");
        Assert.Equal(tracked, Finalization.IsTracked(gen));
    }
}
