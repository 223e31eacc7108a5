/// One claim per fact: the same number about the same force and time, said again in a headline, a
/// standfirst or a repeated paragraph, is kept once — the attributed, most precisely dated reading.
enum ClaimMerger {
    static func merge(_ claims: [Claim]) -> [Claim] {
        var kept: [Claim] = []
        for claim in claims {
            if let index = kept.firstIndex(where: { sameFact($0, claim) }) {
                let merged = better(kept[index], claim)
                kept[index] = merged
            } else {
                kept.append(claim)
            }
        }
        return kept
    }

    static func sameFact(_ a: Claim, _ b: Claim) -> Bool {
        guard a.subject.actor == b.subject.actor, a.subject.group == b.subject.group,
            a.subject.location == b.subject.location, a.subject.measure == b.subject.measure
        else { return false }
        let noNumbers: Set<Qualifier> = [.zero, .nearZero]
        if noNumbers.contains(a.quantity.qualifier) || noNumbers.contains(b.quantity.qualifier) {
            guard a.quantity.qualifier == b.quantity.qualifier else { return false }
        } else if a.quantity.statedNumbers != b.quantity.statedNumbers {
            return false
        }
        guard let first = a.asOf, let second = b.asOf else { return true }
        return first.overlaps(second)
    }

    /// The reading to keep: attributed first, then a named speaker, then a date the text states,
    /// then the narrower period, then the earlier in the text.
    static func better(_ a: Claim, _ b: Claim) -> Claim {
        func score(_ claim: Claim) -> (Int, Int, Int, Int, Int) {
            (
                claim.source == nil ? 0 : 1,
                claim.source?.speaker == nil ? 0 : 1,
                claim.asOf?.text == nil ? 0 : 1,
                -(claim.asOf?.lengthInDays ?? 100_000),
                -claim.evidence.start
            )
        }
        var winner = score(b) > score(a) ? b : a
        let other = winner == a ? b : a
        // Keep what the other reading knew and the winner did not.
        if winner.source?.speaker == nil, let speaker = other.source?.speaker, winner.source?.name == other.source?.name {
            winner.source?.speaker = speaker
        }
        if !winner.rules.contains("one claim per fact") { winner.rules.append("one claim per fact") }
        return winner
    }
}
