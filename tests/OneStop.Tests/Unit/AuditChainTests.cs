using OneStop.Platform.Audit;

namespace OneStop.Tests.Unit;

public sealed class AuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 23, 1, 2, 3, 456, DateTimeKind.Utc);

    [Fact]
    public void The_hash_changes_when_any_field_or_the_previous_hash_changes()
    {
        var baseline = AuditChain.HashOf(1, At, 5, "王敏", "WindowClerk", 3, "440106", "a", "t", "s", AuditChain.Genesis);
        Assert.Equal(64, baseline.Length);
        Assert.NotEqual(baseline, AuditChain.HashOf(1, At, 5, "王敏", "WindowClerk", 3, "440106", "a", "t", "s2", AuditChain.Genesis));
        Assert.NotEqual(baseline, AuditChain.HashOf(2, At, 5, "王敏", "WindowClerk", 3, "440106", "a", "t", "s", AuditChain.Genesis));
        Assert.NotEqual(baseline, AuditChain.HashOf(1, At, 5, "王敏", "WindowClerk", 3, "440106", "a", "t", "s", baseline));
    }

    [Fact]
    public void Times_are_kept_to_the_millisecond_so_both_databases_hash_the_same_value()
    {
        var precise = At.AddTicks(1234);
        Assert.Equal(At, AuditChain.Truncate(precise));
    }
}
