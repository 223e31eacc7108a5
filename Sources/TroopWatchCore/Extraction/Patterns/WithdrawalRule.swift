/// Counts stated without a number: "Russian personnel completely withdrew" ⇒ zero; "almost all of
/// Russia's forces have been rotated out" ⇒ near zero; "only a few troops remain" ⇒ near zero.
struct WithdrawalRule {
    let lexicon: ExtractionLexicon

    struct Match: Equatable {
        var qualifier: Qualifier
        /// Tokens from the marker to the verb: the words that state the count.
        var range: Range<Int>
        var noun: Range<Int>
        var rule: String
    }

    /// Words that make a withdrawal not (yet) a fact: "will withdraw", "has not withdrawn".
    static let blockers: WordSet = [
        "not", "n't", "never", "will", "would", "could", "may", "might", "should", "must", "plans", "plan", "planned",
        "if", "to", "no", "unless", "cannot", "ca", "wo", "before",
    ]

    func find(in sentence: Sentence, clauses: Clauses) -> [Match] {
        let tokens = sentence.tokens
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            guard let verbLength = lexicon.withdrawalVerbs.match(in: tokens, at: index) else {
                index += 1
                continue
            }
            defer { index += verbLength }
            let verb = index..<(index + verbLength)
            let clause = clauseRange(around: index, clauses: clauses, count: tokens.count)
            // Bounded around the verb so a pathological clause stays linear.
            let window = max(clause.lowerBound, index - 14)..<min(clause.upperBound, index + verbLength + 12)
            if (max(window.lowerBound, index - 4)..<index).contains(where: { Self.blockers.contains(tokens[$0]) }) {
                continue
            }
            guard let noun = forceNoun(in: tokens, window: window, near: verb) else { continue }
            let first = min(noun.lowerBound, verb.lowerBound)
            let last = max(noun.upperBound, verb.upperBound)
            // Near-total markers anywhere from a few tokens before the noun to the verb.
            let markerWindow = max(window.lowerBound, first - 8)..<min(window.upperBound, last + 2)
            if let marker = firstMatch(lexicon.nearTotalMarkers, in: tokens, within: markerWindow) {
                matches.append(
                    Match(
                        qualifier: .nearZero, range: min(marker.lowerBound, verb.lowerBound)..<max(verb.upperBound, marker.upperBound),
                        noun: noun, rule: "almost all <force> withdrawn"))
                continue
            }
            // Total markers next to the verb or right before the noun: "completely withdrew", "all troops left".
            let nearVerb = max(window.lowerBound, verb.lowerBound - 2)..<min(window.upperBound, verb.upperBound + 2)
            let beforeNoun = max(window.lowerBound, noun.lowerBound - 3)..<noun.lowerBound
            if let marker = firstMatch(lexicon.totalMarkers, in: tokens, within: nearVerb)
                ?? firstMatch(lexicon.totalMarkers, in: tokens, within: beforeNoun)
            {
                matches.append(
                    Match(
                        qualifier: .zero, range: min(marker.lowerBound, verb.lowerBound)..<max(verb.upperBound, marker.upperBound),
                        noun: noun, rule: "completely withdrew"))
            }
        }
        return matches
    }

    /// "only a few troops remain": near zero.
    func fewRemain(in sentence: Sentence) -> [Match] {
        let tokens = sentence.tokens
        guard let marker = firstMatch(lexicon.fewRemainMarkers, in: tokens, within: 0..<tokens.count),
            // "only a few hundred soldiers remain" states a number; the number rules read it.
            marker.upperBound >= tokens.count || NumberWords.scales[tokens[marker.upperBound]] == nil
        else { return [] }
        let window = marker.upperBound..<min(tokens.count, marker.upperBound + 6)
        guard let noun = window.lazy.compactMap({ index in
            self.lexicon.measurePhrases.match(in: tokens, at: index).map { index..<(index + $0) }
        }).first,
            tokens[noun.upperBound..<min(tokens.count, noun.upperBound + 4)].contains(where: { $0.folded.hasPrefix("remain") })
        else { return [] }
        return [Match(qualifier: .nearZero, range: marker.lowerBound..<noun.upperBound, noun: noun, rule: "only a few <force> remain")]
    }

    private func clauseRange(around index: Int, clauses: Clauses, count: Int) -> Range<Int> {
        var start = index
        while start > 0, index - start < 16, clauses.ids[start - 1] == clauses.ids[index] { start -= 1 }
        var end = index
        while end < count, end - index < 16, clauses.ids[end] == clauses.ids[index] { end += 1 }
        return start..<end
    }

    /// The force withdrawn: a personnel noun or force noun in the clause, nearest the verb.
    private func forceNoun(in tokens: [Token], window: Range<Int>, near verb: Range<Int>) -> Range<Int>? {
        var best: Range<Int>?
        var bestDistance = Int.max
        for index in window {
            let length =
                lexicon.forceNouns.match(in: tokens, at: index)
                ?? lexicon.measure(in: tokens, at: index).flatMap { $0.measure == "personnel" ? $0.length : nil }
            guard let length, index + length <= window.upperBound else { continue }
            let distance = index < verb.lowerBound ? verb.lowerBound - index : index - verb.upperBound
            if distance < bestDistance, distance <= 8 {
                best = index..<(index + length)
                bestDistance = distance
            }
        }
        return best
    }

    private func firstMatch(_ phrases: PhraseSet, in tokens: [Token], within window: Range<Int>) -> Range<Int>? {
        guard !window.isEmpty else { return nil }
        for index in window {
            // Skip quote marks inside a phrase: "“almost all” of …".
            if let length = phrases.match(in: tokens, at: index), index + length <= window.upperBound + 1 {
                return index..<(index + length)
            }
        }
        return nil
    }
}
