namespace OneStop.Catalog.Items;

public enum VersionStatus { Draft, Published, Retired }
