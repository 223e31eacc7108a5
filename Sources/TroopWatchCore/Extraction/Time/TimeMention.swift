/// A time expression resolved to a period: "in early July" → 2023-07-01…2023-07-10.
struct TimeMention: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Names its period outright ("July 2024", "on October 16th", "last year").
        case calendar
        /// Says "at the time of speaking" ("currently", "now", "still").
        case present
        /// A vague stretch before the reference day ("until recently", "a few weeks ago").
        case recent
    }

    var range: Range<Int>
    var start: CalendarDate
    var end: CalendarDate
    var precision: DatePrecision
    var kind: Kind
    var rule: String
    /// The words of the expression, filled in by the scanner.
    var text: String = ""

    func contains(_ other: TimeMention) -> Bool {
        start <= other.start && other.end <= end
    }
}
