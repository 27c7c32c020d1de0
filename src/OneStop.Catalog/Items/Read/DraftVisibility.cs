using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Items;

/// <summary>
/// Who may see an unpublished draft: only a catalog administrator whose scope covers the item's region. Everyone
/// else gets the same 404 as for a version that does not exist, so a draft's existence is not revealed either.
/// </summary>
public static class DraftVisibility
{
    public static bool MaySeeDrafts(this DataScope scope, string itemRegion)
    {
        if (!scope.User.IsAuthenticated || !scope.Holds(Role.CatalogAdmin)) return false;
        try { return scope.Staff(Role.CatalogAdmin).CoversRegion(itemRegion); }
        catch (DomainException) { return false; }
    }
}
