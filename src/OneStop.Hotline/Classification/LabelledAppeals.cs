namespace OneStop.Hotline.Classification;

/// <summary>One labelled text of the 泰迪杯 2020 C split: its 一级 category name and its 主题+详情.</summary>
public sealed record LabelledAppeal(string Label, string Text);

/// <summary>
/// Reads <c>teddycup2020-c-labelled-split/{dev,test}.csv</c>: no header, one row a line, <c>一级分类,主题+详情</c>, the
/// text quoted (with doubled quotes) when it holds a comma or a quote.
/// </summary>
public static class LabelledAppeals
{
    public static IReadOnlyList<LabelledAppeal> Read(string path)
    {
        var rows = new List<LabelledAppeal>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0) continue;
            var comma = line.IndexOf(',');
            if (comma <= 0) throw new FormatException($"{path} 第 {number} 行不是“一级分类,文本”格式");
            var text = line[(comma + 1)..];
            if (text.Length >= 2 && text[0] == '"' && text[^1] == '"') text = text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            rows.Add(new LabelledAppeal(line[..comma].Trim(), text));
        }
        return rows;
    }
}
