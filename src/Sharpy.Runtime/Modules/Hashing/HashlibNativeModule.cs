using System.Security.Cryptography;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Hashing;

/// <summary>
/// <c>_sharpy_hashlib</c>: MD5, SHA-1 and SHA-256/384/512 digests and PBKDF2-HMAC over .NET's
/// System.Security.Cryptography (OpenSSL on Linux, the library CPython's <c>_hashlib</c> uses).
/// <c>lib/hashlib.py</c> wraps it and keeps its pure-Python digests for the other algorithms and for
/// a machine where the native library cannot be loaded: hashing a megabyte there takes seconds,
/// and a 100,000-iteration PBKDF2 minutes.
/// </summary>
// CPython 3.11: Modules/_hashopenssl.c
public static class HashlibNativeModule
{
    private const string Mod = "_sharpy_hashlib";

    private static HashAlgorithmName? Algorithm(string name) => name switch
    {
        "md5" => HashAlgorithmName.MD5,
        "sha1" => HashAlgorithmName.SHA1,
        "sha256" => HashAlgorithmName.SHA256,
        "sha384" => HashAlgorithmName.SHA384,
        "sha512" => HashAlgorithmName.SHA512,
        _ => null,
    };

    private static string Name(PyObject o) => o is PyStr s ? s.Value
        : throw new PythonException(PyExc.TypeError($"hash name must be str, not {o.Type.Name}"));

    /// <summary>The library's own failure (no OpenSSL) surfaces as OSError; hashlib.py then falls back.</summary>
    private static PythonException Unavailable(Exception e) =>
        new(PyExc.OSError($"native hashing unavailable: {e.Message}"));

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.SetItem("algorithms", new PyTuple([new PyStr("md5"), new PyStr("sha1"), new PyStr("sha256"),
            new PyStr("sha384"), new PyStr("sha512")]));
        // new(name) -> state; ValueError for a name this module does not hash.
        d.DefFunction("new", (a, k) =>
        {
            string name = Name(a[0]);
            var alg = Algorithm(name) ?? throw new PythonException(PyExc.ValueError($"unsupported hash type {name}"));
            try { return new HashState(IncrementalHash.CreateHash(alg)); }
            catch (Exception e) when (e is CryptographicException or PlatformNotSupportedException
                                          or DllNotFoundException or TypeInitializationException)
            { throw Unavailable(e); }
        }, Mod);
        d.DefFunction("update", (a, k) =>
        {
            HashState.Of(a[0]).Hash.AppendData(BytesMethods.AsBytes(a[1]));
            return Py.None;
        }, Mod);
        // digest(state) -> bytes of everything fed so far; the state stays usable.
        d.DefFunction("digest", (a, k) => new PyBytes(HashState.Of(a[0]).Hash.GetCurrentHash()), Mod);
        d.DefFunction("copy", (a, k) => new HashState(HashState.Of(a[0]).Hash.Clone()), Mod);
        // pbkdf2(name, password, salt, iterations, dklen) -> bytes; arguments already checked by hashlib.py.
        d.DefFunction("pbkdf2", (a, k) =>
        {
            string name = Name(a[0]);
            var alg = Algorithm(name) ?? throw new PythonException(PyExc.ValueError($"unsupported hash type {name}"));
            byte[] password = BytesMethods.AsBytes(a[1]), salt = BytesMethods.AsBytes(a[2]);
            int iterations = (int)Ops.ToLong(a[3]), dklen = (int)Ops.ToLong(a[4]);
            try { return new PyBytes(Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, alg, dklen)); }
            catch (Exception e) when (e is CryptographicException or PlatformNotSupportedException
                                          or DllNotFoundException or TypeInitializationException)
            { throw Unavailable(e); }
        }, Mod);
        return m;
    }

    private sealed class HashState : PyObject
    {
        private static readonly PyType StateType = PyTypes.NewBuiltin("hash_state", PyTypes.Object, Mod,
            _ => throw new PythonException(PyExc.TypeError("cannot create 'hash_state' instances")));

        public readonly IncrementalHash Hash;

        public HashState(IncrementalHash hash) : base(StateType) => Hash = hash;

        public static HashState Of(PyObject o) => o as HashState
            ?? throw new PythonException(PyExc.TypeError($"expected a hash state, not {o.Type.Name}"));
    }
}
