/// Splits a sentence into clauses so that a number takes the time, place and owner of its own
/// clause: "Until recently … up to 2,000 soldiers, but now … almost all … withdrawn" has two.
/// Boundaries are ", but", "; ", ", while", ", whereas", ", although", and a relative clause
/// (", which …,") is a clause of its own.
struct Clauses {
    /// Clause number of each token.
    let ids: [Int]
    /// For a relative clause (", which …"), the index of the last token before its comma: the
    /// clause's antecedent ("Poland, which has moved 10,000 troops").
    let antecedents: [Int: Int]

    static let coordinators: WordSet = ["but", "while", "whereas", "although", "though", "however"]
    static let relativePronouns: WordSet = ["which", "who", "whose", "where"]
    static let butKey = WordKey.of("but")
    /// "all but a few", "nothing but": an exception, not a new clause.
    static let exceptiveHeads: WordSet = ["all", "nothing", "anything", "everything", "none", "last", "first"]

    static func beforeExceptiveBut(_ token: Token?) -> Bool {
        token.map { exceptiveHeads.contains($0) } ?? false
    }

    init(_ tokens: [Token]) {
        var ids = [Int](repeating: 0, count: tokens.count)
        var current = 0
        var next = 1
        var relativeParent: Int?
        var antecedents: [Int: Int] = [:]
        for index in tokens.indices {
            let token = tokens[index]
            let previous = index > 0 ? tokens[index - 1] : nil
            // Only a semicolon, a comma or "but" can open a clause; most tokens are none of these.
            let afterComma = previous?.isPunctuation(",") == true
            guard token.isPunctuation(";") || token.isPunctuation(",") || afterComma || token.key == Self.butKey else {
                ids[index] = current
                continue
            }
            if token.isPunctuation(";") {
                current = next
                next += 1
                relativeParent = nil
            } else if Self.coordinators.contains(token),
                previous?.isPunctuation(",") == true || (token.key == Self.butKey && !Self.beforeExceptiveBut(previous))
            {
                current = next
                next += 1
                relativeParent = nil
            } else if Self.relativePronouns.contains(token), previous?.isPunctuation(",") == true {
                relativeParent = current
                current = next
                next += 1
                if index >= 2 { antecedents[current] = index - 2 }
            } else if token.isPunctuation(","), let parent = relativeParent {
                // The comma closing a relative clause returns to the clause it interrupted.
                ids[index] = current
                current = parent
                relativeParent = nil
                continue
            }
            ids[index] = current
        }
        self.ids = ids
        self.antecedents = antecedents
    }

    func same(_ a: Int, _ b: Int) -> Bool { ids[a] == ids[b] }
}
