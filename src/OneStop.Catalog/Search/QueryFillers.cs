namespace OneStop.Catalog.Search;

/// <summary>
/// Question words and the generic verb 办理 citizens wrap around what they want (食品经营许可需要什么材料, 怎么办理结婚登记). Their character
/// pairs match no item and would push the real words under the coverage threshold, so they are taken out.
/// </summary>
internal static class QueryFillers
{
    // Longest first, so 怎么办理 goes as a whole before 怎么 is tried.
    private static readonly string[] Phrases =
    [
        "需要准备什么材料", "需要准备哪些材料", "需要什么材料", "需要哪些材料", "要带什么材料", "要什么材料", "需要带什么",
        "在哪里办理", "去哪里办理", "到哪里办理", "在哪儿办理", "怎么办理", "如何办理", "怎样办理", "哪里办理",
        "在哪里办", "去哪里办", "到哪里办", "需要什么", "需要哪些", "要带什么", "怎么申请", "如何申请",
        "怎么办", "怎么弄", "在哪里", "去哪里", "到哪里", "在哪儿", "怎么", "怎样", "如何", "哪里", "什么", "哪些",
        "我想", "我要", "请问", "想要", "办理",
    ];

    private static readonly char[] TrailingParticles = ['吗', '呢', '啊', '呀'];

    /// <summary>The query without filler words; the query itself when nothing else would be left.</summary>
    public static string Strip(string normalized)
    {
        var stripped = normalized;
        foreach (var phrase in Phrases)
        {
            stripped = stripped.Replace(phrase, "", StringComparison.Ordinal);
        }
        stripped = stripped.TrimEnd(TrailingParticles);
        return stripped.Length > 0 ? stripped : normalized;
    }
}
