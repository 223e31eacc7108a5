/// Finds what a number counts: the noun after it ("2,500 fighters", "four battalion tactical groups",
/// "thousands of Wagner Group soldiers", "a 5,000-strong contingent") or a collective noun before it
/// ("its own military of about 50,000", "the number of Russian troops … at 1,500").
struct MeasureFinder {
    let lexicon: ExtractionLexicon

    struct Found: Sendable, Equatable {
        var measure: String
        /// Tokens of the counted noun.
        var range: Range<Int>
        /// Tokens between the number and the noun ("Russian", "Wagner Group", "remaining").
        var modifiers: Range<Int>
        var rule: String
    }

    /// Words that end the search for a noun: prepositions and units that are not force sizes.
    static let stopWords: WordSet = [
        "in", "on", "at", "from", "to", "by", "with", "for", "into", "per", "than", "km", "kilometers",
        "kilometres", "kilometer", "kilometre", "mile", "metre", "meter", "miles", "meters", "metres", "percent", "per cent", "years", "year", "days", "months", "hours",
        "minutes", "dollars", "euros", "rubles", "roubles", "hryvnias", "tons", "tonnes", "square", "times",
        "kg", "pounds", "rounds", "shells", "missiles", "rockets", "strikes", "attacks", "sorties", "was", "were",
        "is", "are", "had", "have", "has", "that", "who", "which", "the", "a", "an", "this", "these", "those",
        "min", "mins", "read", "page", "pages",
    ]

    func find(after end: Int, quantityStart: Int, in tokens: [Token], isVague: Bool) -> Found? {
        if let noun = strongAppositive(quantityStart, end, tokens: tokens) { return noun }
        if let noun = nounAfter(end, tokens: tokens, isVague: isVague) { return noun }
        return nounBefore(quantityStart, tokens: tokens) ?? numberPointingBack(quantityStart, tokens: tokens)
    }

    static let pointingBackRule = "the number (of the force last counted) … <number>"
    /// "as many as 8,000 of them in Kursk": a part of the force last counted.
    static let partOfLastRule = "<number> of them (a part of the force last counted)"
    static let pointingBackRules: Set<String> = [pointingBackRule, partOfLastRule]
    static let figureWords: WordSet = ["number", "figure", "total", "tally", "count", "headcount"]
    static let pointers: WordSet = ["the", "that", "this", "their", "its"]

    /// "Demchenko said the number had been as high as 9,000": "the number" with no "of …" points
    /// back to the force the previous sentences counted (the extractor accepts it only then).
    private func numberPointingBack(_ start: Int, tokens: [Token]) -> Found? {
        var index = start - 1
        while index >= max(1, start - 6) {
            let token = tokens[index]
            if token.kind == .punctuation || token.isNumber { return nil }
            if Self.figureWords.contains(token), Self.pointers.contains(tokens[index - 1]),
                index + 1 < tokens.count, tokens[index + 1].folded != "of"
            {
                return Found(measure: "personnel", range: index..<(index + 1), modifiers: start..<start, rule: Self.pointingBackRule)
            }
            index -= 1
        }
        return nil
    }

    /// "The Russian contingent, some 2,000 strong, left": the force named before the comma.
    private func strongAppositive(_ start: Int, _ end: Int, tokens: [Token]) -> Found? {
        guard end < tokens.count, tokens[end].folded == "strong", start >= 2, tokens[start - 1].isPunctuation(",")
        else { return nil }
        let nounEnd = start - 1
        for length in stride(from: 3, through: 1, by: -1) where nounEnd - length >= 0 {
            if lexicon.forceNouns.match(in: tokens, at: nounEnd - length) == length {
                return Found(
                    measure: "personnel", range: (nounEnd - length)..<nounEnd, modifiers: nounEnd..<nounEnd,
                    rule: "<force>, <number> strong")
            }
        }
        return nil
    }

    /// The second half of "a 5,000-strong force", "a 40,000-member wing", "a 300-man unit".
    static let compoundHeads: WordSet = ["strong", "member", "man", "person", "troop", "soldier"]
    /// Those that count people by themselves: "a 40,000-member military wing".
    static let countingHeads: WordSet = ["member", "man", "person", "troop", "soldier"]

