namespace OneStop.Platform.Documents;

/// <summary>
/// Prints an <see cref="OfficialDocument"/> like a Chinese government notice (GB/T 9704 in spirit, not in every
/// millimetre): title centred and bold, the number centred below it, the addressee flush left, the body, then the
/// issuer and the date (2026年12月1日) right-aligned, and the footnote in small print after a rule.
/// </summary>
public static class OfficialDocumentPdf
{
    public static byte[] Render(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DocumentPdf.Render(document.Title, (w, f) => Fill(w, f, document));
    }

    /// <summary>The date as a notice prints it: 2026年12月1日 (no leading zeros).</summary>
    public static string ChineseDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private static void Fill(DocumentPages w, DocumentStyles f, OfficialDocument d)
    {
        var em = f.Body.Size;
        w.Write(new DocumentLine(d.Title, f.Title, Alignment: LineAlignment.Centre));
        if (!string.IsNullOrWhiteSpace(d.DocumentNumber))
            w.Write(new DocumentLine(d.DocumentNumber, f.Body, Alignment: LineAlignment.Centre));
        w.Space(6);
        w.Rule();
        w.Space(6);
        if (!string.IsNullOrWhiteSpace(d.Addressee)) w.Write(new DocumentLine(d.Addressee, f.Body));
        foreach (var block in d.Body) Block(w, f, block, em);
        // The issuer and the date stay together (never a date alone at the top of a page), with room above for the seal.
        w.Space(3 * em);
        w.Write(Signature(f.Body, d.Issuer, ChineseDate(d.IssuedOn)));
        if (!string.IsNullOrWhiteSpace(d.Footnote))
        {
            w.Space(2 * em);
            w.Rule();
            w.Write(new DocumentLine(d.Footnote, f.Small));
        }
    }

    /// <summary>
    /// The issuer centred over the date, the pair two characters in from the right edge (as GB/T 9704 places 发文机关署名
    /// and 成文日期); an issuer too long for that is simply set flush right, where it wraps.
    /// </summary>
    private static DocumentLine[] Signature(DocumentFont font, string issuer, string date)
    {
        var right = 2 * font.Size;
        var (issuerWidth, dateWidth) = (font.Measure(issuer), font.Measure(date));
        var block = Math.Max(issuerWidth, dateWidth);
        if (block > DocumentPages.Column * 0.6f)
            return [new(issuer, font, Alignment: LineAlignment.Right), new(date, font, Alignment: LineAlignment.Right)];
        var left = DocumentPages.Column - right - block;
        return [new(issuer, font, left + (block - issuerWidth) / 2), new(date, font, left + (block - dateWidth) / 2)];
    }

    private static void Block(DocumentPages w, DocumentStyles f, DocumentBlock block, float em)
    {
        switch (block)
        {
            case DocumentParagraph p:
                w.Write(new DocumentLine(p.Text, f.Body, FirstLineIndent: 2 * em));
                break;
            case DocumentHeading h:
                w.Space(em / 2);
                w.Write(new DocumentLine(h.Text, f.Heading));
                break;
            case DocumentList list:
            {
                // The numbers share one width (that of the longest, "10. "), so every item's text starts at the same x.
                var width = f.Body.Measure($"{list.Items.Count}. ") + em / 4;
                for (var i = 0; i < list.Items.Count; i++)
                    w.Row($"{i + 1}.", list.Items[i], f.Body, width, indent: 2 * em);
                break;
            }
            case DocumentFields fields:
            {
                // Values start after the longest label, but a very long label wraps rather than squeezing every value.
                var width = Math.Min(fields.Rows.Select(r => f.Body.Measure(Label(r.Label))).DefaultIfEmpty(0).Max(), DocumentPages.Column * 0.4f);
                foreach (var (label, value) in fields.Rows) w.Row(Label(label), value, f.Body, width, indent: 2 * em);
                break;
            }
            default:
                throw new ArgumentException($"A document block of type {block.GetType().Name} has no layout.", nameof(block));
        }
    }

    /// <summary>申请人 → 申请人：; a label that already ends with a colon keeps it.</summary>
    private static string Label(string label) => label.EndsWith('：') || label.EndsWith(':') ? label : label + "：";
}
