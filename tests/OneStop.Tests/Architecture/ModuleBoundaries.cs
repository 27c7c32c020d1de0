using System.Reflection;
using Mono.Cecil;
using OneStop.Platform;

namespace OneStop.Tests.Architecture;

/// <summary>
/// What one module's compiled code references of the other modules: Platform only through PlatformContracts, the
/// other business modules only through their own <c>XxxContracts</c> list (none yet, so not at all).
/// Read from the IL with Mono.Cecil, so a reference inside a method body counts as much as one in a signature.
/// </summary>
public static class ModuleBoundaries
{
    private static readonly string[] Hosts = ["OneStop.Web", "OneStop.Cli", "OneStop.Migrations.Sqlite", "OneStop.Migrations.Postgres"];

    /// <summary>Every module assembly the host is built from (Platform, Catalog, and later Cases, Hall, Hotline…).</summary>
    public static IReadOnlyList<Assembly> Modules { get; } = typeof(Program).Assembly.GetReferencedAssemblies()
        .Where(a => a.Name!.StartsWith("OneStop.", StringComparison.Ordinal) && !Hosts.Contains(a.Name))
        .Select(Assembly.Load).OrderBy(a => a.GetName().Name).ToList();

    /// <summary>"Catalog → OneStop.Platform.Persistence.PlatformDbContext" for each reference the rules forbid.</summary>
    public static IReadOnlyList<string> Violations(Assembly module)
    {
        var name = module.GetName().Name!;
        var others = Modules.Where(m => m.GetName().Name != name).ToDictionary(m => m.GetName().Name!, Contract);
        using var definition = ModuleDefinition.ReadModule(module.Location);
        return definition.GetTypeReferences()
            .Select(r => (Assembly: r.Scope.Name, FullName: r.FullName.Replace('/', '+'), Namespace: Outermost(r).Namespace))
            .Where(r => others.TryGetValue(r.Assembly, out var allowed) && !allowed(r.FullName, r.Namespace))
            .Select(r => $"{name} → {r.FullName}")
            .Distinct().Order().ToList();
    }

    private static TypeReference Outermost(TypeReference type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    /// <summary>Which of a module's types others may use: Platform's list, or a module's own XxxContracts.Types.</summary>
    private static Func<string, string, bool> Contract(Assembly module)
    {
        if (module == typeof(PlatformContracts).Assembly)
        {
            var names = PlatformContracts.Types.Select(t => t.FullName!).ToHashSet();
            return (fullName, ns) => PlatformContracts.SharedNamespaces.Contains(ns)
                || names.Contains(fullName) || names.Any(n => fullName.StartsWith(n + "+", StringComparison.Ordinal));
        }
        var contracts = module.GetTypes().FirstOrDefault(t => t.Name.EndsWith("Contracts", StringComparison.Ordinal)
            && t.GetProperty("Types", BindingFlags.Public | BindingFlags.Static) is not null);
        var listed = contracts?.GetProperty("Types")!.GetValue(null) is IEnumerable<Type> types
            ? types.Select(t => t.FullName!).ToHashSet()
            : [];
        return (fullName, _) => listed.Contains(fullName);
    }
}
