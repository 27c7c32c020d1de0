using System.Text.RegularExpressions;
using OneStop.Platform.Audit;

namespace OneStop.Tests.Unit;

public sealed partial class AuditVocabularyTests
{
    [Fact]
    public void Every_action_the_product_writes_has_a_chinese_name()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "OneStop.slnx"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        var actions = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ActionCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.True(actions.Count > 10, $"only {actions.Count} actions found: is the pattern still right?");
        var unnamed = actions.Where(a => !AuditVocabulary.Actions.ContainsKey(a)).ToList();
        Assert.True(unnamed.Count == 0, "actions without a Chinese name in AuditVocabulary: " + string.Join(", ", unnamed));
    }

    [GeneratedRegex(@"\.(?:Audit|SecurityEvent)\(\s*""([a-z0-9.-]+)""")]
    private static partial Regex ActionCall();
}
