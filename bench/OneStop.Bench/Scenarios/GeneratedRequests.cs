using System.Text.RegularExpressions;
using OneStop.Catalog.Import;
using OneStop.Hotline.Duplicates;
using OneStop.Hotline.Taxonomy;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// A year of generated 12345 requests for the duplicate benchmark: the real message-board texts (teddycup2020-c,
/// read from ONESTOP_SHARED_DATA) cut to an intake summary, each placed on a road and at a site of one of Guangzhou's
/// eleven districts, dated over a year, with an opening phrase and one lexicon word swapped for a synonym. A record is
/// kept as a small descriptor and its text rebuilt when needed, so a million of them stay cheap.
/// </summary>
internal sealed partial class GeneratedRequests
{
    public const int SummaryLength = 110;

    private static readonly (string Code, string Name)[] Districts =
    [
        ("440103", "荔湾区"), ("440104", "越秀区"), ("440105", "海珠区"), ("440106", "天河区"), ("440111", "白云区"), ("440112", "黄埔区"),
        ("440113", "番禺区"), ("440114", "花都区"), ("440115", "南沙区"), ("440117", "从化区"), ("440118", "增城区"),
    ];

    private static readonly string[] Stems =
    [
        "棠德", "龙口", "华景", "石牌", "车陂", "岑村", "员村", "猎德", "冼村", "五山", "科韵", "天润", "翠湖", "东晖", "金穗", "兴华", "广园",
        "沙河", "燕岭", "元岗", "长湴", "柯木", "凌塘", "珠吉", "黄村", "前进", "棠安", "天府", "中山", "黄埔", "新塘", "石碁", "南浦", "洛溪",
        "大石", "钟村", "沙湾", "化龙", "新造", "南村", "沙头", "东涌", "榄核", "黄阁", "太和", "人和", "钟落", "江高", "石井", "新市",
        "同和", "京溪", "永平", "嘉禾", "均禾", "鹤龙", "龙归", "金沙", "松洲", "景泰", "云城", "三元", "矿泉", "登峰", "白云", "流花",
    ];

    private static readonly string[] RoadSuffixes = ["路", "大道", "东路", "西路", "北路", "南路", "大街"];
    private static readonly string[] SiteSuffixes = ["花园", "小区", "新城", "市场", "小学", "苑", "大厦", "广场"];
    public static readonly string[] Intros = ["", "居民反映：", "市民来电称，", "我是附近居民，", "您好，", "有群众投诉，"];

    public const int SitesPerDistrict = 120;

    public readonly record struct Descriptor(int Base, byte District, short Site, long Ticks, byte Intro, short Swap);

    public required IReadOnlyList<(string Text, string Category)> Bases { get; init; }
    public required Descriptor[] Records { get; init; }
    public DateTimeOffset Start { get; } = new(2025, 12, 1, 0, 0, 0, TimeSpan.FromHours(8));

    [GeneratedRegex("[A-Z]+[0-9]*(市|区|县|镇)|西地省")]
    private static partial Regex Anonymised();

    public static IReadOnlyList<(string Text, string Category)> ReadBases(string sharedData)
    {
        var split = Path.Combine(sharedData, "hotline-appeals-cn", "teddycup2020-c-labelled-split");
        var bases = new List<(string, string)>();
        foreach (var file in new[] { "dev.csv", "test.csv" })
        {
            using var reader = new StreamReader(Path.Combine(split, file));
            foreach (var row in CsvSplitter.Read(reader))
            {
                if (row.Error is not null || row.Fields.Count < 2) continue;
                var first = AppealTaxonomy.FindFirstLevel(row.Fields[0].Trim());
                if (first is null) continue;
                var leaves = AppealTaxonomy.Leaves.Where(l => l.Code.StartsWith(first.Code, StringComparison.Ordinal)).ToList();
                var text = Placeholders(Anonymised().Replace(row.Fields[1], ""));
                if (text.Length < 30) continue;
                bases.Add((text.Length > SummaryLength + 30 ? text[..(SummaryLength + 30)] : text,
                    leaves[(int)((uint)text.GetHashCode(StringComparison.Ordinal) % (uint)leaves.Count)].Code));
            }
        }
        return bases;
    }

    private const char SiteMark = '\u0001', RoadMark = '\u0002';

