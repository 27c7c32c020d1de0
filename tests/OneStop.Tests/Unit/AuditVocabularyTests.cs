using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Audit;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Unit;

/// <summary>The trail's words come from every module, through the host's services: each record named by its own module.</summary>
public sealed partial class AuditVocabularyTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private AuditVocabulary Words => factory.Services.GetRequiredService<AuditVocabulary>();

    [Fact]
    public void Every_action_the_product_writes_has_a_chinese_name()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "OneStop.slnx"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        var actions = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ActionCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.True(actions.Count > 10, $"only {actions.Count} actions found: is the pattern still right?");
        var unnamed = actions.Where(a => !Words.Actions.ContainsKey(a)).ToList();
        Assert.True(unnamed.Count == 0, "actions without a Chinese name in their module's audit words: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void A_field_is_named_by_the_module_that_owns_the_record()
    {
        Assert.Equal("办件编号", Words.PlaceName("Case", "Number"));
        Assert.Equal("版本号", Words.PlaceName("ServiceItemVersion", "Number"));
        Assert.Equal("办理环节第1项 · 意见", Words.PlaceName("Case", "Steps[0].Opinion"));
        // An item version's content in the item editor's words.
        Assert.Equal("内容 · 办理流程第1项 · 时限", Words.PlaceName("ServiceItemVersion", "Content.Steps[0].LimitDays"));
        Assert.Equal("连续登录失败次数", Words.PlaceName("Account", "FailedSignIns"));
        // Platform's general words serve every record that does not name a field itself.
        Assert.Equal("名称", Words.PlaceName("Ticket", "Name"));
        Assert.Equal("办件", Words.EntityName("Case"));
        Assert.Equal("工单", Words.EntityName("Ticket"));
    }

    [Fact]
    public void A_coded_value_is_named_in_the_words_of_its_records_module()
    {
        Assert.Equal("待预审", Words.ValueName("Case", "State", "Submitted"));
        Assert.Equal("已上传", Words.ValueName("Case", "Status", "Attached"));
        Assert.Equal("容缺受理", Words.ValueName("CaseEvent", "Action", "AcceptWithDeferred"));
        Assert.Equal("已发布", Words.ValueName("ServiceItemVersion", "Status", "Published"));
        Assert.Equal("窗口办理", Words.ValueName("ServiceItemVersion", "Channels", "Window"));
        Assert.Null(Words.ValueName("ServiceItemVersion", "Status", "Attached"));
        Assert.Null(Words.ValueName("Ticket", "Action", "AcceptWithDeferred"));
    }

    [Fact]
    public void Two_modules_naming_one_action_differently_are_refused()
    {
        var one = new AuditWords { Actions = new Dictionary<string, string> { ["x.act"] = "甲" } };
        var other = new AuditWords { Actions = new Dictionary<string, string> { ["x.act"] = "乙" } };

        var e = Assert.Throws<InvalidOperationException>(() => new AuditVocabulary([one, other]));
        Assert.Contains("x.act", e.Message);
        Assert.Equal("甲", new AuditVocabulary([one, one with { }]).ActionName("x.act"));
    }

    [GeneratedRegex(@"\.(?:Audit|SecurityEvent)\(\s*""([a-z0-9.-]+)""")]
    private static partial Regex ActionCall();
}
