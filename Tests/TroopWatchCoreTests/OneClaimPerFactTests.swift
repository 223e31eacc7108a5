import Testing
import TroopWatchCore

/// Rule family 6: one claim per fact, confidence, and the rules that explain a claim.
@Suite struct OneClaimPerFactTests {
    @Test func aHeadlineAndItsBodyAreOneClaim() throws {
        let claims = Extract.claims(
            "Russia pulls almost all its troops from Belarus\n\nRussia has withdrawn almost all its troops from Belarus, spokesperson Andrii Demchenko said.",
            withTitle: false)
        #expect(claims.count == 1)
        let claim = try #require(claims.first)
        #expect(claim.source?.speaker == "Andriy Demchenko")
        #expect(claim.rules.contains("one claim per fact"))
    }

    @Test func aStandfirstAndAnAttributedBoundAreOneClaim() throws {
        let claims = Extract.claims(
            "In 2023, Russia maintained 12,000 troops in Belarus.\n\nDemchenko noted that Russia maintained up to 12,000 troops in Belarus last year.",
            published: "2024-09-08")
        #expect(claims.count == 1)
        #expect(claims.first.map { ExpectedQuantity($0.quantity) } == ExpectedQuantity(.atMost, high: 12000))
        #expect(claims.first?.source?.name == "State Border Guard Service of Ukraine")
    }

    @Test func aRepeatedParagraphIsOneClaim() {
        let paragraph = "As of July 2024, Belarus had deployed an estimated 4,000 to 6,000 troops near the Ukraine border."
        #expect(Extract.claims(paragraph + "\n\n" + paragraph, published: "2024-07-13").count == 1)
    }

    /// An undated headline and a body line dated up to a month before publication: one report.
    @Test func anUndatedHeadlineAndARecentlyDatedBodyAreOneClaim() throws {
        let claims = Extract.claims(
            "Fewer than 1,000 Russian troops remain in Belarus\n\nAs of October 1, fewer than 1,000 Russian troops remained in Belarus, Hajun said.",
            published: "2023-10-20", withTitle: false)
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.asOf?.start == CalendarDate("2023-10-01"))
        #expect(claim.source?.name == "Belarusian Hajun")
        // Two months before publication is another time, another fact.
        #expect(Extract.claims(
            "Fewer than 1,000 Russian troops remain in Belarus\n\nAs of August 1, fewer than 1,000 Russian troops remained in Belarus.",
            published: "2023-10-20", withTitle: false).count == 2)
    }

    @Test func differentTimesAreDifferentFacts() {
        let claims = Extract.claims(
            "In July 2023 there were 2,000 Russian troops in Belarus.\n\nIn July 2024 there were 2,000 Russian troops in Belarus.",
            published: "2024-09-08")
        #expect(claims.count == 2)
    }

    @Test func differentNumbersAreDifferentFacts() {
        let claims = Extract.claims("There are 2,000 Russian troops and 40 Russian aircraft in Belarus.")
        #expect(claims.map(\.subject.measure).sorted() == ["aircraft", "personnel"])
    }

    @Test func confidenceFallsWithVaguenessAndMissingAttribution() throws {
        let attributed = try #require(Extract.one("In July 2023 about 2,000 Russian troops were in Belarus, according to ISW."))
        let bare = try #require(Extract.one("About 2,000 Russian troops are in Belarus."))
        let vague = try #require(Extract.one("Thousands of Russian troops are in Belarus."))
        let inferred = try #require(Extract.claims("In July 2023 about 2,000 Russian troops were in Belarus.", published: nil).first)
        let undated = try #require(Extract.claims("About 2,000 Russian troops are in Belarus.", published: nil).first)
        #expect(attributed.confidence == 0.9)
        #expect(bare.confidence == 0.7)
        #expect(vague.confidence == 0.55)
        // The reader infers July 2023 from the text itself.
        #expect(inferred.confidence == 0.7)
        // Nothing dates the article: the claim keeps no asOf and the lowest confidence.
        #expect(undated.asOf == nil)
        #expect(undated.confidence == 0.45)
    }

    @Test func rulesNameWhatFired() throws {
        let claim = try #require(Extract.one("Demchenko noted that Russia maintained up to 12,000 troops in Belarus last year."))
        #expect(claim.rules == [
            "up to <number>", "<digits with separators>", "<number> <personnel noun>", "<country> <verb> <number>",
            "in <country>", "last year", "<source> noted",
        ])
    }

    @Test func idsAreStableAndDistinct() {
        let text = "There are 2,000 Russian troops and 40 Russian aircraft in Belarus."
        let first = Extract.claims(text).map(\.id)
        #expect(first == Extract.claims(text).map(\.id))
        #expect(Set(first).count == 2)
        #expect(first.allSatisfy { $0.hasPrefix("c-") })
    }
}
