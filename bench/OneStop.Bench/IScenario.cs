namespace OneStop.Bench;

/// <summary>One named measurement; it times a baseline and the product's code in the same run and reports both.</summary>
internal interface IScenario
{
    /// <summary>Name used on the command line, e.g. <c>add-workdays</c>.</summary>
    string Name { get; }

    void Run(BenchReport report);
}