    private func nounAfter(_ end: Int, tokens: [Token], isVague: Bool) -> Found? {
        var index = end
        // "a 5,000-strong force", "a 40,000-member military wing", "a 300-person team".
        if index + 1 < tokens.count, tokens[index].isPunctuation("-"), !tokens[index].spaceBefore,
            Self.compoundHeads.contains(tokens[index + 1])
        {
            let head = index + 1
            index += 2
            // The force noun may follow a modifier or two: "a 400-strong Chadian contingent".
            for probe in index..<min(tokens.count, index + 3) {
                if let length = lexicon.forceNouns.match(in: tokens, at: probe) ?? lexicon.measurePhrases.match(in: tokens, at: probe) {
                    return Found(
                        measure: measure(tokens, probe, length) ?? "personnel", range: probe..<(probe + length),
                        modifiers: end..<probe, rule: "<number>-strong <force>")
                }
                if tokens[probe].kind == .punctuation || Self.stopWords.contains(tokens[probe]) { break }
            }
            if Self.countingHeads.contains(tokens[head]) {
                return Found(measure: "personnel", range: head..<(head + 1), modifiers: end..<head, rule: "<number>-member <unit>")
            }
            return nil
        }
        if let members = membersOfAForce(end, tokens: tokens) { return members }
        var skipped = 0
        while index < tokens.count, skipped <= 4 {
            if let length = lexicon.measurePhrases.match(in: tokens, at: index), let measure = measure(tokens, index, length) {
                // "troop" is a measure only as a noun: "troop numbers" counts nothing.
                return Found(
                    measure: measure, range: index..<(index + length), modifiers: end..<index,
                    rule: "<number> <\(measure) noun>")
            }
            let token = tokens[index]
            if token.folded == "of" {
                // "thousands of soldiers", "4,000 of its soldiers"; not "two of the soldiers" (a part of
                // a group named before) nor "200 km of border".
                let ownForce = index + 1 < tokens.count && Self.possessives.contains(tokens[index + 1])
                guard index == end, isVague || ownForce else { return nil }
            } else if token.kind == .punctuation {
                // A quoted noun counts too: 'at least 3,500 “Wagnerites”'.
                guard token.isPunctuation("-") || token.isPunctuation("’") || token.isPunctuation("'")
                    || Self.openingQuotes.contains(token.text) || Self.isInitialismDot(tokens, at: index, after: end)
                else { return nil }
            } else if token.isNumber, Self.isModelNumber(tokens, at: index, after: end) {
                // "12 Su-25 aircraft", "20 T-72 tanks": a model's designation, not another count.
            } else if token.isWord(Keys.and) || token.isWord(Keys.or), index + 1 < tokens.count, tokens[index + 1].isNumber,
                let next = NumberScanner.digits(tokens, at: index + 1)
            {
                // "3,000 Russian and 2,000 Belarusian soldiers": both numbers count the noun after the second.
                index = next.range.upperBound
                continue
            } else if index + 1 < tokens.count, Self.isInitialismDot(tokens, at: index + 1, after: end) {
                // The "K" of "U.K.", not the "k" of "12k".
            } else if token.isNumber || Self.stopWords.contains(token) || Self.isNumberWord(token) {
                return nil
            }
            index += 1
            if token.kind != .punctuation { skipped += 1 }
        }
        return nil
    }

    static let possessives: WordSet = ["its", "their", "our", "his", "her"]
    static let openingQuotes: Set<String> = ["“", "\"", "«", "‘", "„"]
    static let memberWords: WordSet = ["members", "member"]

    /// "4,000 members of the US Army's 101st Airborne Division": members count personnel when a
    /// force follows ("32 members of the alliance" are states, "50 members of parliament" people).
    private func membersOfAForce(_ end: Int, tokens: [Token]) -> Found? {
        guard end + 1 < tokens.count, Self.memberWords.contains(tokens[end]), tokens[end + 1].isWord(Keys.of) else { return nil }
        for probe in (end + 2)..<min(tokens.count, end + 8) {
            if tokens[probe].kind == .punctuation && !tokens[probe].isPunctuation("'") && !tokens[probe].isPunctuation("’") { break }
            if lexicon.forceNouns.match(in: tokens, at: probe) != nil || lexicon.militaryCues.match(in: tokens, at: probe) != nil
                || lexicon.formationPhrases.match(in: tokens, at: probe) != nil
            {
                return Found(measure: "personnel", range: end..<(end + 1), modifiers: end..<end, rule: "<number> members of <force>")
            }
        }
        return nil
    }

    /// The dots of "U.S.", "U.K.": tight after a single capital letter.
    static func isInitialismDot(_ tokens: [Token], at index: Int, after end: Int) -> Bool {
        guard index > end, tokens[index].isPunctuation("."), !tokens[index].spaceBefore else { return false }
        let letter = tokens[index - 1]
        return letter.isWord && letter.isCapitalized && letter.text.utf8.count == 1
    }

    /// The digits of a designation written tight against its letters: "Su-25", "T-72", "S-400".
    static func isModelNumber(_ tokens: [Token], at index: Int, after end: Int) -> Bool {
        guard index >= end + 2, !tokens[index].spaceBefore, tokens[index - 1].isPunctuation("-"),
            !tokens[index - 1].spaceBefore, tokens[index - 2].isWord, tokens[index - 2].isCapitalized
        else { return false }
        return true
    }

    /// Another number starts here: "2023 several thousand soldiers" counts with the second.
    static func isNumberWord(_ token: Token) -> Bool {
        NumberWords.units[token] != nil || NumberWords.tens[token] != nil || NumberWords.scales[token] != nil
            || NumberWords.vaguePlurals[token] != nil || NumberWords.vagueDeterminers.contains(token) || token.folded == "dozen"
    }

