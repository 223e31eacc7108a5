import Testing
import TroopWatchCore

/// Rule family 2, qualifiers: the DESIGN vocabulary, each phrase in a whole sentence.
@Suite struct QualifierCorpusTests {
    static func quantity(_ sentence: String) -> ExpectedQuantity? {
        Extract.one(sentence).map { ExpectedQuantity($0.quantity) }
    }

    @Test(arguments: [
        "about", "around", "approximately", "an estimated", "some", "roughly", "nearly", "almost", "close to", "circa",
    ])
    func approximately(phrase: String) {
        #expect(Self.quantity("There are \(phrase) 2,000 Russian troops in Belarus.") == ExpectedQuantity(.approximately, best: 2000))
    }

    @Test(arguments: ["up to", "as many as", "no more than", "at most", "a maximum of", "not more than"])
    func atMost(phrase: String) {
        #expect(Self.quantity("There are \(phrase) 2,000 Russian troops in Belarus.") == ExpectedQuantity(.atMost, high: 2000))
    }

    @Test(arguments: ["fewer than", "less than", "under", "below", "just under", "slightly fewer than"])
    func lessThan(phrase: String) {
        #expect(Self.quantity("There are \(phrase) 2,000 Russian troops in Belarus.") == ExpectedQuantity(.lessThan, high: 1999))
    }

    @Test(arguments: ["more than", "over", "above", "slightly more than", "upwards of", "just over", "in excess of"])
    func moreThan(phrase: String) {
        #expect(Self.quantity("There are \(phrase) 2,000 Russian troops in Belarus.") == ExpectedQuantity(.moreThan, low: 2001))
    }

    @Test(arguments: ["at least", "no fewer than", "no less than", "a minimum of"])
    func atLeast(phrase: String) {
        #expect(Self.quantity("There are \(phrase) 2,000 Russian troops in Belarus.") == ExpectedQuantity(.atLeast, low: 2000))
    }

    @Test(arguments: [
        ("2,000 or more Russian troops", ExpectedQuantity(.atLeast, low: 2000)),
        ("2,000-plus Russian troops", ExpectedQuantity(.moreThan, low: 2001)),
        ("2,000+ Russian troops", ExpectedQuantity(.moreThan, low: 2001)),
        ("2,000 or so Russian troops", ExpectedQuantity(.approximately, best: 2000)),
    ])
    func qualifiersAfterTheNumber(phrase: String, expected: ExpectedQuantity) {
        #expect(Self.quantity("There are \(phrase) in Belarus.") == expected)
    }

    @Test(arguments: [
        "4,000 to 6,000", "4,000-6,000", "4,000–6,000", "between 4,000 and 6,000", "from 4,000 to 6,000",
        "an estimated 4,000 to 6,000", "four thousand to six thousand", "4 to 6 thousand", "between 4 and 6 thousand",
        "4-6 thousand", "4 000 – 6 000",
    ])
    func ranges(phrase: String) {
        #expect(Self.quantity("Belarus deployed \(phrase) troops in July 2024.") == ExpectedQuantity(.range, low: 4000, high: 6000))
    }

    @Test(arguments: [
        "Russian personnel completely withdrew from Belarus in early July.",
        "Russian troops fully withdrew from Belarus in early July.",
        "All Russian troops were withdrawn from Belarus in early July.",
        "In early July Russia withdrew all its troops from Belarus.",
        "The entire Russian contingent was withdrawn from Belarus in early July.",
        "Russian forces have entirely left Belarus, officials said in early July.",
    ])
    func zero(sentence: String) {
        let claim = Extract.one(sentence)
        #expect(claim.map { ExpectedQuantity($0.quantity) } == ExpectedQuantity(.zero, low: 0, best: 0, high: 0))
        #expect(claim?.subject.actor == "RU")
        #expect(claim?.subject.location == "BY")
    }

    @Test(arguments: [
        "Almost all Russian troops have been withdrawn from Belarus.",
        "Nearly all Russian soldiers have left Belarus.",
        "Virtually all of Russia's forces in Belarus have been rotated out.",
        "Russia has pulled almost all its troops from Belarus.",
        "Russia pulls almost all its troops from Belarus",
        "Only a few Russian soldiers remain in Belarus.",
    ])
    func nearZero(sentence: String) {
        let claim = Extract.one(sentence)
        #expect(claim.map { ExpectedQuantity($0.quantity) } == ExpectedQuantity(.nearZero, low: 0))
        #expect(claim?.subject.actor == "RU")
        #expect(claim?.subject.location == "BY")
    }

    @Test(arguments: [
        ("There are no Russian units numbering in the thousands in Belarus.", 999),
        ("There are no large Russian units numbering in the hundreds in Belarus.", 99),
        ("No Russian force in Belarus numbers in the thousands.", 999),
    ])
    func negatedMagnitudes(sentence: String, high: Int) {
        let claim = Extract.one(sentence)
        #expect(claim.map { ExpectedQuantity($0.quantity) } == ExpectedQuantity(.lessThan, high: high))
        #expect(claim?.subject.measure == "personnel")
    }

    @Test(arguments: [
        "There are no Russian troops in Belarus now.",
        "No Wagner fighters remain in Belarus, the monitor said.",
        "There are currently no Russian soldiers stationed in Belarus.",
    ])
    func absenceIsZero(sentence: String) {
        let claim = Extract.one(sentence)
        #expect(claim.map { ExpectedQuantity($0.quantity) } == ExpectedQuantity(.zero, low: 0, best: 0, high: 0))
        #expect(claim?.subject.location == "BY")
        #expect(claim?.subject.measure == "personnel")
    }

    @Test(arguments: [
        "No new units have been brought in.",
        "There is no reliable information on the presence of Wagner mercenaries in Belarus.",
        "There are no large Russian units in Belarus.",
        "No troops were sent to Belarus last month.",
    ])
    func otherNegationsAreNotAbsences(sentence: String) {
        #expect(Extract.claims(sentence).isEmpty)
    }

    /// Withdrawals that are partial, planned or denied state no count.
    @Test(arguments: [
        "Russia has withdrawn most of its military units from Belarus.",
        "Russia will withdraw all its troops from Belarus next year.",
        "Russia has not withdrawn all its troops from Belarus.",
        "Russia plans to withdraw all its troops from Belarus.",
        "The previous contingent was withdrawn, and no new troops have arrived.",
        "Belarus announced the immediate withdrawal of its troops.",
    ])
    func withdrawalsWithoutACount(sentence: String) {
        #expect(Extract.claims(sentence).isEmpty)
    }
}
