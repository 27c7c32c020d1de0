namespace OneStop.Hotline.Duplicates;

/// <summary>
/// The distinct character pairs of a text (letters, digits and Chinese characters; punctuation breaks a pair), as sorted
/// ints: the plain surface similarity the rule uses as one feature among several, never alone.
/// </summary>
public static class TextBigrams
{
    private const int MaxChars = 300;

    // Pairs every request has (courtesy and the asking itself) say nothing about the matter.
    private static readonly HashSet<int> Common = [.. new[]
    {
        "您好", "你好", "请问", "我们", "尽快", "处理", "部门", "有关", "相关", "政府", "反映", "投诉", "希望", "要求", "一下", "麻烦",
        "谢谢", "问题", "现在", "已经", "没有", "什么", "时候", "一直", "请求", "领导", "居民", "附近", "这边", "那边",
    }.Select(p => Pair(p[0], p[1]))];

    public static int[] Of(string text)
    {
        var set = new HashSet<int>();
        var limit = Math.Min(text.Length, MaxChars);
        for (var i = 0; i + 1 < limit; i++)
        {
            var a = Normal(text[i]);
            var b = Normal(text[i + 1]);
            if (a == '\0' || b == '\0') continue;
            var pair = Pair(a, b);
            if (!Common.Contains(pair)) set.Add(pair);
        }
        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Cosine of two pair sets: shared / √(|a|·|b|).</summary>
    public static double Cosine(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared / Math.Sqrt((double)a.Length * b.Length);
    }

    private static int Pair(char a, char b) => (a << 16) | b;

    private static char Normal(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'a'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
        _ when char.IsAsciiLetterOrDigit(c) || c is >= '\u4e00' and <= '\u9fff' => c,
        _ => '\0',
    };
}
