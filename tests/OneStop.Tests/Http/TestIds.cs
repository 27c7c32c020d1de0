using OneStop.Platform.Identity;

namespace OneStop.Tests.Http;

/// <summary>Makes valid, unique identity numbers for tests that register people.</summary>
public static class TestIds
{
    private static int _sequence = 100;

    /// <summary>A 天河区 resident born 1990-01-01 with a fresh sequence number and correct check digit.</summary>
    public static string ResidentId()
    {
        var seq = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = $"44010619900101{seq:000}";
        return first17 + OneStop.Platform.Identity.ResidentId.ComputeCheckChar(first17);
    }

    public static string CreditCode()
    {
        var seq = Interlocked.Increment(ref _sequence) % 1_000_000_000;
        var first17 = $"91440106{seq:000000000}";
        return first17 + OneStop.Platform.Identity.CreditCode.ComputeCheckChar(first17);
    }

    public static string WithWrongCheckChar(string valid) =>
        valid[..17] + (valid[17] == '0' ? '1' : '0');
}
