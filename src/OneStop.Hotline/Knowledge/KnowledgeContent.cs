namespace OneStop.Hotline.Knowledge;

/// <summary>What a version says: checked by <see cref="KnowledgeInput"/> before any article takes it.</summary>
public sealed record KnowledgeContent(string Title, IReadOnlyList<string> Questions, string Answer, string? CategoryCode,
    IReadOnlyList<string> Regions, DateOnly ExpiresOn);

/// <summary>Who did something to an article, named as the history shows them.</summary>
public sealed record KnowledgeActor(long? AccountId, string Name, string RoleName);
