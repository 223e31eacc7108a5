import Foundation
import Testing
import TroopWatchCore

/// Corpus of article headers: each is a page top the reader must date, title and sign correctly.
/// Every text ends with the same body paragraph, which names no date.
@Suite struct ArticleReaderHeaderTests {
    static let body = "\n\nThe ministry said the exercise had ended and the units returned to their bases."

    static func read(_ header: String) -> ArticleReading {
        Fixtures.read(header + body)
    }

    @Test(arguments: [
        "September 08, 2023",
        "Sep 8, 2024 - 04:00".replacingYear(),
        "8 September 2023",
        "08.09.2023",
        "2023-09-08",
        "Published: September 8, 2023 10:30 AM GMT",
        "Published on 8 September 2023 at 10:30",
        "Posted Friday, September 8, 2023",
        "September 8, 2023 | 14:05 CET",
        "Updated: 8 Sep 2023",
    ])
    func datelineForms(dateline: String) {
        let reading = Self.read("Troops leave the border region\n\n\(dateline)")
        #expect(reading.published == Published(date: CalendarDate("2023-09-08"), precision: .day, basis: .dateline))
        #expect(reading.title == "Troops leave the border region")
        #expect(reading.furniture.map(\.kind) == [.dateline])
    }

    @Test func aPublishedDateWinsOverAnUpdatedOne() {
        let reading = Self.read("Troops leave the border region\nUpdated 10 September 2023\nPublished 8 September 2023")
        #expect(reading.published.date == CalendarDate("2023-09-08"))
        #expect(reading.published.basis == .dateline)
    }

    @Test(arguments: [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Jane Doe | Reuters", "Jane Doe"),
        ("By Jean-Luc Martin", "Jean-Luc Martin"),
        ("By John F. Kennedy", "John F. Kennedy"),
        ("Helmi Krappitz", "Helmi Krappitz"),
    ])
    func bylines(byline: String, author: String) {
        let reading = Self.read("\(byline)\n\nTroops leave the border region")
        #expect(reading.author == author)
        #expect(reading.title == "Troops leave the border region")
        #expect(reading.furniture.map(\.kind) == [.byline])
    }

    @Test func aBylineMayCarryTheDate() {
        let reading = Self.read("Troops leave the border region\nBy Jane Doe, September 8, 2023")
        #expect(reading.author == "Jane Doe")
        #expect(reading.published == Published(date: CalendarDate("2023-09-08"), precision: .day, basis: .dateline))
    }

    @Test(arguments: [
        "By the end of July, most units had left the region.",
        "By Sunday Night Russian troops had left the region.",
        "By Tuesday, the units had left the region.",
    ])
    func sentencesOpeningWithByAreNotBylines(line: String) {
        let reading = Self.read("Troops leave the border region\n\n\(line)")
        #expect(reading.author == nil)
        #expect(reading.furniture.isEmpty)
    }

    @Test(arguments: [
        ("<https://www.example.com/2023/09/08/troops-leave>", "2023-09-08", DatePrecision.day),
        ("https://example.org/news/2023-09-08-troops-leave", "2023-09-08", .day),
        ("Source: https://example.org/a/20230908/troops", "2023-09-08", .day),
        ("Original url: <https://example.org/world/2023/09/troops-leave>", "2023-09-01", .month),
        // A publishing system's timestamp, day first or year first.
        ("Original url: https://example.org/news/troops+leave+08092023101500?open", "2023-09-08", .day),
        ("Original url: https://example.org/news/troops-leave-20230908235959", "2023-09-08", .day),
    ])
    func datesInsideTheAddress(line: String, date: String, precision: DatePrecision) {
        let reading = Self.read("Troops leave the border region\n\n\(line)")
        #expect(reading.published == Published(date: CalendarDate(date), precision: precision, basis: .url))
        #expect(reading.url?.hasPrefix("https://") == true)
        #expect(reading.outlet == (reading.url?.contains("example.com") == true ? "example.com" : "example.org"))
    }

    /// Ten digits that read as a Unix time date an address only when the text names no day:
    /// 1694131200 is 2023-09-08 00:00 UTC; inside a longer id ("10" + it + "519") too.
    @Test(arguments: [
        "Original url: https://example.org/news/troops-leave-1694131200.html",
        "Original url: https://example.org/world/troops-leave-101694131200519.html",
    ])
    func aUnixTimeInTheAddressDatesAnUndatedText(line: String) {
        let reading = Self.read("Troops leave the border region\n\n\(line)")
        #expect(reading.published == Published(date: CalendarDate("2023-09-08"), precision: .day, basis: .url))
    }

    @Test func aUnixTimeInTheAddressYieldsToADayTheTextNames() {
        let reading = Fixtures.read(
            "Troops leave the border region\n\nOn September 5, 2023, the ministry said the units had left.\n\n"
                + "Original url: https://example.org/news/troops-leave-1694131200.html")
        #expect(reading.published == Published(date: CalendarDate("2023-09-05"), precision: .day, basis: .inferred))
    }

