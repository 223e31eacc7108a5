/// Numbers that count what another number of the sentence counts, with no noun of their own:
/// "34,674 personnel, including 20,774 from the Army and 12,980 from the Air Force", "Turner
/// claimed 80,000 and Ukraine claimed 100,000 troops", "more than 100,000 troops, compared to
/// around 70,000 in February". Each gets the measure of its partner (the nearest number with a
/// noun) and is then bound on its own: its own place, time and owner words.
enum SharedNoun {
    static let rule = "<number> (counts what the sentence's other number counts)"
    /// A component stated with its total: "34,674 personnel, including 20,774 from the Army".
    static let componentRule = "including <number> (a part of the count before)"

    /// Words right before a bare number that join it to another: "including 20,774", "and 900".
    static let joinersBefore: WordSet = ["including", "and", "or", "versus", "vs", "not", "while", "whereas", "plus", "against"]
    /// Two-word joiners: "compared to 70,000", "compared with", "out of".
    static let pairedJoiners: [(String, String)] = [("compared", "to"), ("compared", "with"), ("out", "of"), ("as", "against")]
    /// A figure named before a bare number: "puts the number at around 1,720", "an official tally
    /// of 5,262", "out of a total of 10,000", "it is between 30 and 45 thousand". With no other
    /// number in the sentence such a figure points back to the force last counted.
    static let figureJoiners: [(String, String)] = [
        ("number", "at"), ("figure", "at"), ("figure", "of"), ("total", "of"), ("tally", "of"), ("estimate", "of"),
        ("it", "is"), ("it", "was"), ("them", "is"),
    ]
    /// Words after a number that leave it bare (no noun of another kind follows): "20,774 from the
    /// Army", "900 in New Mexico", "80,000 and".
    static let bareFollowers: WordSet = [
        "from", "in", "at", "on", "and", "or", "to", "around", "as", "according", "last", "this", "before", "after",
        "during", "since", "when", "while", "by", "under", "with", "were", "was", "are", "is", "had", "have", "remain",
        "remained", "stationed", "deployed", "based", "there", "earlier", "previously", "now", "today", "then",
    ]

    static func lend(_ nouns: inout [MeasureFinder.Found?], quantities: [QuantityMention], tokens: [Token]) {
        let lenders = nouns.indices.filter { nouns[$0] != nil && nouns[$0]?.rule != rule && nouns[$0]?.rule != componentRule }
        for index in nouns.indices where nouns[index] == nil {
            let start = quantities[index].range.lowerBound
            // "8,000 of them", "2,000 of those": a part of a force counted before.
            if isPartitive(after: quantities[index].range.upperBound, tokens: tokens), !isDayOrYear(quantities[index], tokens: tokens) {
                let end = quantities[index].range.upperBound
                if let partner = lenders.last(where: { $0 < index }), let lent = nouns[partner] {
                    nouns[index] = MeasureFinder.Found(measure: lent.measure, range: end..<end, modifiers: end..<end, rule: componentRule)
                } else if lenders.isEmpty {
                    nouns[index] = MeasureFinder.Found(
                        measure: "personnel", range: end..<end, modifiers: end..<end, rule: MeasureFinder.partOfLastRule)
                }
                continue
            }
            if lenders.isEmpty {
                if follows(figureJoiners, at: start, tokens: tokens), !isDayOrYear(quantities[index], tokens: tokens) {
                    nouns[index] = MeasureFinder.Found(
                        measure: "personnel", range: start..<start, modifiers: start..<start, rule: MeasureFinder.pointingBackRule)
                }
                continue
            }
            let quantity = quantities[index]
            guard !quantity.isVague, isBare(after: quantity.range.upperBound, tokens: tokens),
                !isDayOrYear(quantity, tokens: tokens)
            else { continue }
            let joinedBefore = isJoined(before: quantity.range.lowerBound, tokens: tokens)
            // "80,000 and Ukraine claimed 100,000 troops": joined to a later number.
            let joinedAfter = quantity.range.upperBound < tokens.count
                && (tokens[quantity.range.upperBound].isWord(Keys.and) || tokens[quantity.range.upperBound].isPunctuation(","))
            // A comma alone joins only a list: "1,500 in Texas, 900 in New Mexico".
            let afterComma = quantity.range.lowerBound > 0 && tokens[quantity.range.lowerBound - 1].isPunctuation(",")
            let candidates = lenders.filter { lender in
                if afterComma, !joinedBefore { return lender < index && quantity.range.lowerBound - quantities[lender].range.upperBound <= 10 }
                return joinedBefore || (joinedAfter && lender > index)
            }
            guard let partner = candidates.min(by: { abs($0 - index) < abs($1 - index) }), let lent = nouns[partner] else { continue }
            let end = quantity.range.upperBound
            nouns[index] = MeasureFinder.Found(
                measure: lent.measure, range: end..<end, modifiers: end..<end,
                rule: isComponent(before: quantity.range.lowerBound, tokens: tokens) ? componentRule : rule)
        }
    }

    /// "May 1", "in 2019 and 2020": a bare small number or a year is a date, not a count.
    private static func isDayOrYear(_ quantity: QuantityMention, tokens: [Token]) -> Bool {
        let value = quantity.best ?? quantity.low ?? quantity.high ?? 0
        return value < 10 || (quantity.numberRange.count == 1 && (1900...2100).contains(value))
    }

    static let partitivePronouns: WordSet = ["them", "those", "these", "whom", "which"]

    private static func isPartitive(after end: Int, tokens: [Token]) -> Bool {
        end + 1 < tokens.count && tokens[end].isWord(Keys.of) && partitivePronouns.contains(tokens[end + 1])
    }

    /// "including 20,774 from the Army and 12,980 from the Air Force": both follow "including".
    private static func isComponent(before start: Int, tokens: [Token]) -> Bool {
        (max(0, start - 8)..<start).contains { tokens[$0].folded == "including" }
    }

    private static func isBare(after end: Int, tokens: [Token]) -> Bool {
        guard end < tokens.count else { return true }
        let next = tokens[end]
        if next.kind == .punctuation { return !next.isPunctuation("%") && !next.isPunctuation("-") }
        return bareFollowers.contains(next)
    }

    private static func isJoined(before start: Int, tokens: [Token]) -> Bool {
        var probe = start - 1
        if probe >= 0, tokens[probe].isPunctuation("(") { return true }
        if probe >= 0, tokens[probe].isPunctuation(",") { probe -= 1 }
        guard probe >= 0 else { return false }
        if joinersBefore.contains(tokens[probe]) { return true }
        return follows(pairedJoiners, at: start, tokens: tokens) || follows(figureJoiners, at: start, tokens: tokens)
    }

    /// Whether one of the two-word joiners ends right before `start` (past a comma or "around").
    private static func follows(_ pairs: [(String, String)], at start: Int, tokens: [Token]) -> Bool {
        var probe = start - 1
        if probe >= 0, tokens[probe].isPunctuation(",") { probe -= 1 }
        guard probe >= 1 else { return false }
        let pair = (tokens[probe - 1].folded, tokens[probe].folded)
        return pairs.contains { $0 == pair }
    }
}
