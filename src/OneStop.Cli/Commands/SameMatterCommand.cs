using System.Globalization;
using OneStop.Hotline.Duplicates;

namespace OneStop.Cli.Commands;

/// <summary>
/// onestop hotline same-matter "&lt;A&gt;" "&lt;B&gt;": the duplicate rule the agent console uses (SameMatterRule), on two texts.
/// First line same / different, second the score, then the reasons. With texts only, the place comes from the texts
/// and the category from <paramref name="categoryOf"/> (the category suggester; null = unknown, weighed neutrally).
/// </summary>
public static class SameMatterCommand
{
    public static async Task<int> RunAsync(string a, string b, TextWriter stdout, TextWriter stderr, Func<string, string?>? categoryOf)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b)
            || a.Length > DuplicateEndpoints.MaxText || b.Length > DuplicateEndpoints.MaxText)
        {
            await stderr.WriteLineAsync($"错误 [duplicate.text-invalid]: 两段诉求文本都不能为空，且不超过 {DuplicateEndpoints.MaxText} 个字符");
            return 2;
        }
        var verdict = SameMatterRule.CompareTexts(a.Trim(), b.Trim(), categoryOf);
        await stdout.WriteLineAsync(verdict.Same ? "same" : "different");
        await stdout.WriteLineAsync(verdict.Score.ToString("F3", CultureInfo.InvariantCulture));
        foreach (var reason in verdict.Reasons) await stdout.WriteLineAsync(reason);
        return 0;
    }
}
