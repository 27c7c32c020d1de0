namespace OneStop.Hotline.Duplicates;

/// <summary>Finds the lexicon's concepts in a text: one pass, longest word first at each position.</summary>
public static class ConceptMatcher
{
    private static readonly Dictionary<char, (string Word, int Concept)[]> ByFirstChar = MatterLexicon.All
        .SelectMany(c => c.Words.Select(w => (Word: w, Concept: c.Id)))
        .GroupBy(x => x.Word[0])
        .ToDictionary(g => g.Key, g => g.DistinctBy(x => x.Word).OrderByDescending(x => x.Word.Length).ToArray());

    /// <summary>The concept ids found, sorted and distinct.</summary>
    public static int[] Find(string text)
    {
        var found = new SortedSet<int>();
        var i = 0;
        while (i < text.Length)
        {
            var advanced = 1;
            if (ByFirstChar.TryGetValue(text[i], out var words))
            {
                foreach (var (word, concept) in words)
                {
                    if (string.CompareOrdinal(text, i, word, 0, word.Length) != 0) continue;
                    found.Add(concept);
                    advanced = word.Length;
                    break;
                }
            }
            i += advanced;
        }
        return [.. found];
    }
}
