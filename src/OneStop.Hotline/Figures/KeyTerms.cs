namespace OneStop.Hotline.Figures;

/// <summary>
/// Key terms of a request text: Chinese character pairs without function characters (的、了、我、请…), so that
/// "噪音扰民" and "施工噪音" share 噪音. Used to group requests without a place and to name each rising topic.
/// </summary>
public static class KeyTerms
{
    private const string Stop = "的了是在我有和就不人都一上也很到说要去你会着没看好自己这那他她们吗呢吧啊请您为与及对把被从给让向于而且但并或等该其此之所以因如果已经进行问题情况反映希望相关部门能可多次现年月日号个里后前时天还再又没什么怎样处理解决市区";

    public static IReadOnlyList<string> Of(string text)
    {
        var terms = new HashSet<string>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            char a = text[i], b = text[i + 1];
            if (!IsHan(a) || !IsHan(b) || Stop.Contains(a) || Stop.Contains(b)) continue;
            terms.Add(new string([a, b]));
        }
        return [.. terms];
    }

    /// <summary>The commonest terms of a group of texts (by how many texts have them), commonest first.</summary>
    public static IReadOnlyList<string> Commonest(IEnumerable<IReadOnlyList<string>> termsOfEachText, int take) =>
        termsOfEachText.SelectMany(t => t).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).Take(take).ToList();

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
