using System.Globalization;
using OneStop.Hotline.Duplicates;

namespace OneStop.Tests.Hotline.Duplicates;

/// <summary>One authored request of matters.tsv.</summary>
public sealed record LabelledMatter(int Scene, string Matter, int Days, string Region, string Category, string? Address, string Text)
{
    /// <summary>The fixed split: odd scenes tune the rule, even scenes report it. Never changed after the first measurement.</summary>
    public bool InTuneHalf => Scene % 2 == 1;

    public MatterRecord Record(int line) => new(
        new Guid(line, 0, 0, new byte[8]), $"T{line:D4}", Text, Category, Region, Address, null, null,
        new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddDays(Days));
}

/// <summary>A labelled pair: the same matter told twice, or two different matters (at one place, or alike elsewhere).</summary>
public sealed record LabelledPair(int Id, LabelledMatter A, MatterRecord RecordA, LabelledMatter B, MatterRecord RecordB, bool Same, string Kind);

public sealed record PairScores(int Pairs, int Same, int TruePositive, int FalsePositive, int FalseNegative)
{
    public double Precision => TruePositive + FalsePositive == 0 ? 0 : (double)TruePositive / (TruePositive + FalsePositive);
    public double Recall => Same == 0 ? 0 : (double)TruePositive / Same;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"pairs={Pairs} same={Same} precision={Precision:F3} recall={Recall:F3} f1={F1:F3}");
}

/// <summary>
/// The labelled pairs of duplicate detection, derived from the authored matters (tests/…/Duplicates/matters.tsv):
/// every two requests of one matter are "same"; two requests of different matters at one scene (same place, often
/// the same words) and two requests of one category in different scenes of the same district ("same words, another
/// place") are "different". Different pairs are thinned deterministically to as many as the same pairs (balanced).
/// Pairs never cross the halves: a scene belongs to one half, so no text is seen by both.
/// </summary>
public static class LabelledPairs
{
    public static IReadOnlyList<LabelledMatter> LoadMatters(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Select(f => new LabelledMatter(
            int.Parse(f[0], CultureInfo.InvariantCulture), f[1], int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4],
            f[5].Length == 0 ? null : f[5], f[6])).ToList();

    public static IReadOnlyList<LabelledPair> Build(IReadOnlyList<LabelledMatter> matters, bool tuneHalf)
    {
        var rows = matters.Select((m, line) => (m, line)).Where(x => x.m.InTuneHalf == tuneHalf).ToList();
        var same = new List<(int, int, string)>();
        var atScene = new List<(int, int, string)>();
        var elsewhere = new List<(int, int, string)>();
        for (var i = 0; i < rows.Count; i++)
        for (var j = i + 1; j < rows.Count; j++)
        {
            var (a, b) = (rows[i].m, rows[j].m);
            if (a.Scene == b.Scene && a.Matter == b.Matter) same.Add((i, j, "same"));
            else if (a.Scene == b.Scene) atScene.Add((i, j, "same place, another matter"));
            else if (a.Category[..4] == b.Category[..4] && a.Region == b.Region) elsewhere.Add((i, j, "alike, another place"));
        }
        // Balanced: half of the different pairs from one scene, half alike elsewhere, evenly spaced (deterministic).
        var different = Thin(atScene, (same.Count + 1) / 2).Concat(Thin(elsewhere, same.Count / 2)).ToList();
        var id = tuneHalf ? 1 : 2;
        var pairs = new List<LabelledPair>();
        foreach (var (i, j, kind) in same.Concat(different))
        {
            pairs.Add(new LabelledPair(id, rows[i].m, rows[i].m.Record(rows[i].line), rows[j].m, rows[j].m.Record(rows[j].line),
                kind == "same", kind));
            id += 2;
        }
        return pairs;
    }

    public static PairScores Score(IReadOnlyList<LabelledPair> pairs, Func<LabelledPair, bool> judge)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var p in pairs)
        {
            var same = judge(p);
            if (same && p.Same) tp++;
            else if (same) fp++;
            else if (p.Same) fn++;
        }
        return new PairScores(pairs.Count, pairs.Count(p => p.Same), tp, fp, fn);
    }

    /// <summary>The rule as the console uses it, on the records (text, region, category, address, time).</summary>
    public static PairScores ScoreRule(IReadOnlyList<LabelledPair> pairs) =>
        Score(pairs, p => SameMatterRule.Compare(p.RecordA, p.RecordB).Same);

    /// <summary>The baseline the issue warns about: character-pair cosine of the texts alone, at its best threshold on the tune half.</summary>
    public static PairScores ScoreCosine(IReadOnlyList<LabelledPair> pairs, double threshold) =>
        Score(pairs, p => TextBigrams.Cosine(TextBigrams.Of(p.A.Text), TextBigrams.Of(p.B.Text)) >= threshold);

    public static string MattersPath(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "tests", "OneStop.Tests", "Hotline", "Duplicates", "matters.tsv");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("matters.tsv not found above " + start);
    }

    private static IEnumerable<T> Thin<T>(List<T> items, int count)
    {
        if (items.Count <= count) return items;
        var step = (double)items.Count / count;
        return Enumerable.Range(0, count).Select(k => items[(int)(k * step)]);
    }
}
