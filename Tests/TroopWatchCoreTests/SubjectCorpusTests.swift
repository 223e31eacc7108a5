import Testing
import TroopWatchCore

/// Rule family 3, subjects: whose force, where, and what is counted.
@Suite struct SubjectCorpusTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var sentence: String
        var actor: String?
        var group: String?
        var location: String?
        var area: String?
        var measure: String = "personnel"
        var testDescription: String { sentence }
    }

    static let corpus: [Expected] = [
        Expected(sentence: "About 9,000 Russian troops are stationed in Belarus.", actor: "RU", location: "BY"),
        Expected(sentence: "Russia maintains 12,000 troops in Belarus.", actor: "RU", location: "BY"),
        Expected(sentence: "About 2,000 troops from Russia remain in Belarus.", actor: "RU", location: "BY"),
        Expected(sentence: "Around 2,500 Wagner fighters are based in Belarus.", actor: "RU", group: "Wagner Group", location: "BY"),
        Expected(
            sentence: "Around 2,500 fighters for the Wagner mercenary outfit are still in Belarus.", actor: "RU",
            group: "Wagner Group", location: "BY"),
        Expected(
            sentence: "Some 3,000 soldiers of the Wagner Group are now in Belarus.", actor: "RU", group: "Wagner Group",
            location: "BY"),
        Expected(sentence: "North Korea has sent 10,000 soldiers to Russia.", actor: "KP", location: "RU"),
        Expected(sentence: "Some 10,000 North Korean soldiers are in Russia's Kursk region.", actor: "KP", location: "RU"),
        Expected(sentence: "North Korea has sent around 11,000 soldiers to Russia's Kursk region.", actor: "KP", location: "RU"),
        Expected(sentence: "Russia sent 2,000 troops, a threat to Ukraine's security.", actor: "RU", location: nil),
        Expected(
            sentence: "Russia has deployed an estimated 30,000 troops in Belarus, NATO said.", actor: "RU", location: "BY"),
        Expected(
            sentence: "Wagner mercenaries, numbering about 4,500 in August, have mostly left Belarus.", actor: "RU",
            group: "Wagner Group", location: "BY"),
        Expected(sentence: "Russian troops, totalling some 9,000, arrived in Belarus in October.", actor: "RU", location: "BY"),
        Expected(sentence: "Russian troop levels in Belarus peaked at about 12,000 in 2022.", actor: "RU", location: "BY"),
        Expected(
            sentence: "Belarus deployed 5,000 troops near the Ukrainian border.", actor: "BY", location: "BY",
            area: "near the Ukrainian border"),
        Expected(
            sentence: "Belarus has stationed 5,000 soldiers along the border with Ukraine.", actor: "BY", location: "BY",
            area: "along the border with Ukraine"),
        Expected(
            sentence: "Minsk has moved 3,000 servicemen close to the Ukraine border.", actor: "BY", location: "BY",
            area: "close to the Ukraine border"),
        Expected(sentence: "Russia keeps 1,500 personnel on Belarusian territory.", actor: "RU", location: "BY"),
        Expected(sentence: "About 300 Russian instructors work at Belarusian training grounds.", actor: "RU", location: "BY"),
        Expected(sentence: "Ukraine estimates that 20,000 Russian troops are in Belarus.", actor: "RU", location: "BY"),
        Expected(sentence: "Belarus, which has its own military of about 50,000, hosts the drills.", actor: "BY", location: nil),
        Expected(sentence: "The number of Russian troops in Belarus stood at 1,500.", actor: "RU", location: "BY"),
        Expected(sentence: "Russia has a 5,000-strong contingent in Belarus.", actor: "RU", location: "BY"),
        Expected(sentence: "There are 40 Russian aircraft in Belarus.", actor: "RU", location: "BY", measure: "aircraft"),
        Expected(sentence: "Russia keeps nine fighter jets in Belarus.", actor: "RU", location: "BY", measure: "aircraft"),
        Expected(sentence: "Russia keeps 12 attack helicopters in Belarus.", actor: "RU", location: "BY", measure: "helicopters"),
        Expected(sentence: "Russia keeps 30 tanks in Belarus.", actor: "RU", location: "BY", measure: "tanks"),
        Expected(sentence: "Russia has moved 12 Su-25 aircraft to Belarus.", actor: "RU", location: "BY", measure: "aircraft"),
        Expected(sentence: "Russia has moved 20 T-72 tanks to Belarus.", actor: "RU", location: "BY", measure: "tanks"),
        Expected(sentence: "Russia deployed 4 Mi-8 helicopters to Belarus.", actor: "RU", location: "BY", measure: "helicopters"),
        Expected(
            sentence: "Belarus keeps four battalion tactical groups near the Ukraine border.", actor: "BY", location: "BY",
            area: "near the Ukraine border", measure: "battalion tactical groups"),
        Expected(
            sentence: "Belarus keeps four BTGs in Gomel.", actor: "BY", location: "BY", area: "Gomel",
            measure: "battalion tactical groups"),
        Expected(
            sentence: "About 100 Wagner mercenaries stayed at the camp near Asipovichy.", actor: "RU", group: "Wagner Group",
            location: "BY", area: "Asipovichy"),
        Expected(sentence: "Some 11,000 North Korean troops are fighting in Kursk.", actor: "KP", location: "RU", area: "Kursk"),
        Expected(sentence: "Wagner's 25,000 fighters marched on Moscow in June.", actor: "RU", group: "Wagner Group", location: "RU"),
        Expected(sentence: "Russian forces in Belarus are estimated at 9,000.", actor: "RU", location: "BY"),
        Expected(sentence: "The size of the Russian contingent in Belarus is about 1,500.", actor: "RU", location: "BY"),
        Expected(sentence: "The Russian contingent in Belarus has grown to 3,000.", actor: "RU", location: "BY"),
        Expected(sentence: "Wagner has up to 10,000 fighters in Belarus.", actor: "RU", group: "Wagner Group", location: "BY"),
        Expected(sentence: "The Belarusian army (45,000 troops) is on alert.", actor: "BY", location: nil),
        Expected(sentence: "Russia keeps two brigades in Belarus.", actor: "RU", location: "BY", measure: "units"),
        Expected(sentence: "Russia keeps 50 armoured vehicles in Belarus.", actor: "RU", location: "BY", measure: "armoured vehicles"),
        Expected(sentence: "Russia keeps 3 warships in Syria.", actor: "RU", location: "SY", measure: "ships"),
        Expected(sentence: "Poland has deployed 10,000 soldiers to its border with Belarus.", actor: "PL", location: "PL",
            area: "to its border with Belarus"),
        Expected(sentence: "About 1,000 American troops are stationed in Lithuania.", actor: "US", location: "LT"),
        Expected(sentence: "Nearly 500 U.S. troops are based at the airbase in Poland.", actor: "US", location: "PL"),
        Expected(sentence: "About 600 U.K. soldiers are in Estonia.", actor: "GB", location: "EE"),
        Expected(sentence: "The United States has 900 soldiers in Poland.", actor: "US", location: "PL"),
        Expected(sentence: "Belarus said 4,000 of its soldiers were in Gomel.", actor: "BY", location: "BY", area: "Gomel"),
        Expected(sentence: "The Russian contingent, some 2,000 strong, left Belarus in October.", actor: "RU", location: "BY"),
        Expected(sentence: "NATO has about 1,600 troops in Lithuania.", actor: nil, group: "NATO", location: "LT"),
        Expected(sentence: "Some 300,000 NATO troops are on high readiness.", actor: nil, group: "NATO", location: nil),
        Expected(sentence: "NATO said 30,000 Russian troops are in Belarus.", actor: "RU", group: nil, location: "BY"),
        Expected(sentence: "According to NATO, 30,000 Russian troops are in Belarus.", actor: "RU", group: nil, location: "BY"),
        Expected(sentence: "Lithuania hosts 1,000 German soldiers.", actor: "DE", location: nil),
        Expected(sentence: "Belarus's army of about 45,000 is on alert.", actor: "BY", location: nil),
        Expected(
            sentence: "Poland, which has moved 10,000 extra troops to its border with Belarus, is worried.", actor: "PL",
            location: "PL", area: "to its border with Belarus"),
        Expected(sentence: "Ukraine's military intelligence estimated that 10,000 Russian fighters are in Belarus.", actor: "RU", location: "BY"),
    ]

    @Test(arguments: corpus)
    func subjects(expected: Expected) throws {
        let claim = try #require(Extract.one(expected.sentence))
        #expect(claim.subject.actor == expected.actor)
        #expect(claim.subject.group == expected.group)
        #expect(claim.subject.location == expected.location)
        #expect(claim.subject.area == expected.area)
        #expect(claim.subject.measure == expected.measure)
    }

    /// With no owner in the sentence or before it, the force the article names most often.
    @Test func theArticlesMainForceIsTheLastResort() throws {
        let claims = Extract.claims(
            "About 1,000 troops remain in the camps.\n\nRussian troops arrived in 2022. Russian forces trained there.")
        #expect(claims.first?.subject.actor == "RU")
    }

    /// The owner and place carry from earlier sentences when a sentence names neither.
    @Test func ownerAndPlaceComeFromContext() throws {
        let claims = Extract.claims(
            "The number of Russian soldiers in Belarusian training areas has been decreasing.\n\n“Until recently, we estimated their number to be up to 2,000 soldiers.”")
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.subject.actor == "RU")
        #expect(claim.subject.location == "BY")
        #expect(claim.rules.contains("owner from context"))
    }

    /// A sentence that names no place inherits where the last counted force was, into the next
    /// paragraph; a place named in passing ("the war in Ukraine") places no force.
    @Test func placeComesFromTheLastClaimBeforeTheArticlesTopic() throws {
        let claims = Extract.claims(
            """
            Russia has massed up to 70,000 troops near Pokrovsk, Kyiv said.

            Moscow has about 5,000 soldiers in the area, the spokesperson said.

            Russia keeps 8,000 troops in Belarus. Russia has 9,000 troops in Belarus. The war in Ukraine goes on.

            Minsk said 2,000 soldiers took part in the drills.
            """)
        #expect(claims.map(\.subject.location) == ["UA", "UA", "BY", "BY", "BY"])
        #expect(claims[1].rules.contains("place from the previous sentences"))
        #expect(claims[4].rules.contains("place from the previous sentences"))
    }

    @Test func theCarriedPlaceLapsesAfterAParagraphWithoutClaims() throws {
        let claims = Extract.claims(
            """
            Russia keeps 8,000 troops in Belarus. Russia has 9,000 troops in Belarus. Belarus hosts drills.

            Russia has massed troops near Pokrovsk.

            The analysts say the talks stalled.

            About 2,000 soldiers took part in the drills.
            """)
        // The carried place lapsed; the article's other counts of the Russian force put it in Belarus.
        #expect(claims.map(\.subject.location) == ["BY", "BY", "BY"])
        #expect(claims[2].rules.contains("place of the same force elsewhere in the article"))
    }

    /// A wire dateline names where the reporter was, not where a force is.
    @Test func aWireDatelineIsNotAPlaceOrOwner() throws {
        let claim = try #require(Extract.one(
            "WARSAW, Nov 2 (Reuters) - Russia has withdrawn most of its troops from Belarus, leaving fewer than 1,000 soldiers there."))
        #expect(claim.subject.actor == "RU")
        #expect(claim.subject.location == "BY")
        #expect(claim.evidence.quote.hasPrefix("Russia has withdrawn"))
    }

    /// "the number" with no "of …" counts the force the last claim counted.
    @Test func theNumberPointsBackToTheLastCountedForce() throws {
        let claims = Extract.claims(
            "Fewer than 1,000 Russian soldiers remain in Belarus. Ukraine's border service spokesman said the number had been as high as 9,000 in the spring.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [ExpectedQuantity(.lessThan, high: 999), ExpectedQuantity(.atMost, high: 9000)])
        #expect(claims.map(\.subject.actor) == ["RU", "RU"])
        #expect(claims.map(\.subject.location) == ["BY", "BY"])
        #expect(claims.last?.rules.contains("subject of the last claim") == true)
        // With no force counted before, "the number" counts nothing.
        #expect(Extract.claims("Officials said the number had been as high as 9,000 in the spring.").isEmpty)
    }

    /// "3,000 Russian and 2,000 Belarusian soldiers": one noun, two counts, two owners.
    @Test func twoCountsShareTheNounAfterTheSecond() {
        let claims = Extract.claims("The drills in Belarus involve 3,000 Russian and 2,000 Belarusian soldiers.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [ExpectedQuantity(.exact, best: 3000), ExpectedQuantity(.exact, best: 2000)])
        #expect(claims.map(\.subject.actor) == ["RU", "BY"])
    }
}
