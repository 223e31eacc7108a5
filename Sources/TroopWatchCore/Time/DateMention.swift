/// A calendar expression found in text, before it is resolved against a reference date.
public struct DateMention: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        /// A day with its year: "September 08, 2023", "08.09.2023", "2023-09-08".
        case day(CalendarDate)
        /// A day without a year: "July 14", "16 October", "June 23-24" (`lastDay` 24).
        case monthDay(month: Int, day: Int, lastDay: Int?)
        /// A weekday naming a day without its year: "Tuesday (October 31)", "Tuesday, October 31".
        case weekdayMonthDay(weekday: Int, month: Int, day: Int)
        /// "July 2024", "Sept. 2023".
        case monthYear(month: Int, year: Int)
    }

    public var value: Value
    /// Scalar offsets of the whole expression.
    public var start: Int
    public var end: Int
    /// Indices into the token array the mention was found in.
    public var tokenRange: Range<Int>
    /// The readable name of the rule that matched, e.g. "<month> <day>, <year>".
    public var rule: String
}
