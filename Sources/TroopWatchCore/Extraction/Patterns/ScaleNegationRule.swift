/// "no large Russian units numbering in the thousands" ⇒ fewer than 1,000 personnel: a negated
/// order of magnitude bounds the count below it.
struct ScaleNegationRule {
    let lexicon: ExtractionLexicon

    struct Match: Equatable {
        var high: Int
        var range: Range<Int>
        var noun: Range<Int>
    }

    static let negations: WordSet = ["no", "not", "none"]
    static let magnitudes: [String: Int] = ["hundreds": 100, "thousands": 1000, "millions": 1_000_000]

    func find(in tokens: [Token]) -> Match? {
        for index in tokens.indices where Self.negations.contains(tokens[index]) {
            let window = index..<min(tokens.count, index + 10)
            // "numbering in the thousands", "number in the thousands", "in the thousands".
            guard
                let inIndex = window.first(where: {
                    tokens[$0].folded == "in" && $0 + 2 < tokens.count && tokens[$0 + 1].folded == "the"
                        && Self.magnitudes[tokens[$0 + 2].folded] != nil
                }),
                let magnitude = Self.magnitudes[tokens[inIndex + 2].folded]
            else { continue }
            let nounWindow = (index + 1)..<inIndex
            guard
                let noun = nounWindow.lazy.compactMap({ probe -> Range<Int>? in
                    let length = self.lexicon.forceNouns.match(in: tokens, at: probe)
                        ?? self.lexicon.measurePhrases.match(in: tokens, at: probe)
                    return length.map { probe..<(probe + $0) }
                }).first
            else { continue }
            return Match(high: magnitude - 1, range: index..<(inIndex + 3), noun: noun)
        }
        return nil
    }
}
