/// A claim before it has an id, a confidence and its final text: what one rule read in one sentence.
struct ClaimDraft {
    var sentence: Sentence
    var quantity: QuantityMention
    var subject: Subject
    var asOf: Timing.Resolved
    var attribution: ReadingState.ResolvedAttribution?
    var statedOn: CalendarDate?
    var rules: [String]

    /// The article text from the first token's start to the last token's end.
    static func span(of tokens: ArraySlice<Token>, in text: String) -> String {
        guard let first = tokens.first, let last = tokens.last,
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: first.utf8Start, limitedBy: text.utf8.endIndex),
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: last.utf8End, limitedBy: text.utf8.endIndex),
            start <= end
        else { return "" }
        return String(decoding: text.utf8[start..<end], as: UTF8.self)
    }

    func claim(articleId: String, text: String, confidence: ConfidenceModel) -> Claim {
        let tokens = sentence.tokens
        let quoteText = Self.span(of: tokens[...], in: text)
        let quantityText = Self.span(of: tokens[quantity.range], in: text)
        let start = sentence.start
        let numberOffset = tokens[quantity.numberRange.lowerBound].start
        let id = "c-" + FNV1a.base36("\(articleId)|\(start)|\(numberOffset)|\(quantityText)|\(subject.measure)")
        return Claim(
            id: id, articleId: articleId, subject: subject,
            quantity: Quantity(
                low: quantity.low, best: quantity.best, high: quantity.high, qualifier: quantity.qualifier,
                text: quantityText),
            asOf: asOf.asOf, source: attribution?.attribution, statedOn: statedOn,
            evidence: Evidence(quote: quoteText, start: start, end: sentence.end),
            rules: Self.unique(rules), confidence: confidence.score(self))
    }

    private static func unique(_ rules: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(rules.count)
        for rule in rules where !result.contains(rule) { result.append(rule) }
        return result
    }
}

/// How far to trust a claim: lower for inferred or unknown publication dates, missing attribution,
/// vague numbers and dates taken from context rather than the sentence.
struct ConfidenceModel {
    let published: Published

    func score(_ draft: ClaimDraft) -> Double {
        var score = 0.9
        switch published.basis {
        case .metadata, .dateline, .url: break
        case .inferred: score -= 0.1
        case .unknown: score -= 0.25
        }
        if draft.attribution == nil { score -= 0.1 }
        if draft.quantity.isVague { score -= 0.15 }
        if draft.asOf.isDefault { score -= 0.1 } else if draft.asOf.isCarried { score -= 0.05 }
        if draft.rules.contains("owner from context") { score -= 0.05 }
        if draft.rules.contains(where: { $0.hasPrefix("place from") }) { score -= 0.05 }
        return (max(0.1, min(0.95, score)) * 100).rounded() / 100
    }
}
