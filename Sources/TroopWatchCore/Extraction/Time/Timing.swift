/// Chooses the date a number is about. In order: a time expression in the number's own clause,
/// then elsewhere in the sentence, then a date named earlier in the paragraph, then the day the
/// source spoke, then the publication day (the present-tense default). A vague "a few weeks ago"
/// gives way to an earlier exact date that falls inside it ("on October 16th").
struct Timing {
    var mentions: [TimeMention]
    var carried: [TimeMention]
    var statement: TimeMention?
    var published: CalendarDate?
    var isPast: Bool
    /// Tokens whose time expressions belong to another count (the other end of a change).
    var excluded: Range<Int>?

    struct Resolved {
        var asOf: AsOf?
        var rules: [String]
        /// True when nothing in the text dated the number.
        var isDefault: Bool
        var isCarried: Bool
    }

    func asOf(for position: Int, clauses: Clauses) -> Resolved? {
        func distance(_ mention: TimeMention) -> Int {
            if mention.range.contains(position) { return 0 }
            return mention.range.lowerBound > position
                ? mention.range.lowerBound - position : position - mention.range.upperBound + 1
        }
        let usable = mentions.filter { mention in excluded.map { !$0.overlaps(mention.range) } ?? true }
        let sameClause = usable.filter { clauses.same($0.range.lowerBound, position) }
        if var chosen = (sameClause.isEmpty ? usable : sameClause).min(by: { distance($0) < distance($1) }) {
            var rules = [chosen.rule]
            var isCarried = false
            if chosen.kind == .recent, let exact = exactDate(within: chosen) {
                chosen = exact
                rules = [exact.rule + " (earlier in the paragraph)", "refines \(rules[0])"]
                isCarried = true
            }
            return Resolved(asOf: asOf(chosen, text: text(chosen)), rules: rules, isDefault: false, isCarried: isCarried)
        }
        if let previous = carried.last {
            return Resolved(
                asOf: asOf(previous, text: text(previous)), rules: ["date of the paragraph"], isDefault: false,
                isCarried: true)
        }
        if let statement {
            return Resolved(asOf: asOf(statement, text: nil), rules: ["date of the statement"], isDefault: false, isCarried: true)
        }
        guard let published else { return Resolved(asOf: nil, rules: [], isDefault: true, isCarried: false) }
        if isPast {
            // Past tense with no date: some time before publication.
            return Resolved(
                asOf: AsOf(start: published.adding(days: -365), end: published, precision: .unspecified, text: nil),
                rules: ["past tense, undated"], isDefault: true, isCarried: false)
        }
        return Resolved(
            asOf: AsOf(start: published, end: published, precision: .day, text: nil),
            rules: ["present tense ⇒ publication date"], isDefault: true, isCarried: false)
    }

    /// The latest exact date earlier in the paragraph that falls inside a vague period.
    private func exactDate(within vague: TimeMention) -> TimeMention? {
        carried.last { $0.precision == .day && vague.start <= $0.start && $0.end <= vague.end }
    }

    private func asOf(_ mention: TimeMention, text: String?) -> AsOf {
        AsOf(start: mention.start, end: mention.end, precision: mention.precision, text: text)
    }

    private func text(_ mention: TimeMention) -> String? {
        mention.text
    }
}
