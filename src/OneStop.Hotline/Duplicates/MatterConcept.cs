namespace OneStop.Hotline.Duplicates;

/// <summary>
/// Whether a concept names the thing a request is about (问题对象: 水管, 电梯, 市场) or what is wrong with it (诉求方面:
/// 破裂漏水, 噪音, 价格欺诈). Two requests about one object with different aspects are different matters.
/// </summary>
public enum ConceptKind
{
    Object,
    Aspect,
}

/// <summary>
/// One meaning of the lexicon: the words that say it, and its family (concepts of one family are related: 停水 and
/// 破裂漏水 are both 供水). <see cref="LinkedTo"/> lists concepts that report the same incident seen from another side
/// (a burst main is noticed as water on the road by passers-by and as no water by the residents).
/// </summary>
public sealed record MatterConcept(int Id, ConceptKind Kind, string Name, string Family, string[] Words, int[] LinkedTo);
