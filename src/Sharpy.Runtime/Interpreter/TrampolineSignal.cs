using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// Returned by <c>Eval.Loop</c> to ask <c>Eval.Run</c> to call it again with the same frames.
/// Why: .NET replaces a method's code (ReadyToRun → tier-1 JIT) only for new calls, and a program's
/// outermost loop runs in one long activation of <c>Eval.Loop</c>; without an occasional re-entry it
/// would stay in the slower precompiled code for the whole run. The state lives in the heap frames,
/// so leaving and re-entering costs a few loads every <see cref="Budget"/> backward jumps or calls.
/// </summary>
internal sealed class TrampolineSignal : PyObject
{
    public static readonly TrampolineSignal Instance = new();
    public const int Budget = 1 << 13;
    private TrampolineSignal() : base(PyTypes.Object) { }
}
