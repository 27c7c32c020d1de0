using OneStop.Platform.Audit;

namespace OneStop.Tests.Unit;

public sealed class AuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 23, 1, 2, 3, 456, DateTimeKind.Utc);
    private static readonly AuditKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static readonly Guid Record = Guid.Parse("0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b");

    private static string Mac(long seq = 1, DateTime? at = null, string? region = "440106", string summary = "s",
        string previous = AuditChain.Genesis, AuditKey? key = null, string chain = AuditChain.BusinessChain, Guid? record = null) =>
        AuditChain.MacOf(key ?? Key, chain, seq, record ?? Record, at ?? At, 5, "王敏", "WindowClerk", 3, region, "a", "t", summary, previous);

    [Fact]
    public void The_mac_changes_when_any_field_the_record_id_the_previous_mac_the_chain_or_the_key_changes()
    {
        var baseline = Mac();
        Assert.Equal(64, baseline.Length);
        Assert.NotEqual(baseline, Mac(summary: "s2"));
        Assert.NotEqual(baseline, Mac(seq: 2));
        Assert.NotEqual(baseline, Mac(record: Guid.Empty));
        Assert.NotEqual(baseline, Mac(previous: baseline));
        Assert.NotEqual(baseline, Mac(chain: AuditChain.SecurityChain));
        Assert.NotEqual(baseline, Mac(key: new AuditKey(new byte[32])));
    }

    [Fact]
    public void A_missing_region_and_an_empty_region_give_different_macs()
    {
        Assert.NotEqual(Mac(region: null), Mac(region: ""));
    }

    [Fact]
    public void A_sub_millisecond_change_of_the_time_changes_the_mac()
    {
        Assert.NotEqual(Mac(at: At), Mac(at: At.AddTicks(1)));
    }

    [Fact]
    public void The_writer_keeps_times_to_the_millisecond_which_both_databases_store_exactly()
    {
        Assert.Equal(At, AuditChain.Truncate(At.AddTicks(1234)));
    }

    [Fact]
    public void Text_is_stored_without_control_characters_or_broken_surrogates_and_cut_to_the_column()
    {
        Assert.Equal("a\uFFFDb", AuditText.Stored("a\0b"));
        Assert.Equal("行\n一\t二", AuditText.Stored("行\n一\t二"));
        Assert.Equal("x\uFFFD", AuditText.Stored("x\uD800"));
        Assert.Equal("😀😀", AuditText.Stored("😀😀"));
        Assert.Equal("ab", AuditText.Stored("ab😀", 3)); // never half an emoji
    }
}
