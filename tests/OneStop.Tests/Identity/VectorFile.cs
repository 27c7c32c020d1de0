namespace OneStop.Tests.Identity;

/// <summary>
/// A CSV of test vectors from the shared data, read once. Theories enumerate its rows by line; when the data is
/// absent they get one placeholder row, so the run reports a skip instead of an empty theory.
/// </summary>
internal sealed class VectorFile(string relativePath)
{
    public const int AbsentLine = 0;

    private readonly Lazy<Dictionary<int, Dictionary<string, string>>> rows = new(() => Read(relativePath));

    public TheoryData<int, string> Lines(string keyColumn)
    {
        var data = new TheoryData<int, string>();
        if (SharedData.Root is null)
        {
            data.Add(AbsentLine, "(shared data absent)");
            return data;
        }
        foreach (var (line, row) in rows.Value)
        {
            data.Add(line, row[keyColumn]);
        }
        return data;
    }

    /// <summary>The row at a CSV line (1 = header); skips the test when the shared data is absent.</summary>
    public Dictionary<string, string> Row(int line)
    {
        SharedData.RequireRoot();
        return rows.Value[line];
    }

    private static Dictionary<int, Dictionary<string, string>> Read(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.RequireRoot(), relativePath));
        var header = SplitCsvLine(lines[0].TrimStart('\uFEFF'));
        var result = new Dictionary<int, Dictionary<string, string>>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var fields = SplitCsvLine(lines[i]);
            result[i + 1] = header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        }
        return result;
    }

    /// <summary>RFC 4180 fields of one line: quotes may enclose commas and escape a quote by doubling it.</summary>
    internal static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
