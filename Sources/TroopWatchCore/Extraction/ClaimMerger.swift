/// One claim per fact: the same number about the same force and time, said again in a headline, a
/// standfirst or a repeated paragraph, is kept once — the attributed, most precisely dated reading.
enum ClaimMerger {
    static func merge(_ claims: [Claim]) -> [Claim] {
        var kept: [Claim?] = []
        // Candidates share subject and numbers, so only claims in one bucket are compared.
        var buckets: [String: [Int]] = [:]
        for claim in claims {
            let key = bucketKey(claim)
            if let index = buckets[key, default: []].first(where: { kept[$0].map { sameFact($0, claim) } == true }),
                let existing = kept[index]
            {
                kept[index] = better(existing, claim)
            } else {
                buckets[key, default: []].append(kept.count)
                kept.append(claim)
            }
        }
        return kept.compactMap { $0 }
    }

    private static func bucketKey(_ claim: Claim) -> String {
        let subject = claim.subject
        let numbers: String
        switch claim.quantity.qualifier {
        case .zero, .nearZero: numbers = claim.quantity.qualifier.rawValue
        default: numbers = claim.quantity.statedNumbers.map(String.init).joined(separator: ",")
        }
        return [subject.actor ?? "", subject.group ?? "", subject.location ?? "", subject.measure, numbers]
            .joined(separator: "|")
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
        if first.overlaps(second) { return true }
        // A headline's undated "2,000 troops remain" and the body's "currently around 2,000, he said
        // on Nov. 14" or "as of October" are one report: a default (publication-day) reading and a
        // dated one that ends at most a month before it.
        let (undated, dated) = first.text == nil ? (first, second) : (second, first)
        guard undated.text == nil, undated.lengthInDays <= 7 else { return false }
        let gap = dated.end.days(until: undated.start)
        return gap >= -7 && gap <= 31
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
