using OneStop.Catalog.Contracts;

namespace OneStop.Cases.Domain;

/// <summary>
/// 一人一档 / 一企一档: a form field that asks for what the platform already knows about the applicant — name, resident
/// ID, phone, home address; an enterprise's name, credit code, legal representative — is filled in from the profile
/// when the draft is made, so nobody types an 18-digit ID the platform holds (the value stays editable). Matched by
/// the catalog's field keys and the usual labels, narrowly: "经营场所" is an address, but not the applicant's.
/// </summary>
internal static class ApplicantFacts
{
    private static readonly string[] HomeAddressLabels = ["居住地址", "住址", "住所", "家庭住址", "联系地址", "通讯地址", "户籍地址"];

    public static string? For(PublishedFormField field, Applicant applicant)
    {
        var key = field.Key;
        var label = field.Label;
        var person = applicant.Type == ApplicantType.Citizen;
        string? value = null;
        if (Is(key, "phone", "mobile", "contactPhone") || label.Contains("联系电话") || label.Contains("手机"))
            value = applicant.Phone;
        else if (Is(key, "address", "homeAddress") || HomeAddressLabels.Any(l => label.StartsWith(l, StringComparison.Ordinal) || label.EndsWith(l, StringComparison.Ordinal) && !label.Contains("经营")))
            value = applicant.Address;
        else if (person && (Is(key, "residentId", "idNumber", "idCard") || label.Contains("身份证")))
            value = applicant.IdNumber;
        else if (person && (Is(key, "applicantName", "name") || label.EndsWith("姓名", StringComparison.Ordinal)))
            value = applicant.Name;
        else if (!person && (Is(key, "creditCode") || label.Contains("信用代码")))
            value = applicant.IdNumber;
        else if (!person && (Is(key, "legalRepresentative") || label.Contains("法定代表人")))
            value = applicant.LegalRepresentative;
        else if (!person && (Is(key, "enterpriseName", "companyName") || label.Contains("企业名称") || label.Contains("单位名称")))
            value = applicant.Name;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>
    /// The form's values that the profile already answers, each read as its field's kind: a profile value the field
    /// would refuse (a phone asked for in a date field) is left for the applicant, as anything typed would be.
    /// </summary>
    public static Dictionary<string, string> Prefill(IEnumerable<PublishedFormField> fields, Applicant applicant, DateOnly today) =>
        fields.Select(f => (f.Key, Value: For(f, applicant) is { } known && f.Read(known, today) is { IsValid: true } read ? read.Value : null))
            .Where(f => f.Value is not null)
            .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value!);

    private static bool Is(string key, params string[] names) => names.Any(n => n.Equals(key, StringComparison.OrdinalIgnoreCase));
}
