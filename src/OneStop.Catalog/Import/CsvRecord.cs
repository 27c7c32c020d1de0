namespace OneStop.Catalog.Import;

/// <summary>One CSV record and the line it starts on; <paramref name="Error"/> says why it is malformed.</summary>
internal sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields, string? Error);
