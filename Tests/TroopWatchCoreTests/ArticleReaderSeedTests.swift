import Testing
import TroopWatchCore

/// The seed articles read as `shared/seeds/expected-claims.json` reads them (its `articles`
/// section). The values are the reference's; the reader reaches them by general rules.
@Suite struct ArticleReaderSeedTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var title: String
        var published: String
        var basis: PublishedBasis
        var outlet: String?
        var url: String?
        var author: String?
        var testDescription: String { file }
    }

    static let seeds: [Expected] = [
        Expected(
            file: "000_72aa09bde6514542.txt", title: "Russia Withdraws Military Contingent From Allied Belarus",
            published: "2023-09-08", basis: .dateline, outlet: "The Moscow Times",
            url:
                "https://www.themoscowtimes.com/2023/09/08/russia-withdraws-military-contingent-from-allied-belarus-a82405",
            author: nil),
        Expected(
            file: "001_973229286f44a3d8.txt",
            title: "No significant Russian military threat in Belarus, Ukrainian Border Service reports",
            published: "2024-09-08", basis: .dateline, outlet: nil, url: nil, author: nil),
        Expected(
            file: "002_ca368fdbe3a654df.txt",
            title: "Border Guard Service: Russia pulls almost all its troops from Belarus",
            published: "2023-07-14", basis: .inferred, outlet: "Kyiv Independent", url: nil,
            author: "Martin Fornusek"),
        Expected(
            file: "003_4eb84e7084170a8e.txt",
            title:
                "Russia withdraws troops from Ukrainian border. However, the exact number of soldiers remaining in Belarus remains unclear.",
            published: "2023-10-31", basis: .inferred, outlet: nil, url: nil, author: "Helmi Krappitz"),
        Expected(
            file: "004_14dd2039a843f4f6.txt", title: "Belarus orders immediate troop withdrawal from Ukraine border.",
            published: "2024-07-13", basis: .inferred, outlet: "Army Recognition", url: nil, author: nil),
    ]

    @Test(arguments: seeds)
    func readsTheReferenceMetadata(expected: Expected) throws {
        let reading = Fixtures.read(try Fixtures.seed(expected.file))
        #expect(reading.title == expected.title)
        #expect(
            reading.published
                == Published(date: CalendarDate(expected.published), precision: .day, basis: expected.basis))
        #expect(reading.outlet == expected.outlet)
        #expect(reading.url == expected.url)
        #expect(reading.author == expected.author)
    }

    @Test func marksTheFurnitureOfTheKyivIndependentPage() throws {
        let text = try Fixtures.seed("002_ca368fdbe3a654df.txt")
        let reading = Fixtures.read(text)
        let scalars = Array(text.unicodeScalars)
        let spans = reading.furniture.map { span in
            (span.kind, String(String.UnicodeScalarView(scalars[span.start..<span.end])))
        }
        #expect(
            spans.map(\.0) == [
                .navigation, .navigation, .pictureCredit, .navigation, .authorBio, .authorBio, .authorBio, .readMore,
                .navigation, .navigation,
            ])
        #expect(
            spans.map(\.1).prefix(3) == [
                "News Feed", "2 min read", "(Photo by NATALIA KOLESNIKOVA/AFP via Getty Images)",
            ])
        #expect(spans[4].1 == "Martin Fornusek")
        #expect(spans[6].1.hasPrefix("Martin Fornusek is a reporter for the Kyiv Independent"))
    }

    @Test func marksDonationAppealsAndTagCloudsOfTheKyivPostStylePage() throws {
        let reading = Fixtures.read(try Fixtures.seed("001_973229286f44a3d8.txt"))
        #expect(
            reading.furniture.map(\.kind) == [
                .dateline, .tagCloud, .readMore, .donation, .donation, .donation, .donation,
            ])
    }

    @Test func aCaptionDateIsNotThePublicationDate() throws {
        // 002's only full date is a photo caption's "Feb. 15, 2023"; the body's "July 14" wins.
        let reading = Fixtures.read(try Fixtures.seed("002_ca368fdbe3a654df.txt"))
        #expect(reading.published.date == CalendarDate("2023-07-14"))
    }
}
