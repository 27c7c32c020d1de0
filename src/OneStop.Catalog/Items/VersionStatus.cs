namespace OneStop.Catalog.Items;

/// <summary>
/// Draft → Published → Retired; a published version scheduled for after the item's last day is Withdrawn by the
/// retirement (it never came into force, and stays readable as what had been planned).
/// </summary>
public enum VersionStatus { Draft, Published, Retired, Withdrawn }
