namespace OneStop.Catalog.Import;

/// <summary>
/// One row of a source file after reading: an item, or the reason it could not become one. Readers never throw on a
/// bad row, so one broken line cannot stop the import of the other two thousand.
/// </summary>
public abstract record ImportRow(int RowNumber)
{
    public sealed record Accepted(ImportedItem Item) : ImportRow(Item.RowNumber);

    /// <param name="Reason">Why the row was not read, in Chinese for the operator's import report.</param>
    public sealed record Rejected(int RowNumber, string Reason) : ImportRow(RowNumber);
}
