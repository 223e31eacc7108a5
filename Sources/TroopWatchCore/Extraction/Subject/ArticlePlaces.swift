/// Where a force with no place in its own sentence is: where the article puts that same force
/// elsewhere. "Ukraine claimed 100,000 troops" in an article whose headline has Russian troops
/// near Ukraine (so in Russia) is about the force in Russia; the country most named with a
/// preposition (the reading's first guess, "place from context") is often the neighbour.
enum ArticlePlaces {
    static let rule = "place of the same force elsewhere in the article"

    static func fill(_ drafts: inout [ClaimDraft]) {
        // Owner → location → how many claims put it there, from claims whose place their own text gives.
        var counts: [String: [String: Int]] = [:]
        var firstSeen: [String: Int] = [:]
        for (index, draft) in drafts.enumerated() where !needsPlace(draft) {
            guard let actor = draft.subject.actor, let location = draft.subject.location else { continue }
            counts[actor, default: [:]][location, default: 0] += 1
            if firstSeen["\(actor)|\(location)"] == nil { firstSeen["\(actor)|\(location)"] = index }
        }
        for index in drafts.indices where needsPlace(drafts[index]) {
            guard let actor = drafts[index].subject.actor, let places = counts[actor] else { continue }
            // The most common place, the earliest on a tie.
            guard let best = places.max(by: { left, right in
                (left.value, -(firstSeen["\(actor)|\(left.key)"] ?? 0)) < (right.value, -(firstSeen["\(actor)|\(right.key)"] ?? 0))
            }) else { continue }
            drafts[index].subject.location = best.key
            drafts[index].rules.removeAll { $0 == SubjectResolver.placeFromContextRule }
            drafts[index].rules.append(rule)
        }
    }

    /// A claim whose sentence (and the ones before) gave no place of its own.
    private static func needsPlace(_ draft: ClaimDraft) -> Bool {
        if draft.rules.contains(SubjectResolver.placeFromContextRule) { return true }
        return draft.subject.location == nil && draft.subject.area == nil
    }
}
