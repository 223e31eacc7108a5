import Foundation
import Testing
import TroopWatchCore

/// Hostile text returns quickly with no crash. Time is not asserted here (benchmarks measure it);
/// what is asserted is that each input is read completely and yields exactly what it should.
@Suite struct BadInputTests {
    static func extract(_ text: String) -> [Claim] {
        let reading = Fixtures.reader.read(text, metadata: ArticleMetadata(published: CalendarDate("2023-09-08")), now: Fixtures.now)
        return Extract.extractor.extract(articleId: "bad", text: text, reading: reading)
    }

    @Test func emptyText() {
        #expect(Self.extract("").isEmpty)
        #expect(Fixtures.read("").title == nil)
        #expect(Fixtures.read("").furniture.isEmpty)
    }

    @Test func whitespaceOnly() {
        #expect(Self.extract(" \n\n\t \u{00A0}\r\n").isEmpty)
    }

    @Test func aOneMegabyteLineWithNoPunctuation() {
        let line = String(repeating: "soldiers marched along the road near the border with their trucks ", count: 16_000)
        #expect(line.utf8.count > 1_000_000)
        #expect(Self.extract(line).isEmpty)
    }

    @Test func aOneMegabyteLineOfCountsIsReadToTheEnd() {
        // Every piece states the same fact, so one claim stands for all of them.
        let line = String(repeating: "2,000 troops are in Belarus now ", count: 32_000)
        #expect(line.utf8.count > 1_000_000)
        let claims = Self.extract(line)
        #expect(claims.count == 1)
        #expect(claims.first?.quantity.best == 2000)
        #expect(claims.first?.subject.location == "BY")
    }

    @Test func binaryJunk() {
        var generator = SeededGenerator(seed: 42)
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = String(decoding: bytes, as: UTF8.self)
        let claims = Self.extract(text)
        #expect(claims.allSatisfy { $0.evidence.end <= text.unicodeScalars.count })
    }

    @Test func unbalancedQuotes() {
        let text = "“About 2,000 Russian troops remain in Belarus, Demchenko said.\n\n" + String(repeating: "“", count: 5000)
            + " ” \" ' ’ «"
        let claims = Self.extract(text)
        #expect(claims.count == 1)
        #expect(claims.first?.quantity.best == 2000)
    }

    @Test func aPageOfOnlyNumbers() {
        let text = (0..<50_000).map { String($0 * 7 % 100_000) }.joined(separator: " ")
        #expect(Self.extract(text).isEmpty)
    }

    @Test func aPageOfDatesAndNumbers() {
        let text = (0..<5_000).map { "On July \($0 % 28 + 1), 2023 there were \($0) 12,000." }.joined(separator: " ")
        #expect(Self.extract(text).isEmpty)
    }

    @Test func deeplyNestedMarkup() {
        let text = String(repeating: "[**[", count: 20_000) + "2,000 Russian troops are in Belarus" + String(repeating: "](#)**", count: 20_000)
        let claims = Self.extract(text)
        #expect(claims.count == 1)
    }
}

/// A small deterministic generator so the junk is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
