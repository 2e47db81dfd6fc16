using System.Buffers.Binary;
using System.Numerics;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.PycFuzz;

/// <summary>
/// Mutates valid pycs and marshal bodies and checks the reader's contract on each case: the input is
/// either accepted and re-serialises to exactly the same bytes, or rejected with
/// <see cref="InvalidPycException"/>. Any other exception is a bug. (Also compiled into the unit tests.)
/// </summary>
public sealed class PycFuzzer(int seed)
{
    public sealed record Failure(int Case, string Kind, byte[] Input, string Problem);

    private readonly Random _random = new(seed);
    private readonly byte[][] _pycSeeds = BuildSeeds().Select(code => PycFile.Encode(PycHeader.ForTimestamp(1_700_000_000_123_456_789, 42, racy: true, 77, 1_700_000_001_000_000_000), code)).ToArray();
    private readonly byte[][] _bodySeeds = BuildSeeds().Select(code => MarshalWriter.Serialize(code)).Concat(ConstantSeeds().Select(c => MarshalWriter.Serialize(c))).ToArray();

    public int Accepted { get; private set; }
    public int Rejected { get; private set; }

    private static readonly byte[] TypeCodes = "NFT.iglyszau)(>cr"u8.ToArray();
    private static readonly int[] InterestingInts = [0, 1, -1, 255, 256, 65535, int.MaxValue, int.MinValue, 0x7FFFFFF0, 3, 300];

    /// <summary>Runs <paramref name="cases"/> cases; returns the failures (empty when the contract holds).</summary>
    public List<Failure> Run(int cases)
    {
        var failures = new List<Failure>();
        for (int i = 0; i < cases; i++)
        {
            // Most cases target the marshal body directly: a whole-file mutation is nearly always caught by the CRC.
            bool wholeFile = i % 4 == 0;
            byte[] seedBytes = wholeFile ? _pycSeeds[_random.Next(_pycSeeds.Length)] : _bodySeeds[_random.Next(_bodySeeds.Length)];
            byte[] input = Mutate(seedBytes);
            // Half of the whole-file cases get a valid checksum, so the header fields behind it are exercised too.
            if (wholeFile && i % 8 == 0) FixChecksum(input);
            string? problem = wholeFile ? CheckFile(input) : CheckBody(input);
            if (problem is not null) failures.Add(new Failure(i, wholeFile ? "file" : "body", input, problem));
        }
        return failures;
    }

    private string? CheckFile(byte[] input)
    {
        try
        {
            var (header, code) = PycFile.Decode(input, "m");
            Accepted++;
            byte[] again = PycFile.Encode(header, code);
            return again.AsSpan().SequenceEqual(input) ? null : "accepted but re-encodes differently";
        }
        catch (InvalidPycException)
        {
            Rejected++;
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private string? CheckBody(byte[] input)
    {
        try
        {
            object? value = MarshalReader.Deserialize(input);
            Accepted++;
            byte[] again = MarshalWriter.Serialize(value);
            return again.AsSpan().SequenceEqual(input) ? null : "accepted but re-serialises differently";
        }
        catch (InvalidPycException)
        {
            Rejected++;
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private byte[] Mutate(byte[] original)
    {
        var data = new List<byte>(original);
        int mutations = 1 + (_random.Next(4) == 0 ? _random.Next(4) : 0);
        for (int m = 0; m < mutations; m++)
        {
            int position = data.Count == 0 ? 0 : _random.Next(data.Count);
            switch (_random.Next(9))
            {
                case 0 when data.Count > 0: data[position] ^= (byte)(1 << _random.Next(8)); break;
                case 1 when data.Count > 0: data[position] = (byte)_random.Next(256); break;
                case 2: data.RemoveRange(position, data.Count - position); break; // truncate
                case 3: for (int k = _random.Next(1, 9); k > 0; k--) data.Insert(Math.Min(position, data.Count), (byte)_random.Next(256)); break;
                case 4 when data.Count > 0: data.RemoveRange(position, Math.Min(data.Count - position, _random.Next(1, 17))); break;
                case 5 when data.Count >= 4:
                    int at = _random.Next(data.Count - 3);
                    int value = InterestingInts[_random.Next(InterestingInts.Length)];
                    for (int k = 0; k < 4; k++) data[at + k] = (byte)(value >> (8 * k));
                    break;
                case 6 when data.Count > 0: data[position] = (byte)(TypeCodes[_random.Next(TypeCodes.Length)] | (_random.Next(2) == 0 ? 0x80 : 0)); break;
                case 7 when data.Count > 1:
                    int start = _random.Next(data.Count), length = _random.Next(1, Math.Min(32, data.Count - start) + 1);
                    data.InsertRange(_random.Next(data.Count + 1), data.GetRange(start, length));
                    break;
                default: data.Add((byte)_random.Next(256)); break;
            }
        }
        return [.. data];
    }

    /// <summary>Recomputes the CRC-32C (of the bytes before it and the body) as PycFile.Encode does.</summary>
    private static void FixChecksum(byte[] file)
    {
        if (file.Length < PycFile.HeaderSize) return;
        uint state = ~0u;
        for (int i = 0; i < file.Length; i++)
            if (i < PycFile.ChecksumOffset || i >= PycFile.HeaderSize) state = BitOperations.Crc32C(state, file[i]);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(PycFile.ChecksumOffset), ~state);
    }

    public static IEnumerable<CodeObject> BuildSeeds()
    {
        yield return Code("<module>", [null], []);
        yield return Code("<module>", RichConstants(), ["print", "x", "print"]);
        object? nested = BigInteger.One;
        for (int i = 0; i < 60; i++) nested = new ConstTuple([nested, "n"]);
        yield return Code("deep", [nested, Code("inner", ["inner", 1.5], ["inner"])], ["deep"]);
    }

    private static IEnumerable<object?> ConstantSeeds() => RichConstants().Concat([new ConstTuple(RichConstants())]);

    private static object?[] RichConstants() =>
    [
        null, true, false, BigInteger.Zero, new BigInteger(-7), BigInteger.Pow(3, 50), -BigInteger.Pow(2, 31) - 1, 2.5, double.NaN,
        new Complex(0, 1), "", "spam", "spam", "héllo", "\ud83d\ude00", "\udc80", new string('a', 260), new byte[] { 1, 2, 3 },
        ConstEllipsis.Instance, new ConstTuple([]), new ConstTuple(["spam", BigInteger.One]), new ConstFrozenSet(["a", "b"]),
        new ConstTuple(Enumerable.Range(0, 260).Select(i => (object?)(i % 2 == 0 ? "spam" : null)).ToArray()),
    ];

    private static CodeObject Code(string name, object?[] consts, string[] names) => new()
    {
        ArgCount = 1, PosOnlyArgCount = 0, KwOnlyArgCount = 0, StackSize = 3, Flags = CodeFlags.Optimized,
        FirstLineNo = 1, Code = [100, 0, 83, 0], Consts = consts, Names = names, VarNames = ["a"], CellVars = [],
        FreeVars = [], Filename = "/fuzz/m.py", Name = name, QualName = name, LineTable = [1, 2], ExceptionTable = [],
    };
}
