/// A number with its qualifier and the tokens that state both: "up to 12,000", "between 4,000 and
/// 6,000", "fewer than a thousand".
struct QuantityMention: Equatable, Sendable {
    var range: Range<Int>
    /// Token range of the number(s) alone, without the qualifier words.
    var numberRange: Range<Int>
    var low: Int?
    var best: Int?
    var high: Int?
    var qualifier: Qualifier
    var isVague: Bool
    var rules: [String]
}

/// Turns numbers into quantities: ranges first ("4,000 to 6,000", "between 4,000 and 6,000",
/// "4,000-6,000"), then qualifier phrases before ("up to") or after ("or more") a single number.
struct QuantityScanner {
    let lexicon: ExtractionLexicon

    func scan(_ tokens: [Token]) -> [QuantityMention] {
        let numbers = NumberScanner.scan(tokens)
        var quantities: [QuantityMention] = []
        var index = 0
        while index < numbers.count {
            let number = numbers[index]
            if index + 1 < numbers.count, let range = range(tokens, number, numbers[index + 1]) {
                quantities.append(range)
                index += 2
                continue
            }
            quantities.append(single(tokens, number))
            index += 1
        }
        return quantities
    }

    /// "4,000 to 6,000", "4,000-6,000", "4,000–6,000", "between 4,000 and 6,000", "from 4,000 to 6,000".
    private func range(_ tokens: [Token], _ first: NumberMention, _ second: NumberMention) -> QuantityMention? {
        guard !first.isVague, !second.isVague, first.value < second.value else { return nil }
        let gap = first.range.upperBound..<second.range.lowerBound
        guard gap.count == 1 else { return nil }
        let joiner = tokens[gap.lowerBound]
        var start = first.range.lowerBound
        let rule: String
        if joiner.isDash {
            rule = "<number>-<number>"
        } else if joiner.folded == "to" {
            rule = "<number> to <number>"
        } else if joiner.folded == "and", start > 0, tokens[start - 1].folded == "between" {
            rule = "between <number> and <number>"
            start -= 1
        } else {
            return nil
        }
        if rule == "<number> to <number>", start > 0, tokens[start - 1].folded == "from" {
            // "grew from 3,000 to 9,000" is a change, two counts at two times, not a range.
            if start > 1, Self.changeVerbs.contains(tokens[start - 2]) { return nil }
            start -= 1
        }
        var rules = [rule]
        // "an estimated 4,000 to 6,000" keeps its range; the hedge is recorded, not a new qualifier.
        if let (hedgeStart, _) = qualifierBefore(tokens, at: start) {
            start = hedgeStart
            rules.insert("<hedge> <range>", at: 0)
        }
        // "3 to 4 thousand", "10-15 thousand": the scale written once belongs to both ends.
        var low = first.value
        if let scale = Self.scale(in: second.range, tokens), Self.scale(in: first.range, tokens) == nil,
            low * scale <= second.value
        {
            low *= scale
            rules.append("<number> to <number> <scale>")
        }
        return QuantityMention(
            range: start..<second.range.upperBound, numberRange: first.range.lowerBound..<second.range.upperBound,
            low: low, best: nil, high: second.value, qualifier: .range, isVague: false, rules: rules)
    }

    /// The multiplier of a scale word inside a number ("thousand", "million", the "k" of "12k").
    private static func scale(in range: Range<Int>, _ tokens: [Token]) -> Int? {
        for index in range where tokens[index].isWord {
            if let scale = NumberWords.scales[tokens[index]], scale >= 1000 { return scale }
        }
        return nil
    }

    /// Verbs of change before "from X to Y".
    static let changeVerbs: WordSet = [
        "grew", "grown", "rose", "risen", "increased", "climbed", "swelled", "jumped", "fell", "fallen", "dropped",
        "declined", "decreased", "shrank", "shrunk", "reduced", "cut", "went", "changed",
    ]

    private func single(_ tokens: [Token], _ number: NumberMention) -> QuantityMention {
        var start = number.range.lowerBound
        var end = number.range.upperBound
        var qualifier: Qualifier = number.isVague ? .atLeast : .exact
        var rules = [number.rule]
        if let (qualifierStart, found) = qualifierBefore(tokens, at: start) {
            start = qualifierStart
            qualifier = found.qualifier
            rules.insert("\(found.phrase) <number>", at: 0)
        } else if let (qualifierEnd, found) = qualifierAfter(tokens, at: end) {
            end = qualifierEnd
            qualifier = found.qualifier
            rules.append("<number> \(found.phrase)")
        }
        let value = number.value
        var quantity = QuantityMention(
            range: start..<end, numberRange: number.range, low: nil, best: nil, high: nil, qualifier: qualifier,
            isVague: number.isVague, rules: rules)
        switch qualifier {
        case .exact, .approximately: quantity.best = value
        case .atMost: quantity.high = value
        case .lessThan: quantity.high = value - 1
        case .atLeast: quantity.low = value
        case .moreThan: quantity.low = number.isVague ? value : value + 1
        case .range, .zero, .nearZero: quantity.best = value
        }
        if number.isVague, qualifier != .atLeast, qualifier != .moreThan {
            // "up to thousands" still only says "at least a couple of thousand" about the count.
            quantity = QuantityMention(
                range: start..<end, numberRange: number.range, low: value, best: nil, high: nil, qualifier: .atLeast,
                isVague: true, rules: rules)
        }
        return quantity
    }

    static let quoteMarks: Set<String> = ["\"", "“", "”", "'", "‘", "’", "«", "»"]

    private func qualifierBefore(_ tokens: [Token], at start: Int) -> (Int, (qualifier: Qualifier, phrase: String))? {
        if let found = qualifierEnding(tokens, at: start) { return found }
        // A quoted hedge: 'there were "well over" 100,000 troops'.
        if start > 1, tokens[start - 1].kind == .punctuation, Self.quoteMarks.contains(tokens[start - 1].text),
            let found = qualifierEnding(tokens, at: start - 1)
        {
            let opening = found.0 - 1
            let quoted = opening >= 0 && tokens[opening].kind == .punctuation && Self.quoteMarks.contains(tokens[opening].text)
            return (quoted ? opening : found.0, found.1)
        }
        return nil
    }

    private func qualifierEnding(_ tokens: [Token], at start: Int) -> (Int, (qualifier: Qualifier, phrase: String))? {
        // Longest phrase ending right before `start`: try starts up to four tokens back.
        for length in stride(from: 4, through: 1, by: -1) where start - length >= 0 {
            let phraseStart = start - length
            guard let matched = lexicon.qualifiersBefore.matchPhrase(in: tokens, at: phraseStart),
                matched.length == length
            else { continue }
            let key = ExtractionLexicon.key(tokens[phraseStart..<start])
            return (phraseStart, (lexicon.qualifierBefore[matched.phrase], key))
        }
        return nil
    }

    private func qualifierAfter(_ tokens: [Token], at end: Int) -> (Int, (qualifier: Qualifier, phrase: String))? {
        guard end < tokens.count, let (length, phrase) = lexicon.qualifiersAfter.matchPhrase(in: tokens, at: end) else {
            return nil
        }
        // "-plus" and "+" attach without a space; "or more" follows one.
        if tokens[end].kind == .punctuation, tokens[end].spaceBefore { return nil }
        let key = ExtractionLexicon.key(tokens[end..<(end + length)])
        return (end + length, (lexicon.qualifierAfter[phrase], key))
    }
}
