namespace OneStop.Platform.Documents;

/// <summary>
/// An official document (公文式通知书、决定书) as a module states it: what it says, not how it is laid out.
/// <see cref="OfficialDocumentPdf"/> prints it the way a Chinese government notice looks.
/// </summary>
/// <param name="Title">受理通知书</param>
/// <param name="DocumentNumber">e.g. the 办件编号 or the 文号, shown under the title</param>
/// <param name="Addressee">张三： / 广州某某有限公司：</param>
/// <param name="Issuer">广州市天河区市场监督管理局</param>
/// <param name="Footnote">small print at the bottom (查询方式…)</param>
public sealed record OfficialDocument(
    string Title,
    string? DocumentNumber,
    string? Addressee,
    IReadOnlyList<DocumentBlock> Body,
    string Issuer,
    DateOnly IssuedOn,
    string? Footnote = null);

/// <summary>One part of a document's body.</summary>
public abstract record DocumentBlock;

/// <summary>Running text, its first line indented two characters; its own line breaks start new paragraphs.</summary>
public sealed record DocumentParagraph(string Text) : DocumentBlock;

/// <summary>A section heading (一、申请材料).</summary>
public sealed record DocumentHeading(string Text) : DocumentBlock;

/// <summary>Items numbered 1. 2. 3., continuation lines under the item's text.</summary>
public sealed record DocumentList(IReadOnlyList<string> Items) : DocumentBlock;

/// <summary>A label：value table (申请人：张三), values aligned after the longest label.</summary>
public sealed record DocumentFields(IReadOnlyList<(string Label, string Value)> Rows) : DocumentBlock;
