using System.Text;

namespace OneStop.Catalog.Import;

/// <summary>
/// Splits RFC 4180 CSV into records: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF and CR
/// all end a record. A malformed record is reported with its error instead of throwing, and blank lines are skipped.
/// </summary>
internal static class CsvSplitter
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var closed = false;
        string? error = null;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                    closed = true;
                }
                else
                {
                    line += EndsLine(c, reader) ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                closed = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                if (fields.Count > 0 || field.Length > 0 || closed)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(start, fields, error);
                }
                fields = [];
                field.Clear();
                closed = false;
                error = null;
                start = ++line;
            }
            else if (c == '"' && field.Length == 0 && !closed)
            {
                quoted = true;
            }
            else
            {
                if (closed || c == '"')
                {
                    error ??= closed ? "引号闭合后还有多余字符" : "未加引号的字段中出现引号";
                }
                field.Append(c);
            }
        }
        if (quoted)
        {
            // An open quote swallows the rest of the file, so the record is reported where it started.
            error = "引号未闭合";
        }
        if (fields.Count > 0 || field.Length > 0 || closed || quoted)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields, error);
        }
    }

    private static bool EndsLine(char c, TextReader reader) => c == '\n' || (c == '\r' && reader.Peek() != '\n');
}
