using Microsoft.Extensions.Configuration;
using OneStop.Cli;
using OneStop.Hotline.Duplicates;

namespace OneStop.Tests.Hotline.Duplicates;

/// <summary>onestop hotline same-matter: the operator's probe of the duplicate rule, the very function the console uses.</summary>
public sealed class SameMatterProbeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onestop-cli-tests", Guid.NewGuid().ToString("N"));

    private async Task<(int Exit, string[] Lines, string Err)> RunAsync(params string[] args)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = _dir, ["ONESTOP_POSTGRES"] = "",
        }).Build();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, config);
        return (exit, stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Fact]
    public async Task Two_tellings_of_one_burst_main_print_same_then_the_score_of_the_rule()
    {
        const string a = "棠下村二社这边自来水管爆了，路面一直在冒水，水流到马路上，麻烦尽快派人抢修。";
        const string b = "我家在棠下村二社，从早上开始停水，听说是外面的供水管爆裂了，什么时候能恢复供水？";

        var (exit, lines, _) = await RunAsync("hotline", "same-matter", a, b);

        Assert.Equal(0, exit);
        Assert.Equal("same", lines[0]);
        // The probe compares with the category the console's suggester gives each text.
        var suggester = new OneStop.Hotline.Classification.CategorySuggester(
            OneStop.Hotline.Classification.ClassifierFiles.From(new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { ["ONESTOP_DATA_DIR"] = _dir }).Build()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OneStop.Hotline.Classification.CategorySuggester>.Instance);
        var rule = SameMatterRule.CompareTexts(a, b, text => suggester.Suggest(text).Best.Code);
        Assert.Equal(rule.Score.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), lines[1]);
        Assert.Equal(rule.Reasons, lines[2..]);
    }

    [Fact]
    public async Task Two_complaints_about_one_site_that_differ_print_different()
    {
        var (exit, lines, _) = await RunAsync("hotline", "same-matter",
            "骏景花园物业费突然从每平方2元涨到3.5元，没有开业主大会表决。", "骏景花园小区的地下车库经常积水，下雨天车都泡在水里，物业不处理。");
        Assert.Equal(0, exit);
        Assert.Equal("different", lines[0]);
        Assert.True(double.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture) < SameMatterRule.Threshold);
    }

    [Fact]
    public async Task An_empty_text_is_refused_with_a_code_on_stderr()
    {
        var (exit, lines, err) = await RunAsync("hotline", "same-matter", "  ", "路灯不亮");
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Contains("duplicate.text-invalid", err);
    }

    [Fact]
    public async Task The_usage_names_the_probe_in_chinese()
    {
        var (_, lines, _) = await RunAsync("--help");
        Assert.Contains(lines, l => l.Contains("hotline same-matter") && l.Contains("同一事项"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
