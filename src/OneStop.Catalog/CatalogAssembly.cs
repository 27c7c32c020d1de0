namespace OneStop.Catalog;

/// <summary>Marker for the Catalog module assembly (一库).</summary>
public static class CatalogAssembly;
