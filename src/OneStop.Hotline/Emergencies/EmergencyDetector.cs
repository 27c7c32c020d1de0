namespace OneStop.Hotline.Emergencies;

/// <summary>
/// Tells an emergency (hand to 110/119/120/122) from a 12345 matter in a caller's text. Pure and fast (no I/O, a
/// scan of a few dozen phrases per clause), so intake runs it on every text. A phrase counts unless, in its clause,
/// it is negated or feared (没有着火, 担心起火), past (上周着火), a risk or a habit (火灾隐患, 经常发生车祸), or only
/// describes something (着火的那栋楼的维修问题), or the text says the emergency is over (已经扑灭). It errs on the side of
/// flagging: the agent sees the phrases and decides; a missed fire costs more than a question to the caller.
/// </summary>
public static class EmergencyDetector
{
    /// <summary>Longer texts are scanned in their first part only: an emergency is said at once, not on page three.</summary>
    public const int ScannedLength = 4000;

    private static readonly char[] ClauseBreaks = ['。', '！', '？', '；', '，', '!', '?', ';', ',', '\n', '\r', '…'];
    private static readonly EmergencyService[] Priority =
        [EmergencyService.Fire, EmergencyService.Police, EmergencyService.Ambulance, EmergencyService.TrafficPolice];

    public static EmergencyReferral? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var scanned = text.Length > ScannedLength ? text[..ScannedLength] : text;
        if (EmergencyPhrases.Settled.Any(scanned.Contains)) return null;
        var found = new List<EmergencyPhrase>();
        foreach (var clause in scanned.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            found.AddRange(InClause(clause));
        if (found.Count == 0) return null;
        var services = found.GroupBy(p => p.Service)
            .OrderByDescending(g => g.Count()).ThenBy(g => Array.IndexOf(Priority, g.Key)).Select(g => g.Key).ToList();
        var phrases = found.Where(p => p.Service == services[0]).Select(p => p.Text).Distinct().ToList();
        return new EmergencyReferral(services[0], phrases, services.Skip(1).ToList());
    }

    private static IEnumerable<EmergencyPhrase> InClause(string clause)
    {
        if (EmergencyPhrases.Past.Any(clause.Contains) || EmergencyPhrases.NotAnEvent.Any(clause.Contains)) yield break;
        var happeningNow = EmergencyPhrases.Now.Any(clause.Contains);
        foreach (var phrase in EmergencyPhrases.All)
        {
            if (phrase.Spoilers.Any(clause.Contains)) continue;
            for (var at = clause.IndexOf(phrase.Text, StringComparison.Ordinal); at >= 0;
                 at = clause.IndexOf(phrase.Text, at + 1, StringComparison.Ordinal))
            {
                if (InCompound(clause, at, phrase.Text.Length) || Negated(clause, at)) continue;
                if (!happeningNow && Describes(clause, at + phrase.Text.Length)) continue;
                yield return phrase;
                break;
            }
        }
    }

    /// <summary>The phrase is part of a longer word that means something else (被困扰, 火灾隐患).</summary>
    private static bool InCompound(string clause, int at, int length) =>
        EmergencyPhrases.Compounds.Any(word =>
        {
            for (var start = Math.Max(0, at + length - word.Length); start <= at && start + word.Length <= clause.Length; start++)
                if (string.CompareOrdinal(clause, start, word, 0, word.Length) == 0) return true;
            return false;
        });

    /// <summary>A negation or a fear right before the phrase; "是不是着火了" asks, it does not deny.</summary>
    private static bool Negated(string clause, int at)
    {
        var before = clause[Math.Max(0, at - 4)..at];
        if (before.EndsWith("是不是", StringComparison.Ordinal)) return false;
        return EmergencyPhrases.Negations.Any(n => before.EndsWith(n, StringComparison.Ordinal));
    }

    /// <summary>"着火的那栋楼": the phrase qualifies a noun, the clause is about something else ("着火的是三楼" is not).</summary>
    private static bool Describes(string clause, int end) =>
        end + 1 < clause.Length && clause[end] == '的' && clause[end + 1] != '是';
}
