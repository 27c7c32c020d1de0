using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using OneStop.Platform;
using OneStop.Platform.Persistence;

namespace OneStop.Tests.Architecture;

/// <summary>Modules talk through small public contracts, never through each other's tables or internals (ADR 0011).</summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_host_is_built_from_the_Platform_and_Catalog_modules()
    {
        var names = ModuleBoundaries.Modules.Select(m => m.GetName().Name).ToList();
        Assert.Contains("OneStop.Platform", names);
        Assert.Contains("OneStop.Catalog", names);
    }

    [Fact]
    public void No_module_uses_another_modules_internals_or_database_context()
    {
        var violations = ModuleBoundaries.Modules.SelectMany(ModuleBoundaries.Violations).ToList();
        Assert.True(violations.Count == 0, "Module boundary broken (use the module's contract, see docs/adr/0011-module-contracts.md):\n"
            + string.Join("\n", violations.Select(v => "  " + v + Users(v))));
    }

    [Fact]
    public void No_module_outside_Platform_uses_another_modules_DbContext()
    {
        foreach (var module in ModuleBoundaries.Modules.Where(m => m != typeof(PlatformContracts).Assembly))
        {
            var foreignContexts = ModuleBoundaries.Modules.Where(m => m != module)
                .SelectMany(m => m.GetTypes()).Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract).Select(t => t.FullName!).ToArray();
            Assert.NotEmpty(foreignContexts); // PlatformDbContext at least: the rule is about something
            var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(foreignContexts).GetResult();
            Assert.True(result.IsSuccessful, $"{module.GetName().Name} uses another module's DbContext in: "
                + string.Join(", ", result.FailingTypeNames ?? []));
        }
    }

    [Fact]
    public void The_checker_sees_a_reference_to_Platform_internals_where_there_is_one()
    {
        // The Web host may use PlatformDbContext (it is not a module); checked as if it were one, it must be flagged,
        // otherwise the rule above could pass by seeing nothing.
        var asIfModule = ModuleBoundaries.Violations(typeof(Program).Assembly);
        Assert.Contains($"OneStop.Web → {typeof(PlatformDbContext).FullName}", asIfModule);
    }

    [Fact]
    public void Platform_exposes_only_its_contracts_to_other_modules()
    {
        // The compiler enforces the boundary too: whatever is not in PlatformContracts is internal (visible to the
        // hosts, migrations and tests through InternalsVisibleTo), so a module cannot even compile against it.
        var exported = typeof(PlatformContracts).Assembly.GetExportedTypes();
        Assert.Contains(typeof(PlatformContracts), exported);
        var beyondContract = exported.Where(t => t != typeof(PlatformContracts) && !PlatformContracts.Allows(t))
            .Select(t => t.FullName).Order().ToList();
        Assert.True(beyondContract.Count == 0, "Public Platform types outside PlatformContracts (make them internal or add "
            + "them to the contract with a reason in ADR 0011):\n  " + string.Join("\n  ", beyondContract));
    }

    [Fact]
    public void The_calendar_is_part_of_Platforms_contract_and_its_database_is_not()
    {
        Assert.Contains(typeof(OneStop.Platform.Calendar.IWorkingCalendar), PlatformContracts.Types);
        Assert.False(PlatformContracts.Allows(typeof(PlatformDbContext)));
        Assert.False(PlatformContracts.Allows(typeof(OneStop.Platform.Accounts.Account)));
        Assert.True(PlatformContracts.Allows(typeof(OneStop.Platform.Errors.DomainException)));
    }

    private static string Users(string violation)
    {
        var (module, type) = (violation.Split(" → ")[0], violation.Split(" → ")[1]);
        var assembly = ModuleBoundaries.Modules.Single(m => m.GetName().Name == module);
        var users = Types.InAssembly(assembly).That().HaveDependencyOn(type.Replace('+', '/')).GetTypes().Select(t => t.Name).ToList();
        return users.Count == 0 ? "" : " (in " + string.Join(", ", users) + ")";
    }
}