    /// "<force noun> of <quantity>" or "number of <noun> … <quantity>" before the number.
    private func nounBefore(_ start: Int, tokens: [Token]) -> Found? {
        // "military of about 50,000", "a contingent of 1,500", "troops numbering 5,000".
        if start >= 2 {
            let link = tokens[start - 1].folded
            if link == "of" || link == "numbering" || link == "totaling" || link == "totalling" || link == "totalled" {
                var nounEnd = start - 1
                // "Wagner mercenaries, numbering about 4,500": a participle may follow a comma.
                if link != "of", nounEnd >= 2, tokens[nounEnd - 1].isPunctuation(",") { nounEnd -= 1 }
                for length in stride(from: 3, through: 1, by: -1) where nounEnd - length >= 0 {
                    let nounStart = nounEnd - length
                    if let matched = lexicon.forceNouns.match(in: tokens, at: nounStart), matched == length {
                        return Found(
                            measure: "personnel", range: nounStart..<nounEnd, modifiers: nounEnd..<nounEnd,
                            rule: "<force> \(link) <number>")
                    }
                    if let matched = lexicon.measurePhrases.match(in: tokens, at: nounStart), matched == length,
                        let measure = measure(tokens, nounStart, length)
                    {
                        return Found(
                            measure: measure, range: nounStart..<nounEnd, modifiers: nounEnd..<nounEnd,
                            rule: "<\(measure) noun> \(link) <number>")
                    }
                }
            }
        }
        // "estimated the number of Russian troops in Belarus at 1,500", "the size of the contingent … 1,500".
        var index = start - 1
        let limit = max(0, start - 20)
        while index > limit {
            if tokens[index].folded == "of", Self.amountWords.contains(tokens[index - 1]) {
                var probe = index + 1
                var skipped = 0
                while probe < start, skipped < 4 {
                    if let length = lexicon.measurePhrases.match(in: tokens, at: probe),
                        let measure = measure(tokens, probe, length)
                    {
                        return Found(
                            measure: measure, range: probe..<(probe + length), modifiers: (index + 1)..<probe,
                            rule: "number of <\(measure) noun> … <number>")
                    }
                    if let length = lexicon.forceNouns.match(in: tokens, at: probe) {
                        return Found(
                            measure: "personnel", range: probe..<(probe + length), modifiers: (index + 1)..<probe,
                            rule: "size of <force> … <number>")
                    }
                    probe += 1
                    skipped += 1
                }
                return nil
            }
            if tokens[index].isPunctuation(".") || tokens[index].isPunctuation(";") { return nil }
            index -= 1
        }
        return estimatedAt(start, tokens: tokens)
    }

    /// Words that introduce what a number measures: "the number of", "the size of", "the strength of".
    static let amountWords: WordSet = ["number", "numbers", "size", "strength", "total", "headcount"]
    /// Verbs that put a number on a force named before them: "Russian forces … are estimated at 9,000".
    static let estimateLinks: WordSet = ["at", "to", "from"]
    static let estimateVerbs: WordSet = [
        "estimated", "estimate", "put", "puts", "stood", "stands", "numbered", "number", "numbers", "totals",
        "totaled", "totalled", "reached", "reaches", "grew", "rose", "fell", "dropped", "declined", "increased",
        "decreased", "amounted", "amounts", "grown", "risen", "fallen", "shrunk", "shrank", "swelled", "climbed",
        "peaked", "peaks",
    ]

    /// "Russian forces in Belarus are estimated at 9,000", "the contingent has grown to 3,000", "grew
    /// from 3,000": a force noun earlier in the clause, a verb of amount, then "at"/"to"/"from" (or
    /// nothing) and the number.
    private func estimatedAt(_ start: Int, tokens: [Token]) -> Found? {
        guard start >= 1 else { return nil }
        var verbIndex = start - 1
        if Self.estimateLinks.contains(tokens[verbIndex]) { verbIndex -= 1 }
        guard verbIndex >= 1, Self.estimateVerbs.contains(tokens[verbIndex]) else { return nil }
        var probe = verbIndex - 1
        while probe >= max(0, verbIndex - 10) {
            if tokens[probe].isPunctuation(",") || tokens[probe].isPunctuation(".") { return nil }
            if let length = lexicon.forceNouns.match(in: tokens, at: probe), probe + length <= verbIndex {
                return Found(
                    measure: "personnel", range: probe..<(probe + length), modifiers: max(0, probe - 2)..<probe,
                    rule: "<force> estimated at <number>")
            }
            if let (length, measure) = lexicon.measure(in: tokens, at: probe), probe + length <= verbIndex {
                return Found(
                    measure: measure, range: probe..<(probe + length), modifiers: max(0, probe - 2)..<probe,
                    rule: "<\(measure) noun> estimated at <number>")
            }
            probe -= 1
        }
        return nil
    }

    private func measure(_ tokens: [Token], _ start: Int, _ length: Int) -> String? {
        lexicon.measure(in: tokens, at: start).flatMap { $0.length == length ? $0.measure : nil }
    }
}