    @Test func anUploadedLineAtTheFootWinsOverTheAddressMonth() {
        let reading = Fixtures.read(
            "Troops leave the border region\n\nThe ministry said the units had left.\nUploaded: Sep 8, 2023\n\n"
                + "Original url: https://example.blogspot.com/2023/09/troops-leave.html")
        #expect(reading.published == Published(date: CalendarDate("2023-09-08"), precision: .day, basis: .dateline))
    }

    @Test func aDatelineWinsOverTheAddress() {
        let reading = Self.read("Title of the story\nSeptember 9, 2023\n\n<https://example.com/2023/09/08/x>")
        #expect(reading.published == Published(date: CalendarDate("2023-09-09"), precision: .day, basis: .dateline))
    }

    @Test func anArticleWithNoDateLoadsAsUnknown() {
        let reading = Self.read("Troops leave the border region")
        #expect(reading.published == .unknown)
        #expect(reading.published.date == nil)
    }

    @Test func aCopyrightYearIsNotAPublicationDate() {
        let reading = Self.read(
            "Troops leave the border region\n\nCopyright © 2019 - 2024 Example News | All rights reserved")
        #expect(reading.published == .unknown)
        #expect(reading.outlet == "Example News")
    }

    @Test func metadataWinsOverTheText() {
        let metadata = ArticleMetadata(
            title: "Given title", published: CalendarDate("2020-01-02"), url: "https://news.example/x",
            outlet: "Given Outlet", author: "Given Author")
        let reading = Fixtures.read("By Jane Doe\nTroops leave\nSeptember 8, 2023" + Self.body, metadata: metadata)
        #expect(reading.title == "Given title")
        #expect(reading.published == Published(date: CalendarDate("2020-01-02"), precision: .day, basis: .metadata))
        #expect(reading.url == "https://news.example/x")
        #expect(reading.outlet == "Given Outlet")
        #expect(reading.author == "Given Author")
    }

    @Test func aMarkdownHeadingIsTheTitle() {
        #expect(Self.read("# Troops Leave Belarus\n\nSeptember 8, 2023").title == "Troops Leave Belarus")
        #expect(Self.read("**Troops leave the border**\n\nSeptember 8, 2023").title == "Troops leave the border")
    }
}

/// Publication dates reasoned from the body when nothing states one (reference day 2026-11-22).
@Suite struct PublicationDateInferenceTests {
    @Test func theLatestDayNamedInTheBodyIsThePublicationDay() {
        let reading = Fixtures.read(
            "Title of the story\n\nOn July 13, 2024, the ministry said units left on July 2, 2024.")
        #expect(reading.published == Published(date: CalendarDate("2024-07-13"), precision: .day, basis: .inferred))
    }

    @Test func aWeekdayPinsTheYearOfAYearlessDay() {
        // October 31 fell on a Tuesday in 2023 (and 2028, which is after "now").
        let reading = Fixtures.read(
            "Title of the story\n\nThe spokesman said on Tuesday (October 31) that units had left.")
        #expect(reading.published == Published(date: CalendarDate("2023-10-31"), precision: .day, basis: .inferred))
    }

    @Test func aYearNamedInTheTextDatesAYearlessDay() {
        let reading = Fixtures.read("Title of the story\n\nIn 2022 the drills began. The minister spoke on March 3.")
        #expect(reading.published == Published(date: CalendarDate("2022-03-03"), precision: .day, basis: .inferred))
    }

    @Test func aMonthOfAYearGivesMonthPrecision() {
        let reading = Fixtures.read("Title of the story\n\nAs of July 2024, the units were still deployed.")
        #expect(reading.published == Published(date: CalendarDate("2024-07-01"), precision: .month, basis: .inferred))
    }

    @Test func aYearlessDayWithNoYearAnywhereIsNotGuessed() {
        let reading = Fixtures.read("Title of the story\n\nThe minister spoke on March 3 about the units.")
        #expect(reading.published == .unknown)
    }

    @Test func datesAfterNowAreNotPublicationDates() {
        let reading = Fixtures.read(
            "Title of the story\n\nElections are due on May 5, 2031; the drills ended March 3, 2024.")
        #expect(reading.published.date == CalendarDate("2024-03-03"))
    }

    @Test func aCaptionDateIsUsedOnlyWhenNothingElseDates() {
        let reading = Fixtures.read(
            "Title of the story\n\nSoldiers at a checkpoint on Feb. 15, 2023. (Photo by Jane Doe/AFP)\n\nThe units left."
        )
        #expect(reading.published == Published(date: CalendarDate("2023-02-15"), precision: .day, basis: .inferred))
    }
}

extension String {
    /// "Sep 8, 2024 - 04:00" in 2023, so every dateline form names the same day.
    fileprivate func replacingYear() -> String {
        replacingOccurrences(of: "2024", with: "2023")
    }
}
