import Testing
import TroopWatchCore

/// Corpus of the date rules: one expected reading, many surface forms (reference: no "now" is
/// needed; the scanner does not resolve).
@Suite struct DateScannerTests {
    static func scan(_ text: String) -> [DateMention] {
        DateScanner.scan(Tokenizer.tokenize(text))
    }

    @Test(arguments: [
        ("September 08, 2023", "<month> <day>, <year>"),
        ("Sep 8, 2023", "<month> <day>, <year>"),
        ("Sept. 8, 2023", "<month> <day>, <year>"),
        ("September 8th, 2023", "<month> <day>, <year>"),
        ("September 8 2023", "<month> <day>, <year>"),
        ("8 September 2023", "<day> <month> <year>"),
        ("8th of September, 2023", "<day> <month> <year>"),
        ("08.09.2023", "<dd>.<mm>.<yyyy>"),
        ("8.9.2023", "<dd>.<mm>.<yyyy>"),
        ("09/08/2023", "<mm>/<dd>/<yyyy>"),
        ("2023-09-08", "<yyyy>-<mm>-<dd>"),
        ("Friday, September 8, 2023", "<weekday> (<month> <day>)"),
    ])
    func fullDatesOfOneDay(text: String, rule: String) {
        let mentions = Self.scan("Published \(text) in Kyiv")
        #expect(mentions.count == 1)
        #expect(mentions.first?.value == .day(CalendarDate("2023-09-08")))
        #expect(mentions.first?.rule == rule)
        // The span covers exactly the expression.
        #expect(mentions.first?.start == 10)
        #expect(mentions.first?.end == 10 + text.unicodeScalars.count)
    }

    @Test func slashDatesSwapWhenTheMonthCannotBeFirst() {
        #expect(Self.scan("25/12/2023").first?.value == .day(CalendarDate("2023-12-25")))
    }

    @Test(arguments: [
        ("said on July 14.", DateMention.Value.monthDay(month: 7, day: 14, lastDay: nil), "<month> <day>"),
        ("on October 16th", .monthDay(month: 10, day: 16, lastDay: nil), "<month> <day>"),
        ("on 16 October", .monthDay(month: 10, day: 16, lastDay: nil), "<day> <month>"),
        ("on June 23-24", .monthDay(month: 6, day: 23, lastDay: 24), "<month> <day>"),
        ("on Tuesday (October 31)", .weekdayMonthDay(weekday: 2, month: 10, day: 31), "<weekday> (<month> <day>)"),
        ("on Tuesday, October 31", .weekdayMonthDay(weekday: 2, month: 10, day: 31), "<weekday> (<month> <day>)"),
        ("on Tuesday 31 October", .weekdayMonthDay(weekday: 2, month: 10, day: 31), "<weekday> (<month> <day>)"),
        ("As of July 2024,", .monthYear(month: 7, year: 2024), "<month> <year>"),
        ("in Sept. 2023", .monthYear(month: 9, year: 2023), "<month> <year>"),
    ])
    func partialDates(text: String, value: DateMention.Value, rule: String) {
        let mentions = Self.scan(text)
        #expect(mentions.map(\.value) == [value])
        #expect(mentions.map(\.rule) == [rule])
    }

    /// Negative corpus: none of these is a calendar date.
    @Test(arguments: [
        "Russia may re-deploy troops",  // "may" the verb, lower case
        "troops march on",  // "march" the verb
        "about 2,000 soldiers",
        "up to 12,000 troops",
        "at 8:30 in the morning",
        "February 30",  // no such day
        "May 2,000 troops",  // a number, not a year
        "2 min read",
        "4,000 to 6,000 troops",
        "version 2.5.1",
        "1.5 million",
    ])
    func nonDates(text: String) {
        #expect(Self.scan(text).isEmpty)
    }
}
