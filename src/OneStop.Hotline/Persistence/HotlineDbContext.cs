using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Persistence;

/// <summary>
/// The 12345 hotline's tables (prefix <c>hotline_</c>). Each part of the module (tickets, knowledge base, dispatch
/// catalogue…) maps its own entities in an <see cref="IEntityTypeConfiguration{TEntity}"/> beside them, applied here
/// from the assembly, so a use-case folder is complete on its own.
/// </summary>
public sealed class HotlineDbContext(DbContextOptions<HotlineDbContext> options)
    : ModuleDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HotlineDbContext).Assembly);
    }
}
