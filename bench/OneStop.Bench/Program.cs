using OneStop.Bench;
using OneStop.Bench.Scenarios;

// Usage: dotnet run -c Release --project bench/OneStop.Bench [scenario…]   (no names = all scenarios)
IScenario[] scenarios =
[
    new AddWorkdaysScenario(),
    new CatalogSearchScenario(),
    new AuditContentionScenario(),
    new CaseLifecycleScenario(),
    new HotlineClassifierScenario(),
    new HotlineDuplicatesScenario(),
];

// "hotline" is the issue's benchmark: (a) the classifier, then (b) duplicate detection at 1,000,000 requests.
args = args.SelectMany(name => name == "hotline" ? ["hotline-classifier", "hotline-duplicates"] : new[] { name }).ToArray();

var unknown = args.Where(name => scenarios.All(scenario => scenario.Name != name)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown scenario: {string.Join(", ", unknown)}");
    Console.Error.WriteLine($"available: {string.Join(", ", scenarios.Select(scenario => scenario.Name))}");
    return 2;
}

var failed = false;
foreach (var scenario in scenarios.Where(scenario => args.Length == 0 || args.Contains(scenario.Name)))
{
    var report = new BenchReport(scenario.Name);
    scenario.Run(report);
    Console.WriteLine(report);
    failed |= report.Failed;
}
#if DEBUG
Console.WriteLine("note: Debug build; use -c Release for meaningful figures");
#endif
return failed ? 1 : 0;
