namespace OneStop.Platform.Audit;

/// <summary>
/// The Chinese words people read in the trail — action names, record types, field names, coded values — from every
/// module's <see cref="AuditWords"/>: a record's fields are named by the module that owns the record, then by
/// Platform's general words. A new action written with <c>db.Audit</c> needs a name in its module's words (a test
/// checks every action in the source has one).
/// </summary>
internal sealed class AuditVocabulary
{
    private readonly Dictionary<string, string> _actions = [];
    private readonly Dictionary<string, (string Name, AuditWords Words)> _records = [];
    private readonly AuditWords _general;

    public AuditVocabulary(IEnumerable<AuditWords> modules)
    {
        var all = modules.Distinct().ToList();
        _general = PlatformAuditWords.Words;
        if (!all.Contains(_general)) all.Insert(0, _general);
        foreach (var words in all)
        {
            foreach (var (code, name) in words.Actions) Add(_actions, "action", code, name);
            foreach (var (type, name) in words.Records)
            {
                if (_records.TryGetValue(type, out var known) && known.Words != words)
                    throw new InvalidOperationException($"Two modules name the audited record type {type}.");
                _records[type] = (name, words);
            }
        }
    }

    private static void Add(Dictionary<string, string> into, string what, string key, string name)
    {
        // A programming error, found at the first reading of the trail (and by the tests): two modules' words disagree.
        if (into.TryGetValue(key, out var known) && known != name)
            throw new InvalidOperationException($"The audit {what} {key} has two names: {known} and {name}.");
        into[key] = name;
    }

    public IReadOnlyDictionary<string, string> Actions => _actions;

    public string ActionName(string code) => _actions.TryGetValue(code, out var name) ? name : "其他操作";

    public string EntityName(string type) => _records.TryGetValue(type, out var r) ? r.Name : "数据";

    public static string OperationName(string op) => op switch
    {
        "Added" => "新增", "Modified" => "修改", "Deleted" => "删除", _ => "变更",
    };

    private AuditWords WordsOf(string entity) => _records.TryGetValue(entity, out var r) ? r.Words : _general;

    private string? KnownField(AuditWords words, string property) =>
        Find(words.Fields, property) ?? Find(_general.Fields, property);

    private static string? Find(IReadOnlyDictionary<string, string> names, string key) =>
        names.TryGetValue(key, out var name) ? name : null;

    /// <summary>
    /// A place inside a record ("Materials[4].DeferredDueDate") in Chinese: "申请材料第5项 · 容缺材料补交期限". A key
    /// the vocabulary does not know inside a structure is a key the user chose (a form field's): shown as it is.
    /// </summary>
    public string PlaceName(string entity, string path)
    {
        var words = WordsOf(entity);
        var parts = path.Split('.');
        var names = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var bracket = part.IndexOf('[');
            var key = bracket < 0 ? part : part[..bracket];
            var name = (i == 0 ? Find(words.RecordFields, $"{entity}.{key}") : null)
                ?? KnownField(words, key) ?? (i == 0 ? "其他字段" : $"“{key}”");
            // "[3]" and "[3][1]": positions counted from 1, as people count them.
            foreach (var index in part[(bracket < 0 ? part.Length : bracket)..].Split('[', StringSplitOptions.RemoveEmptyEntries))
                name += int.TryParse(index.TrimEnd(']'), out var n) ? $"第{n + 1}项" : "";
            names.Add(name);
        }
        return string.Join(" · ", names);
    }

    /// <summary>
    /// The Chinese of a coded value in the field that carries it, in the record's module's words; null when it is
    /// not one (shown as stored).
    /// </summary>
    public string? ValueName(string entity, string field, string value) =>
        WordsOf(entity).Values.TryGetValue(field, out var names) || _general.Values.TryGetValue(field, out names)
            ? names.GetValueOrDefault(value)
            : null;

    /// <summary>Role codes as stored ("SystemAdmin,Supervisor") in Chinese ("系统管理员、电子监察").</summary>
    public static string RoleNames(string roles) => string.Join("、", roles.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(r => r == "System" ? "系统" : Security.Role.Find(r)?.ChineseName ?? "其他角色"));
}
