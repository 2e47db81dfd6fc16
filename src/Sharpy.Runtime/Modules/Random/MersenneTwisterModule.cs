using System.Numerics;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Random;

/// <summary>
/// <c>_sharpy_random</c>: the MT19937 core behind lib/random.py's <c>Random</c> (CPython 3.11 keeps it in C,
/// Modules/_randommodule.c). In Python the generator cost ~3 us per random() (a Monte Carlo loop of a million
/// samples took seconds); here it is one native call. Seeding (init_by_array), the 53-bit float and
/// getrandbits' word order are CPython's, so seeded sequences match it. The Python side validates arguments.
/// </summary>
public static class MersenneTwisterModule
{
    private const string Mod = "_sharpy_random";
    private const int N = 624, M = 397;
    private const uint MatrixA = 0x9908b0df, UpperMask = 0x80000000, LowerMask = 0x7fffffff;

    private sealed class State : PyObject
    {
        public static readonly PyType StateType = PyTypes.NewBuiltin("mt19937_state", PyTypes.Object, Mod,
            _ => throw new PythonException(PyExc.TypeError("cannot create 'mt19937_state' instances")));

        public readonly uint[] Mt = new uint[N];
        public int Index = N;

        public State() : base(StateType) { }

        private void InitGenrand(uint s)
        {
            Mt[0] = s;
            for (int i = 1; i < N; i++) Mt[i] = 1812433253u * (Mt[i - 1] ^ (Mt[i - 1] >> 30)) + (uint)i;
            Index = N;
        }

        public void InitByArray(uint[] key)
        {
            InitGenrand(19650218u);
            int i = 1, j = 0;
            for (int k = Math.Max(N, key.Length); k > 0; k--)
            {
                Mt[i] = (Mt[i] ^ ((Mt[i - 1] ^ (Mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
                i++; j++;
                if (i >= N) { Mt[0] = Mt[N - 1]; i = 1; }
                if (j >= key.Length) j = 0;
            }
            for (int k = N - 1; k > 0; k--)
            {
                Mt[i] = (Mt[i] ^ ((Mt[i - 1] ^ (Mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
                i++;
                if (i >= N) { Mt[0] = Mt[N - 1]; i = 1; }
            }
            Mt[0] = 0x80000000u;
            Index = N;
        }

        public uint Next()
        {
            if (Index >= N) Twist();
            uint y = Mt[Index++];
            y ^= y >> 11;
            y ^= (y << 7) & 0x9d2c5680u;
            y ^= (y << 15) & 0xefc60000u;
            y ^= y >> 18;
            return y;
        }

        private void Twist()
        {
            for (int kk = 0; kk < N; kk++)
            {
                uint y = (Mt[kk] & UpperMask) | (Mt[(kk + 1) % N] & LowerMask);
                Mt[kk] = Mt[(kk + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            Index = 0;
        }
    }

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("new", (a, k) => new State(), Mod);
        d.DefFunction("seed", (a, k) =>
        {
            // a[1]: the non-negative seed; its 32-bit words, least significant first, form the key.
            var n = BigInteger.Abs(((PyInt)a[1]).AsBig);
            var words = new List<uint>();
            while (!n.IsZero) { words.Add((uint)(n & uint.MaxValue)); n >>= 32; }
            if (words.Count == 0) words.Add(0);
            Of(a[0]).InitByArray(words.ToArray());
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("genrand", (a, k) => PyInt.From((long)Of(a[0]).Next()), Mod);
        d.DefFunction("random", (a, k) =>
        {
            var s = Of(a[0]);
            uint hi = s.Next() >> 5, lo = s.Next() >> 6;
            return new PyFloat((hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0));
        }, Mod);
        d.DefFunction("getrandbits", (a, k) => GetRandBits(Of(a[0]), (int)((PyInt)a[1]).Value), Mod);
        d.DefFunction("getstate", (a, k) =>
        {
            var s = Of(a[0]);
            var items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) items[i] = PyInt.From((long)s.Mt[i]);
            items[N] = PyInt.From(s.Index);
            return new PyTuple(items);
        }, Mod);
        d.DefFunction("setstate", (a, k) =>
        {
            // a[1]: N words already masked to 32 bits, then the index (checked by the caller).
            var s = Of(a[0]);
            var items = Ops.ToArray(a[1]);
            for (int i = 0; i < N; i++) s.Mt[i] = (uint)((PyInt)items[i]).Value;
            s.Index = (int)((PyInt)items[N]).Value;
            return PyNone.Instance;
        }, Mod);
        return m;
    }

    private static State Of(PyObject o) => o as State
        ?? throw new PythonException(PyExc.TypeError($"expected an mt19937 state, not {o.Type.Name}"));

    // CPython's _random_Random_getrandbits_impl: 32-bit words, least significant first; the last one keeps its top bits.
    private static PyObject GetRandBits(State s, int k)
    {
        if (k <= 0) return PyInt.From(0);
        if (k <= 32) return PyInt.From((long)(s.Next() >> (32 - k)));
        int words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4 + 1]; // trailing zero byte keeps BigInteger non-negative
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = s.Next();
            if (k < 32) r >>= 32 - k;
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4, 4), r);
        }
        return PyInt.From(new BigInteger(bytes));
    }
}