    /// <summary>
    /// The places the real text names (its school, its 小区, its road) become marks that each record fills with its
    /// own site and road: copies of one text at two sites then name two places, as two residents would.
    /// </summary>
    private static string Placeholders(string text)
    {
        foreach (var place in PlaceExtraction.Extract(text).OrderByDescending(p => p.Text.Length))
            text = text.Replace(place.Text, place.IsSite ? SiteMark.ToString() : RoadMark.ToString(), StringComparison.Ordinal);
        return text;
    }

    private static string Fill(string text, string road, string site) =>
        text.Replace(SiteMark.ToString(), site, StringComparison.Ordinal).Replace(RoadMark.ToString(), road, StringComparison.Ordinal);

    public static GeneratedRequests Create(IReadOnlyList<(string Text, string Category)> bases, int count, int seed)
    {
        var random = new Random(seed);
        var year = TimeSpan.FromDays(365).Ticks;
        var records = new Descriptor[count];
        for (var i = 0; i < count; i++)
        {
            records[i] = new Descriptor(random.Next(bases.Count), (byte)random.Next(Districts.Length), (short)random.Next(SitesPerDistrict),
                random.NextInt64(year), (byte)random.Next(Intros.Length), (short)random.Next(1000));
        }
        return new GeneratedRequests { Bases = bases, Records = records };
    }

    public static Guid TicketId(int index) => new(index, 0, 0, new byte[8]);

    public static int IndexOf(Guid ticketId) => BitConverter.ToInt32(ticketId.ToByteArray(), 0);

    public DateTimeOffset TimeOf(Descriptor d) => Start.AddTicks(d.Ticks);

    public static string County(Descriptor d) => Districts[d.District].Code;

    /// <summary>The site (a 小区, 市场, school…) and the road it is on, both fixed per district and site number.</summary>
    public static (string Road, string Site) Place(int district, int site)
    {
        var road = Stems[(district * 7 + site / 4) % Stems.Length] + RoadSuffixes[(site / 4 + district) % RoadSuffixes.Length];
        var stem = Stems[(district * 13 + site * 5) % Stems.Length];
        var second = Stems[(site * 11 + district * 3 + 1) % Stems.Length][..1];
        return (road, stem + second + SiteSuffixes[(site + district) % SiteSuffixes.Length]);
    }

    public MatterRecord Record(int index)
    {
        var d = Records[index];
        var (road, site) = Place(d.District, d.Site);
        var text = Fill(Swap(Bases[d.Base].Text, d.Swap), road, site);
        text = text.Length > SummaryLength ? text[..SummaryLength] : text;
        return new MatterRecord(TicketId(index), $"GZ{index:D8}", $"{road}{site}{Intros[d.Intro]}{text}", Bases[d.Base].Category,
            County(d), null, null, null, TimeOf(d));
    }

    /// <summary>
    /// Another resident telling the same matter: the site (with or without its road), another opening, the summary
    /// cut elsewhere, another synonym swapped, a few days later, the category known or not.
    /// </summary>
    public MatterRecord Retold(int index, Random random, Guid ticketId)
    {
        var d = Records[index];
        var (road, site) = Place(d.District, d.Site);
        var text = Fill(Swap(Bases[d.Base].Text, (short)random.Next(1000)), road, site);
        var offset = Math.Min(random.Next(0, 20), Math.Max(0, text.Length - 40));
        text = text[offset..];
        text = text.Length > SummaryLength - 10 ? text[..(SummaryLength - 10)] : text;
        var place = random.Next(2) == 0 ? site : road + site;
        return new MatterRecord(ticketId, "NEW", $"{Intros[random.Next(Intros.Length)]}{place}{text}",
            random.NextDouble() < 0.7 ? Bases[d.Base].Category : null, County(d), null, null, null,
            TimeOf(d).AddHours(random.Next(0, 72)));
    }

    /// <summary>Replaces one lexicon word of the text by another word of its concept ("爆管" → "水管破裂").</summary>
    private static string Swap(string text, short choice)
    {
        foreach (var concept in MatterLexicon.All)
        {
            var word = concept.Words.FirstOrDefault(w => w.Length >= 2 && text.Contains(w, StringComparison.Ordinal));
            if (word is null || concept.Words.Length < 2) continue;
            var other = concept.Words[choice % concept.Words.Length];
            return text.Replace(word, other, StringComparison.Ordinal);
        }
        return text;
    }
}
