namespace OneStop.Platform.Regions;

/// <summary>One name a code carried and the years it carried it, both inclusive; <c>To</c> null = still in force.</summary>
internal readonly record struct DivisionPeriod(string Name, int From, int? To)
{
    public bool Covers(int year) => From <= year && (To is null || year <= To);
}
