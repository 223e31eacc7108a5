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

/// Word salad made of the words the rules key on (qualifiers, changes, designations, datelines,
/// titles, quotes): every combination must be read without a crash, and every claim must point
/// at real text with numbers in the slots its qualifier uses.
@Suite struct RuleWordSaladTests {
    static let vocabulary = [
        "from", "to", "grew", "fell", "3,000", "9,000", "about", "nearly", "Russian", "troops", "soldiers", "in",
        "Belarus", "Russia's", "Kursk", "region", ",", ".", "numbering", "totalling", "the", "contingent", "Wagner",
        "fighters", "an", "estimated", "said", "according", "ISW", "U.S.", "officials", "Su", "-", "25", "aircraft",
        "January", "by", "March", "last", "winter", "this", "spring", "peaked", "at", "up", "down", "between", "and",
        "fewer", "than", "a", "thousand", "dozens", "of", "(", ")", "“", "”", "Defence", "Minister", "Mariusz",
        "Lithuania's", "border", "service", "MINSK", "Oct", "2", "(Reuters)", "—", "its", "their", "no", "units",
        "thousands", "withdrew", "completely", "all", "only", "few", "remain", "he", "Tuesday", "(October", "31)",
        "12k", "1.5", "million", "2.500", "11.000", "twenty-five",
    ]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func wordSaladIsReadSafely(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var paragraphs: [String] = []
        for _ in 0..<400 {
            let count = Int.random(in: 1...35, using: &generator)
            paragraphs.append((0..<count).map { _ in Self.vocabulary.randomElement(using: &generator) ?? "" }.joined(separator: " "))
        }
        let text = paragraphs.joined(separator: "\n\n")
        let claims = BadInputTests.extract(text)
        let length = text.unicodeScalars.count
        #expect(!claims.isEmpty)
        for claim in claims {
            #expect(claim.evidence.start >= 0 && claim.evidence.start < claim.evidence.end && claim.evidence.end <= length)
            let quantity = claim.quantity
            switch quantity.qualifier {
            case .exact, .approximately: #expect(quantity.best != nil)
            case .atMost, .lessThan: #expect(quantity.high != nil)
            case .atLeast, .moreThan: #expect(quantity.low != nil)
            case .range: #expect((quantity.low ?? 0) < (quantity.high ?? 0))
            case .zero: #expect(quantity.best == 0)
            case .nearZero: #expect(quantity.low == 0)
            }
        }
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
