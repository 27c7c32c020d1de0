using System.Globalization;
using OneStop.Hotline.Taxonomy;

namespace OneStop.Hotline.Duplicates;

/// <summary>
/// 是否同一诉求: whether two requests are about the same matter (docs/adr/0019). A plain character-pair cosine is not
/// enough (one burst main told in different words shares few characters; two complaints about one market share many),
/// so the score weighs the meaning (lexicon concepts, the aspect complained about before the object), the place (region,
/// named sites and roads, coordinates), the category and the time, with the character pairs as one feature among them.
/// Evidence of a difference (another aspect, another site, another county, long ago) multiplies the score down.
/// The agent console (via <see cref="DuplicateFinder"/>) and the CLI probe both call this one function.
/// </summary>
public static class SameMatterRule
{
    /// <summary>At or above this score two matters are the same (tuned on the tune half of the labelled pairs).</summary>
    public const double Threshold = 0.50;

    /// <summary>Matters further apart than this are never proposed: the older one is a past occurrence.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    private const double MeaningWeight = 0.40, PlaceWeight = 0.30, CategoryWeight = 0.12, TextWeight = 0.18;
    private const double OtherAspect = 0.45, OtherSite = 0.45, OtherRoad = 0.65, OtherCategory = 0.75, OtherCounty = 0.15, LongAgo = 0.3, NoContent = 0.8;
    private const double DecayDays = 7, FamilyMatch = 0.25;

    public static SameMatterVerdict Compare(MatterRecord a, MatterRecord b, Func<string, string?>? categoryOf = null) =>
        Compare(MatterFeatures.Of(a, categoryOf), MatterFeatures.Of(b, categoryOf));

    /// <summary>Two bare texts (the CLI probe): the place from the texts, the category from the hook (null: unknown, neutral).</summary>
    public static SameMatterVerdict CompareTexts(string a, string b, Func<string, string?>? categoryOf = null) =>
        Compare(MatterFeatures.OfText(a, categoryOf), MatterFeatures.OfText(b, categoryOf));

    public static SameMatterVerdict Compare(MatterFeatures a, MatterFeatures b)
    {
        var reasons = new List<string>();
        var score = Evaluate(a, b, reasons);
        return new SameMatterVerdict(Math.Round(score, 3), score >= Threshold, reasons);
    }

    /// <summary>The score alone, without building reasons: what the index computes for every candidate.</summary>
    public static double Score(MatterFeatures a, MatterFeatures b) => Evaluate(a, b, null);

    private static double Evaluate(MatterFeatures a, MatterFeatures b, List<string>? why)
    {
        var factor = 1.0;
        var meaning = Meaning(a, b, why, ref factor);
        var place = Place(a, b, why, ref factor);
        var category = Category(a, b, why, ref factor);
        var cosine = TextBigrams.Cosine(a.Bigrams, b.Bigrams);
        var text = Math.Min(1, cosine / 0.4);
        if (cosine >= 0.3) why?.Add(string.Create(CultureInfo.InvariantCulture, $"文字表述相似（{cosine:F2}）"));
        // Neither the lexicon nor the words say what the two are about: a shared place and category alone are not a
        // duplicate (a busy 小区 has many matters at once).
        if ((a.Aspects.Length == 0 || b.Aspects.Length == 0) && cosine < 0.3) factor *= NoContent;
        var time = Time(a, b, why, ref factor);
        var score = (MeaningWeight * meaning + PlaceWeight * place + CategoryWeight * category + TextWeight * text) * factor * time;
        return Math.Clamp(score, 0, 1);
    }

    private static double Meaning(MatterFeatures a, MatterFeatures b, List<string>? why, ref double factor)
    {
        var objects = a.Objects.Length > 0 && b.Objects.Length > 0 ? Match(a.Objects, b.Objects) : (double?)null;
        if (a.Aspects.Length > 0 && b.Aspects.Length > 0)
        {
            var aspects = Match(a.Aspects, b.Aspects);
            if (aspects == 0)
            {
                factor *= OtherAspect;
                why?.Add($"诉求内容不同（{Names(a.Aspects)} / {Names(b.Aspects)}）");
                return 0.25 * (objects ?? 0.5);
            }
            var meaning = 0.75 * aspects + 0.25 * (objects ?? 0.5);
            if (meaning >= 0.6) why?.Add($"文本含义相近（{Names(Shared(a.Aspects, b.Aspects))}）");
            return meaning;
        }
        // One side names no aspect the lexicon knows: only the object speaks, and weakly; the character pairs carry the
        // rest. Unknown is not similar: at one busy site most requests are about something else.
        return objects is null ? 0.15 : 0.1 + 0.35 * objects.Value;
    }

