/// "There are no Russian troops in Belarus", "no Wagner fighters remain": a force stated to be
/// absent counts zero. Arrivals ("no new units have been brought in") and qualities ("no large
/// units") are not absences.
struct NoForceRule {
    let lexicon: ExtractionLexicon

    struct Match: Equatable {
        var range: Range<Int>
        var noun: Range<Int>
    }

    static let negations: WordSet = ["no"]
    /// Words between "no" and the noun, or after it, that make the sentence about something else.
    static let blockers: WordSet = [
        "new", "more", "additional", "fresh", "large", "big", "significant", "major", "further", "other", "arrived",
        "brought", "sent", "deployed", "entered", "plans", "intention", "threat", "reliable", "information", "sign",
        "signs", "evidence", "data",
    ]
    /// What turns "no troops" into a statement of presence: a place or "remain"/"left"/"stationed".
    static let presence: WordSet = ["in", "on", "inside", "remain", "remains", "remained", "left", "stationed", "present", "based"]

    func find(in tokens: [Token], clauses: Clauses) -> Match? {
        for index in tokens.indices where Self.negations.contains(tokens[index]) {
            var probe = index + 1
            var noun: Range<Int>?
            while probe < min(tokens.count, index + 5) {
                if Self.blockers.contains(tokens[probe]) { break }
                if let length = lexicon.forceNouns.match(in: tokens, at: probe) {
                    noun = probe..<(probe + length)
                    break
                }
                if let (length, measure) = lexicon.measure(in: tokens, at: probe), measure == "personnel" {
                    noun = probe..<(probe + length)
                    break
                }
                probe += 1
            }
            guard let noun else { continue }
            let after = noun.upperBound..<min(tokens.count, noun.upperBound + 6)
            guard !after.contains(where: { Self.blockers.contains(tokens[$0]) }),
                after.contains(where: { Self.presence.contains(tokens[$0]) && clauses.same($0, index) })
            else { continue }
            return Match(range: index..<noun.upperBound, noun: noun)
        }
        return nil
    }
}
