using System.Collections.Concurrent;

namespace OneStop.Hotline.Duplicates;

/// <summary>
/// Reads the places out of a request's text or address: a name of up to four characters before a place suffix (路, 大道,
/// 小区, 花园, 市场, 小学, 地铁站…). Chinese has no spaces, so the name is cut at words that cannot be part of one
/// (的, 在, 我家, 附近…) and never reaches back into the previous place ("华景路华景新城" → 华景路, 华景新城).
/// </summary>
public static class PlaceExtraction
{
    private const int MaxName = 4;

    // Longest first: "地铁站" before "站", "大道" before "道".
    private static readonly (string Suffix, bool Site)[] Suffixes =
    [
        ("地铁站", true), ("客运站", true), ("会展中心", true), ("步行街", true), ("幼儿园", true), ("酒吧街", true),
        ("小区", true), ("花园", true), ("新城", true), ("新邨", true), ("大厦", true), ("广场", true), ("市场", true),
        ("小学", true), ("中学", true), ("学校", true), ("医院", true), ("公园", true), ("社区", true), ("立交", true),
        ("天桥", true), ("隧道", true), ("中心", true), ("展馆", true), ("软件园", true), ("河涌", true), ("村", true), ("苑", true), ("站", true),
        ("大道", false), ("大街", false), ("马路", false), ("路", false), ("街", false), ("巷", false),
    ];

    private static readonly HashSet<char> Breaks = [.. "的在了我是到和与及从向对把被给这那个去来住家有就都也说边近旁前后外叫让往经过位于请帮市区县镇条段整栋用走错封进染接紧"];

    private static readonly HashSet<string> NotNames =
    [
        "综合", "农贸", "这个", "那个", "一个", "附近", "旁边", "对面", "门口", "我们", "这边", "那边", "周边", "马", "大", "小", "一", "公交",
        "地铁", "马路", "道", "车", "每", "整", "全", "这", "那", "走", "过", "上", "下", "里", "中", "内", "出",
    ];

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static PlaceToken[] Extract(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var tokens = new List<PlaceToken>();
        var lastEnd = 0;
        var i = 0;
        while (i < text.Length)
        {
            var match = Suffixes.FirstOrDefault(s => string.CompareOrdinal(text, i, s.Suffix, 0, s.Suffix.Length) == 0);
            if (match.Suffix is null)
            {
                i++;
                continue;
            }
            var end = i + match.Suffix.Length;
            // "路边", "路面", "街灯": the suffix is part of another word here.
            if (!match.Site && end < text.Length && "边面灯费况线".Contains(text[end]))
            {
                i = end;
                continue;
            }
            var start = i;
            while (start > lastEnd && i - start < MaxName && IsNameChar(text[start - 1]) && !Breaks.Contains(text[start - 1])) start--;
            var name = text[start..i];
            if (name.Length >= 1 && !NotNames.Contains(name) && !(name.Length == 1 && match.Suffix.Length == 1 && match.Suffix != "村"))
            {
                // "员村兴新城": a village name right before a site is part of the site's name, not a place of its own.
                if (start == lastEnd && tokens.Count > 0 && tokens[^1].Text.EndsWith('村') && match.Site && match.Suffix != "村")
                {
                    name = tokens[^1].Text + name;
                    tokens.RemoveAt(tokens.Count - 1);
                }
                tokens.Add(new PlaceToken(Intern(name + match.Suffix), Intern(name), match.Site));
                lastEnd = end;
            }
            i = end;
        }
        return [.. tokens.DistinctBy(t => t.Text)];
    }

    private static bool IsNameChar(char c) => c is >= '\u4e00' and <= '\u9fff' || char.IsAsciiLetterOrDigit(c);

    // Many records name the same places: one string each keeps a million records small.
    private static string Intern(string s) => Pool.GetOrAdd(s, s);
}
