import Foundation
import Testing
import TroopWatchCore

/// Rule family 4, time: every sentence is read with publication date Friday 2023-09-08.
@Suite struct TimeCorpusTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var phrase: String
        var start: String
        var end: String
        var precision: DatePrecision
        var testDescription: String { phrase }
    }

    static let corpus: [Expected] = [
        Expected(phrase: "in early July", start: "2023-07-01", end: "2023-07-10", precision: .partOfMonth),
        Expected(phrase: "in mid-July", start: "2023-07-11", end: "2023-07-20", precision: .partOfMonth),
        Expected(phrase: "in late July", start: "2023-07-21", end: "2023-07-31", precision: .partOfMonth),
        Expected(phrase: "at the end of July", start: "2023-07-21", end: "2023-07-31", precision: .partOfMonth),
        Expected(phrase: "in early July 2022", start: "2022-07-01", end: "2022-07-10", precision: .partOfMonth),
        Expected(phrase: "in July", start: "2023-07-01", end: "2023-07-31", precision: .month),
        Expected(phrase: "in October", start: "2022-10-01", end: "2022-10-31", precision: .month),
        Expected(phrase: "in July 2022", start: "2022-07-01", end: "2022-07-31", precision: .month),
        Expected(phrase: "as of August 2023", start: "2023-08-01", end: "2023-08-31", precision: .month),
        Expected(phrase: "last year", start: "2022-01-01", end: "2022-12-31", precision: .year),
        Expected(phrase: "this year", start: "2023-01-01", end: "2023-09-08", precision: .year),
        Expected(phrase: "in 2021", start: "2021-01-01", end: "2021-12-31", precision: .year),
        Expected(phrase: "during 2022", start: "2022-01-01", end: "2022-12-31", precision: .year),
        Expected(phrase: "since 2022", start: "2022-01-01", end: "2023-09-08", precision: .year),
        Expected(phrase: "since February 2022", start: "2022-02-01", end: "2023-09-08", precision: .month),
        Expected(phrase: "since January", start: "2023-01-01", end: "2023-09-08", precision: .month),
        Expected(phrase: "over the weekend", start: "2023-09-02", end: "2023-09-03", precision: .week),
        Expected(phrase: "at the beginning of the month", start: "2023-09-01", end: "2023-09-08", precision: .partOfMonth),
        Expected(phrase: "late last month", start: "2023-08-21", end: "2023-08-31", precision: .partOfMonth),
        Expected(phrase: "early this month", start: "2023-09-01", end: "2023-09-08", precision: .partOfMonth),
        Expected(phrase: "between August 10 and 15", start: "2023-08-10", end: "2023-08-15", precision: .day),
        Expected(phrase: "at the end of last year", start: "2022-09-01", end: "2022-12-31", precision: .partOfYear),
        Expected(phrase: "at the start of this year", start: "2023-01-01", end: "2023-04-30", precision: .partOfYear),
        Expected(phrase: "in the first half of 2023", start: "2023-01-01", end: "2023-06-30", precision: .partOfYear),
        Expected(phrase: "in the second quarter of last year", start: "2022-04-01", end: "2022-06-30", precision: .partOfYear),
        Expected(phrase: "from 2021 to 2022", start: "2021-01-01", end: "2022-12-31", precision: .year),
        Expected(phrase: "between 2021 and 2022", start: "2021-01-01", end: "2022-12-31", precision: .year),
        Expected(phrase: "between January and March", start: "2023-01-01", end: "2023-03-31", precision: .month),
        Expected(phrase: "from November to February", start: "2022-11-01", end: "2023-02-28", precision: .month),
        Expected(phrase: "from January to March 2022", start: "2022-01-01", end: "2022-03-31", precision: .month),
        Expected(phrase: "in late 2022", start: "2022-09-01", end: "2022-12-31", precision: .partOfYear),
        Expected(phrase: "in early 2023", start: "2023-01-01", end: "2023-04-30", precision: .partOfYear),
        Expected(phrase: "in mid-2022", start: "2022-05-01", end: "2022-08-31", precision: .partOfYear),
        Expected(phrase: "on Thursday", start: "2023-09-07", end: "2023-09-07", precision: .day),
        Expected(phrase: "on Monday", start: "2023-09-04", end: "2023-09-04", precision: .day),
        Expected(phrase: "on Friday", start: "2023-09-08", end: "2023-09-08", precision: .day),
        Expected(phrase: "yesterday", start: "2023-09-07", end: "2023-09-07", precision: .day),
        Expected(phrase: "on September 1", start: "2023-09-01", end: "2023-09-01", precision: .day),
        Expected(phrase: "on 1 September", start: "2023-09-01", end: "2023-09-01", precision: .day),
        Expected(phrase: "on October 16th", start: "2022-10-16", end: "2022-10-16", precision: .day),
        Expected(phrase: "on August 30, 2023", start: "2023-08-30", end: "2023-08-30", precision: .day),
        Expected(phrase: "on 30.08.2023", start: "2023-08-30", end: "2023-08-30", precision: .day),
        Expected(phrase: "on Tuesday (September 5)", start: "2023-09-05", end: "2023-09-05", precision: .day),
        Expected(phrase: "last month", start: "2023-08-01", end: "2023-08-31", precision: .month),
        Expected(phrase: "this month", start: "2023-09-01", end: "2023-09-08", precision: .month),
        Expected(phrase: "last week", start: "2023-08-26", end: "2023-09-01", precision: .week),
        Expected(phrase: "this summer", start: "2023-06-01", end: "2023-08-31", precision: .partOfYear),
        Expected(phrase: "last winter", start: "2022-12-01", end: "2023-02-28", precision: .partOfYear),
        // In September "this winter" is the latest one, not the one to come: news reports the past.
        Expected(phrase: "this winter", start: "2022-12-01", end: "2023-02-28", precision: .partOfYear),
        Expected(phrase: "in the summer of 2022", start: "2022-06-01", end: "2022-08-31", precision: .partOfYear),
        Expected(phrase: "in spring 2023", start: "2023-03-01", end: "2023-05-31", precision: .partOfYear),
        Expected(phrase: "a few weeks ago", start: "2023-08-08", end: "2023-08-28", precision: .week),
        Expected(phrase: "two weeks ago", start: "2023-08-22", end: "2023-08-28", precision: .week),
        Expected(phrase: "over the past two weeks", start: "2023-08-25", end: "2023-09-08", precision: .week),
        Expected(phrase: "in the last 24 hours", start: "2023-09-07", end: "2023-09-08", precision: .week),
        Expected(phrase: "during the past month", start: "2023-08-09", end: "2023-09-08", precision: .week),
        Expected(phrase: "in the past three months", start: "2023-06-10", end: "2023-09-08", precision: .month),
        Expected(phrase: "over the last few days", start: "2023-09-05", end: "2023-09-08", precision: .week),
        Expected(phrase: "during the last week", start: "2023-09-01", end: "2023-09-08", precision: .week),
        Expected(phrase: "a month ago", start: "2023-07-25", end: "2023-08-24", precision: .month),
        Expected(phrase: "until recently", start: "2023-07-28", end: "2023-09-07", precision: .unspecified),
        Expected(phrase: "in recent weeks", start: "2023-08-11", end: "2023-09-08", precision: .unspecified),
        Expected(phrase: "currently", start: "2023-09-08", end: "2023-09-08", precision: .day),
        Expected(phrase: "now", start: "2023-09-08", end: "2023-09-08", precision: .day),
        Expected(phrase: "still", start: "2023-09-08", end: "2023-09-08", precision: .day),
    ]

    @Test(arguments: corpus)
    func timeExpressions(expected: Expected) throws {
        let claim = try #require(Extract.one("There were about 2,000 Russian troops in Belarus \(expected.phrase), officials said."))
        #expect(claim.asOf?.start == CalendarDate(expected.start))
        #expect(claim.asOf?.end == CalendarDate(expected.end))
        #expect(claim.asOf?.precision == expected.precision)
        #expect(claim.asOf?.text?.lowercased().hasSuffix(expected.phrase.lowercased().replacingOccurrences(of: "in ", with: "")) == true)
    }

    @Test func presentTenseWithNoDateIsThePublicationDay() throws {
        let claim = try #require(Extract.one("About 2,000 Russian troops are stationed in Belarus."))
        #expect(claim.asOf == AsOf(start: CalendarDate("2023-09-08"), end: CalendarDate("2023-09-08"), precision: .day, text: nil))
    }

    @Test func aDateEarlierInTheParagraphCarries() throws {
        let claims = Extract.claims("On August 1, officials counted the units. There were 3,000 Russian soldiers in Belarus.")
        #expect(claims.count == 1)
        #expect(claims.first?.asOf?.start == CalendarDate("2023-08-01"))
        #expect(claims.first?.rules.contains("date of the paragraph") == true)
    }

    @Test func aDateDoesNotCarryIntoTheNextParagraph() throws {
        let claims = Extract.claims("On August 1, officials counted the units.\n\nThere are 3,000 Russian soldiers in Belarus.")
        #expect(claims.first?.asOf?.start == CalendarDate("2023-09-08"))
    }

    @Test func theStatementDateDatesAPresentTenseReport() throws {
        let claim = try #require(Extract.one("Demchenko said on August 30 that 2,000 Russian troops remain in Belarus."))
        #expect(claim.asOf?.start == CalendarDate("2023-08-30"))
        #expect(claim.statedOn == CalendarDate("2023-08-30"))
    }

    @Test func relativeDatesCountFromTheStatementDate() throws {
        let claim = try #require(Extract.one("Demchenko said on August 30 that until recently up to 2,000 Russian troops were in Belarus."))
        #expect(claim.asOf?.start == CalendarDate("2023-07-19"))
        #expect(claim.asOf?.end == CalendarDate("2023-08-29"))
    }

    @Test func eachClauseKeepsItsOwnTime() throws {
        let claims = Extract.claims(
            "Until recently there were up to 2,000 Russian soldiers in Belarus, but now almost all Russian personnel has been withdrawn.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [ExpectedQuantity(.nearZero, low: 0), ExpectedQuantity(.atMost, high: 2000)])
        #expect(claims.map { $0.asOf?.text } == ["now", "Until recently"])
    }

    @Test func aVagueTimeGivesWayToAnExactDateInsideIt() throws {
        let claims = Extract.claims(
            "The monitor Hajun assessed the situation on August 25. A few weeks ago it was assumed that there would be around 2,000 remaining Russian soldiers in Belarus.")
        #expect(claims.first?.asOf?.start == CalendarDate("2023-08-25"))
    }

    /// Rule "from <number> … to <number>": each end of a change keeps its own date.
    @Test func theEndsOfAChangeKeepTheirOwnDates() {
        let claims = Extract.claims(
            "The number of Wagner mercenaries in Belarus has dropped from about 8,000 in August to fewer than 1,000.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [
            ExpectedQuantity(.approximately, best: 8000), ExpectedQuantity(.lessThan, high: 999),
        ])
        #expect(claims.map { $0.asOf?.start } == [CalendarDate("2023-08-01"), CalendarDate("2023-09-08")])
        #expect(claims.allSatisfy { $0.subject.group == "Wagner Group" && $0.subject.location == "BY" })
    }

    /// "until <day>" may look ahead of publication: the drills end on the coming September 20.
    @Test func untilADayTakesTheNearestYear() throws {
        let claim = try #require(Extract.one("The drills run until September 20 and involve 3,000 Russian troops in Belarus."))
        #expect(claim.asOf?.start == CalendarDate("2023-09-20"))
        let past = try #require(Extract.one("On September 20, 3,000 Russian troops were in Belarus."))
        #expect(past.asOf?.start == CalendarDate("2022-09-20"))
    }

    @Test func aChangeFromAPeakKeepsThePeaksDate() {
        let claims = Extract.claims("Russian forces in Belarus now number about 2,500, down from a peak of 12k in 2022.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [
            ExpectedQuantity(.approximately, best: 2500), ExpectedQuantity(.exact, best: 12000),
        ])
        #expect(claims.map { $0.asOf?.start } == [CalendarDate("2023-09-08"), CalendarDate("2022-01-01")])
        #expect(claims.allSatisfy { $0.subject.actor == "RU" && $0.subject.location == "BY" })
    }

    /// "grew from X in <month> to Y by <month>" is a change with a force named before it, not a range.
    @Test func aForceThatGrewFromOneCountToAnotherIsTwoClaims() {
        let claims = Extract.claims(
            "The Russian contingent in Belarus grew from 3,000 in January to nearly 9,000 by March, the ministry said.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [
            ExpectedQuantity(.exact, best: 3000), ExpectedQuantity(.approximately, best: 9000),
        ])
        #expect(claims.map { $0.asOf?.start } == [CalendarDate("2023-01-01"), CalendarDate("2023-03-01")])
        #expect(claims.allSatisfy { $0.subject.actor == "RU" && $0.subject.location == "BY" })
    }

    @Test func downFromCountsTheSameThingAtAnEarlierDate() {
        let claims = Extract.claims(
            "Russian forces in Belarus number roughly 9,700 personnel, down from about 12,000 in January.",
            published: "2023-02-20")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [
            ExpectedQuantity(.approximately, best: 9700), ExpectedQuantity(.approximately, best: 12000),
        ])
        #expect(claims.map { $0.asOf?.start } == [CalendarDate("2023-02-20"), CalendarDate("2023-01-01")])
    }

    @Test func aFullMonthNameBeforeAFullStopEndsTheSentence() {
        let claims = Extract.claims("The mutiny happened in June. Up to 10,000 Russian fighters are in Belarus now.")
        #expect(claims.first?.asOf?.start == CalendarDate("2023-09-08"))
    }

    @Test func anUndatedArticleStillReadsExplicitDates() throws {
        let claim = try #require(Extract.claims("In July 2023 about 2,000 Russian troops were in Belarus.", published: nil).first)
        #expect(claim.asOf?.start == CalendarDate("2023-07-01"))
    }
}
