import Testing
import TroopWatchCore

/// Rule family 1, numbers: one value, many surface forms. Each sentence must yield exactly one
/// personnel claim stating that value.
@Suite struct NumberCorpusTests {
    @Test(arguments: [
        ("2,500", 2500), ("2.500", 2500), ("2 500", 2500), ("11.000", 11000), ("11,000", 11000),
        ("12k", 12000), ("12K", 12000), ("1.5 million", 1_500_000), ("1,5 million", 1_500_000),
        ("2 million", 2_000_000), ("100000", 100_000), ("100,000", 100_000), ("1,200,000", 1_200_000),
        ("3 thousand", 3000), ("nine", 9), ("eleven", 11), ("seven", 7), ("twenty-five", 25), ("twenty five", 25),
        ("ninety-nine", 99), ("a thousand", 1000), ("one thousand", 1000), ("two hundred", 200),
        ("two hundred and fifty", 250), ("three thousand", 3000), ("forty thousand", 40000),
        ("one hundred thousand", 100_000), ("fifteen hundred", 1500), ("a dozen", 12), ("a hundred", 100),
        ("500", 500), ("1,500", 1500),
    ])
    func exactNumbers(surface: String, value: Int) {
        let claim = Extract.one("Officials counted \(surface) Russian troops in Belarus in July 2023.")
        #expect(claim.map { ExpectedQuantity($0.quantity) } == ExpectedQuantity(.exact, best: value), "\(surface)")
        #expect(claim?.subject.measure == "personnel")
    }

    /// Vague plurals state a lower bound.
    @Test(arguments: [
        ("dozens of", 24), ("hundreds of", 200), ("thousands of", 2000), ("tens of thousands of", 20000),
        ("hundreds of thousands of", 200_000), ("several thousand", 2000), ("a few hundred", 200), ("many thousands of", 2000),
        ("a couple of thousand", 2000), ("a couple thousand", 2000),
    ])
    func vagueNumbers(surface: String, lowerBound: Int) {
        let claim = Extract.one("In July 2023 \(surface) Russian soldiers were stationed in Belarus.")
        #expect(claim.map { ExpectedQuantity($0.quantity) } == ExpectedQuantity(.atLeast, low: lowerBound), "\(surface)")
    }

    /// The quantity text is exactly the words that state the count.
    @Test(arguments: [
        ("Officials counted 2,500 Russian troops in Belarus.", "2,500"),
        ("Officials counted up to 12,000 Russian troops in Belarus.", "up to 12,000"),
        ("Officials counted between 4,000 and 6,000 Russian troops in Belarus.", "between 4,000 and 6,000"),
        ("Officials counted fewer than a thousand Russian troops in Belarus.", "fewer than a thousand"),
    ])
    func quantityText(sentence: String, text: String) {
        #expect(Extract.one(sentence)?.quantity.text == text)
    }

    /// A decimal start of a range takes the scale written at its end.
    @Test(arguments: [("1.5-2 thousand", 1500, 2000), ("2,5 to 3 thousand", 2500, 3000), ("1.5–2 million", 1_500_000, 2_000_000)])
    func decimalRangesShareTheScale(surface: String, low: Int, high: Int) {
        let claim = Extract.one("The grouping of Russian troops in Belarus is estimated at \(surface) people.")
        #expect(claim.map { ExpectedQuantity($0.quantity) } == ExpectedQuantity(.range, low: low, high: high), "\(surface)")
    }

    /// "only a few hundred … remain" states a number: no near-zero reading beside it.
    @Test func aFewHundredRemainingIsACount() {
        let claims = Extract.claims("Only a few hundred Russian soldiers remain in Belarus, Hajun said.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [ExpectedQuantity(.atLeast, low: 200)])
    }
}