    private static double Place(MatterFeatures a, MatterFeatures b, List<string>? why, ref double factor)
    {
        if (a.County.Length > 0 && b.County.Length > 0 && a.County != b.County)
        {
            factor *= OtherCounty;
            why?.Add("不同区县");
            return 0;
        }
        var sameTown = a.Town is null || b.Town is null || a.Town == b.Town;
        if (a.Latitude is { } la && a.Longitude is { } loa && b.Latitude is { } lb && b.Longitude is { } lob)
        {
            var metres = Distance(la, loa, lb, lob);
            if (metres <= 1000)
            {
                why?.Add(string.Create(CultureInfo.InvariantCulture, $"同一地点（相距约 {Math.Round(metres / 10) * 10:F0} 米）"));
                return metres <= 200 ? 1 : metres <= 500 ? 0.8 : 0.5;
            }
            if (metres > 2000)
            {
                factor *= OtherSite;
                why?.Add(string.Create(CultureInfo.InvariantCulture, $"地点不同（相距约 {metres / 1000:F1} 公里）"));
                return 0;
            }
        }
        // One pass over the two small place lists (this runs for every candidate of every proposal).
        PlaceToken? site = null, road = null, named = null;
        bool relatedSites = false, sitesA = false, sitesB = false;
        foreach (var q in b.Places) sitesB |= q.IsSite;
        foreach (var p in a.Places)
        {
            sitesA |= p.IsSite;
            foreach (var q in b.Places)
            {
                var sameText = ReferenceEquals(p.Text, q.Text) || p.Text == q.Text;
                var related = sameText || SameName(p.Name, q.Name);
                if (sameText && p.IsSite) site ??= p;
                if (sameText) road ??= p;
                if (related) named ??= p;
                if (related && p.IsSite && q.IsSite) relatedSites = true;
            }
        }
        if (site is { } s)
        {
            why?.Add($"同一地点（{s.Text}）");
            return 1;
        }
        // Two different sites are two places even on one road (a road is long; 小区 and 市场 are not).
        if (sitesA && sitesB && !relatedSites)
        {
            factor *= OtherSite;
            why?.Add($"地点不同（{a.Places.First(p => p.IsSite).Text} / {b.Places.First(p => p.IsSite).Text}）");
            return 0;
        }
        if (road is { } r)
        {
            why?.Add($"同一道路（{r.Text}）");
            return 0.7;
        }
        if (named is { } n)
        {
            why?.Add($"地点相近（{n.Name}）");
            return 0.6;
        }
        if (a.Places.Length > 0 && b.Places.Length > 0)
        {
            // Two roads, or a road and a site, none in common: probably elsewhere, but a road is long.
            factor *= OtherRoad;
            why?.Add($"地点不同（{a.Places[0].Text} / {b.Places[0].Text}）");
            return 0.1;
        }
        return sameTown ? 0.35 : 0.15;
    }

    private static double Category(MatterFeatures a, MatterFeatures b, List<string>? why, ref double factor)
    {
        if (a.CategoryCode is not { Length: 6 } x || b.CategoryCode is not { Length: 6 } y) return 0.5;
        if (x == y)
        {
            why?.Add($"同一分类（{AppealTaxonomy.Find(x)?.Name ?? x}）");
            return 1;
        }
        if (string.CompareOrdinal(x, 0, y, 0, 4) == 0)
        {
            why?.Add($"同一二级分类（{AppealTaxonomy.Find(x[..4])?.Name ?? x[..4]}）");
            return 0.8;
        }
        if (string.CompareOrdinal(x, 0, y, 0, 2) == 0)
        {
            why?.Add($"同一一级分类（{AppealTaxonomy.Find(x[..2])?.Name ?? x[..2]}）");
            return 0.5;
        }
        factor *= OtherCategory;
        why?.Add("分类不同");
        return 0;
    }

    /// <summary>The time factor: 1 on the same day, decaying towards 0.75 over a week or two; far outside the window, low.</summary>
    private static double Time(MatterFeatures a, MatterFeatures b, List<string>? why, ref double factor)
    {
        if (a.ReceivedAt is not { } ta || b.ReceivedAt is not { } tb) return 1;
        var days = Math.Abs((ta - tb).TotalDays);
        if (days > Window.TotalDays)
        {
            factor *= LongAgo;
            why?.Add($"时间相隔过久（{days:F0} 天）");
        }
        else if (days <= 7) why?.Add($"时间相近（相隔 {days:F0} 天）");
        return 0.75 + 0.25 * Math.Exp(-days / DecayDays);
    }

    /// <summary>Symmetric best-match average: 1 for the same concept, 0.85 for a linked one, a quarter for one of its family.</summary>
    private static double Match(int[] a, int[] b) => (OneWay(a, b) + OneWay(b, a)) / 2;

    private static double OneWay(int[] from, int[] to)
    {
        var sum = 0.0;
        foreach (var x in from)
        {
            var best = 0.0;
            var cx = MatterLexicon.Get(x);
            foreach (var y in to)
            {
                var m = x == y ? 1 : cx.LinkedTo.Contains(y) ? 0.85 : cx.Family == MatterLexicon.Get(y).Family ? FamilyMatch : 0;
                if (m > best) best = m;
            }
            sum += best;
        }
        return sum / from.Length;
    }

    /// <summary>"棠下" and "棠下二社", "天河立交" and "西天河立交": one name inside the other names the same neighbourhood.</summary>
    private static bool SameName(string a, string b) =>
        a.Length >= 2 && b.Length >= 2 && (a.Length <= b.Length ? b.Contains(a, StringComparison.Ordinal) : a.Contains(b, StringComparison.Ordinal));

    private static int[] Shared(int[] a, int[] b)
    {
        var shared = a.Where(x => b.Contains(x) || b.Any(y => MatterLexicon.Get(x).LinkedTo.Contains(y))).ToArray();
        return shared.Length > 0 ? shared : a;
    }

    private static string Names(IEnumerable<int> ids) => string.Join("、", ids.Select(id => MatterLexicon.Get(id).Name));

    private static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6_371_000;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
