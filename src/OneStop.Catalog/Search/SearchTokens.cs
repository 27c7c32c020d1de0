using System.Runtime.InteropServices;

namespace OneStop.Catalog.Search;

/// <summary>
/// Cuts normalised text into the index's tokens. Chinese has no spaces, so a run of Chinese becomes overlapping
/// character pairs (食品经营 → 食品 品经 经营), which match partial names and any word order; a run of Latin letters and
/// digits stays one word (ICP, A02095). A pair or single character is packed into a number: first &lt;&lt; 16 | second.
/// </summary>
internal static class SearchTokens
{
    /// <summary>Adds the tokens of one field of a document to its token → fields table.</summary>
    public static void AddTo(string normalized, SearchField field, bool withSingleCharacters,
        Dictionary<uint, byte> grams, Dictionary<string, byte> words)
    {
        foreach (var (start, end, ascii) in Runs(normalized))
        {
            if (ascii)
            {
                Mark(words, normalized[start..end], field);
                continue;
            }
            for (var i = start; i < end; i++)
            {
                // Single characters serve one-character queries (证, 税); kept only for short fields to save space.
                if (withSingleCharacters || end - start == 1)
                {
                    Mark(grams, normalized[i], field);
                }
                if (i + 1 < end)
                {
                    Mark(grams, Pair(normalized[i], normalized[i + 1]), field);
                }
            }
        }
    }

    /// <summary>The distinct tokens of a query: pairs, or the character itself for a one-character run.</summary>
    public static (List<uint> Grams, List<string> Words) OfQuery(string normalized)
    {
        var grams = new List<uint>();
        var words = new List<string>();
        foreach (var (start, end, ascii) in Runs(normalized))
        {
            if (ascii)
            {
                AddDistinct(words, normalized[start..end]);
            }
            else if (end - start == 1)
            {
                AddDistinct(grams, normalized[start]);
            }
            else
            {
                for (var i = start; i + 1 < end; i++)
                {
                    AddDistinct(grams, Pair(normalized[i], normalized[i + 1]));
                }
            }
        }
        return (grams, words);
    }

    private static uint Pair(char first, char second) => ((uint)first << 16) | second;

    private static IEnumerable<(int Start, int End, bool Ascii)> Runs(string normalized)
    {
        var i = 0;
        while (i < normalized.Length)
        {
            var start = i;
            var ascii = char.IsAsciiLetterOrDigit(normalized[i]);
            while (i < normalized.Length && char.IsAsciiLetterOrDigit(normalized[i]) == ascii)
            {
                i++;
            }
            yield return (start, i, ascii);
        }
    }

    private static void Mark<TKey>(Dictionary<TKey, byte> tokens, TKey token, SearchField field) where TKey : notnull =>
        CollectionsMarshal.GetValueRefOrAddDefault(tokens, token, out _) |= (byte)field;

    private static void AddDistinct<T>(List<T> tokens, T token)
    {
        if (!tokens.Contains(token))
        {
            tokens.Add(token);
        }
    }
}
