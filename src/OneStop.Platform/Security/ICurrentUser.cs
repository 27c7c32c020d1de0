namespace OneStop.Platform.Security;

/// <summary>Who is acting. Staff carry a department and region; applicants only their account.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    long? AccountId { get; }
    string Name { get; }
    IReadOnlyList<string> Roles { get; }
    long? DepartmentId { get; }
    string? RegionCode { get; }
}

/// <summary>The actor of background work and the CLI: audited under its own name.</summary>
public sealed class SystemUser(string name = "系统") : ICurrentUser
{
    public bool IsAuthenticated => true;
    public long? AccountId => null;
    public string Name { get; } = name;
    public IReadOnlyList<string> Roles { get; } = ["System"];
    public long? DepartmentId => null;
    public string? RegionCode => null;
}
