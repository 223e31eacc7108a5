import Testing
import TroopWatchCore

/// Rule family 5, attribution: who a number is attributed to, normalised through the aliases.
@Suite struct AttributionCorpusTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var text: String
        var name: String?
        var speaker: String?
        var testDescription: String { text }
    }

    static let border = "State Border Guard Service of Ukraine"

    static let corpus: [Expected] = [
        Expected(
            text: "According to the Institute for the Study of War, 2,000 Russian troops remain in Belarus.",
            name: "Institute for the Study of War"),
        Expected(text: "About 2,000 Russian troops remain in Belarus, according to ISW.", name: "Institute for the Study of War"),
        Expected(
            text: "Russia has deployed an estimated 30,000 troops in Belarus, NATO Secretary General Jens Stoltenberg said.",
            name: "NATO"),
        Expected(
            text: "MINSK, Oct 2 (Reuters) - Belarus said on Monday it had about 60,000 active-duty military personnel.",
            name: "Belarus"),
        Expected(
            text: "Lithuania's border service said about 200 Wagner mercenaries were in Belarus near the Lithuanian border.",
            name: "Lithuania's border service"),
        Expected(
            text: "Russia has massed up to 70,000 troops near Pokrovsk, a spokesperson for Ukraine's Khortytsia group of forces said.",
            name: "Ukraine's Khortytsia group of forces"),
        Expected(
            text: "Russia has 9,000 troops in Belarus, said Serhiy Naiev, commander of Ukraine's joint forces.",
            name: "Ukraine's joint forces", speaker: "Serhiy Naiev"),
        Expected(
            text: "Russia has 9,000 troops in Belarus, said Yuriy Ignat, spokesman for Ukraine's air force.",
            name: "Air Force of Ukraine", speaker: "Yuriy Ihnat"),
        Expected(
            text: "About 12,000 North Korean troops are in Russia, South Korea's National Intelligence Service said.",
            name: "National Intelligence Service of South Korea"),
        Expected(
            text: "About 12,000 North Korean troops are in Russia, Japan's Defense Intelligence Headquarters said.",
            name: "Japan's Defense Intelligence Headquarters"),
        Expected(
            text: "There are 50,000 Russian troops in Kursk, Ukrainian President Volodymyr Zelenskiy said.",
            name: "Government of Ukraine", speaker: "Volodymyr Zelensky"),
        Expected(
            text: "There are 40,000 Russian troops in Kursk, said Russian Deputy Defence Minister Alexander Fomin.",
            name: nil, speaker: "Alexander Fomin"),
        Expected(
            text: "There are 30,000 Russian troops in Kursk, U.S. Secretary of State Antony Blinken said.",
            name: nil, speaker: "Antony Blinken"),
        Expected(text: "Some 2,000 Russian troops arrived in Belarus, a U.S. official said.", name: "U.S. official"),
        Expected(text: "Some 2,000 Russian troops arrived in Belarus, a senior Western official said.", name: "senior Western official"),
        Expected(text: "The United States has 900 soldiers in Poland.", name: nil),
        Expected(text: "According to Western estimates, Russia now has 150,000 troops near Ukraine.", name: "Western estimates"),
        Expected(text: "Data from Hajun show about 1,500 Russian troops in Belarus.", name: "Belarusian Hajun"),
        Expected(text: "Hajun recorded the arrival of 300 Russian servicemen at the Baranovichi airfield.", name: "Belarusian Hajun"),
        Expected(
            text: "Some 3,000 Russian troops remain in Belarus, Britain's Chief of the Defence Staff Tony Radakin said.",
            name: nil, speaker: "Tony Radakin"),
        Expected(
            text: "Poland has sent 10,000 troops to its border with Belarus, Defence Minister Mariusz Blaszczak said.",
            name: nil, speaker: "Mariusz Blaszczak"),
        Expected(
            text: "U.S. officials estimate Russia has massed between 169,000 and 190,000 personnel near Ukraine.",
            name: "U.S. officials"),
        Expected(
            text: "Satellite images show at least 50 helicopters at the Mazyr airfield, Maxar Technologies said.",
            name: "Maxar Technologies"),
        Expected(
            text: "North Korea has sent around 11,000 soldiers to Russia, South Korean intelligence said.",
            name: "National Intelligence Service of South Korea"),
        Expected(
            text: "North Korea has sent around 11,000 soldiers to Russia, South Korean military intelligence said.",
            name: "South Korean military intelligence"),
        Expected(
            text: "North Korea has sent around 11,000 soldiers to Russia, according to South Korean intelligence.",
            name: "National Intelligence Service of South Korea"),
        Expected(text: "Ukraine's State Border Guard Service said 2,000 Russian troops remain in Belarus.", name: border),
        Expected(text: "The State Border Service of Ukraine said 2,000 Russian troops remain in Belarus.", name: border),
        Expected(
            text: "Andrii Demchenko, spokesperson for the State Border Guard Service, said 2,000 Russian troops remain in Belarus.",
            name: border, speaker: "Andriy Demchenko"),
        Expected(text: "“About 2,000 Russian troops remain in Belarus,” Demchenko said.", name: border, speaker: "Andriy Demchenko"),
        Expected(text: "“About 2,000 Russian troops remain in Belarus,” said Andriy Demchenko.", name: border, speaker: "Andriy Demchenko"),
        Expected(text: "Demchenko noted that 2,000 Russian troops remain in Belarus.", name: border, speaker: "Andriy Demchenko"),
        Expected(text: "The Belarusian Hajun project estimated that 2,000 Russian troops remain in Belarus.", name: "Belarusian Hajun"),
        Expected(text: "Belarussky Hajun reported that 2,000 Russian troops remain in Belarus.", name: "Belarusian Hajun"),
        Expected(text: "About 2,000 Russian troops remain in Belarus, according to Russia's investigative outlet iStories.", name: "iStories"),
        Expected(
            text: "Demchenko spoke at a briefing on Monday. He said 2,000 Russian troops remain in Belarus.", name: border,
            speaker: "Andriy Demchenko"),
        Expected(
            text: "Hajun published its count on August 30. It was estimated that 2,000 Russian soldiers remained in Belarus.",
            name: "Belarusian Hajun"),
        Expected(
            text: "Demchenko told reporters on Thursday:\n\n“There are about 2,000 Russian soldiers in Belarus.”", name: border,
            speaker: "Andriy Demchenko"),
        Expected(
            text: "John Smith, a spokesman for the Lithuanian Defence Ministry, said 2,000 Russian troops remain in Belarus.",
            name: "Lithuanian Defence Ministry", speaker: "John Smith"),
        Expected(text: "The Polish Border Guard said 2,000 Russian troops remain in Belarus.", name: "Polish Border Guard"),
        Expected(text: "Ukrainian officials said 2,000 Russian troops remain in Belarus.", name: "Ukrainian officials"),
        Expected(text: "Some 2,000 soldiers were sent to Belarus, the Polish defence ministry said.", name: "Polish defence ministry"),
        Expected(text: "Budanov said 2,000 Russian troops remain in Belarus.", name: "Main Intelligence Directorate of Ukraine", speaker: "Kyrylo Budanov"),
        Expected(text: "Lukashenko claimed that 2,000 Russian troops remain in Belarus.", name: "Government of Belarus", speaker: "Alexander Lukashenko"),
        Expected(text: "The UK Ministry of Defence estimates that 2,000 Russian troops remain in Belarus.", name: "UK Ministry of Defence"),
        Expected(
            text: "The Ukrainian General Staff reported on August 30 that Russian forces in Belarus number roughly 2,000 personnel.",
            name: "General Staff of the Armed Forces of Ukraine"),
    ]

    @Test(arguments: corpus)
    func sources(expected: Expected) throws {
        let claim = try #require(Extract.claims(expected.text).first)
        #expect(claim.source?.name == expected.name)
        #expect(claim.source?.speaker == expected.speaker)
    }

    @Test(arguments: [
        "About 2,000 Russian troops remain in Belarus.",
        "Thousands of Wagner soldiers are said to be in Belarus now.",
        "Officials counted the units. There are 2,000 Russian troops in Belarus.",
    ])
    func unattributed(text: String) throws {
        let claim = try #require(Extract.claims(text).first)
        #expect(claim.source == nil)
    }

    @Test func aHeadlineNamesItsSourceBeforeAColon() throws {
        let claims = Extract.claims("Border Guard Service: 2,000 Russian troops remain in Belarus\n\nThe units stay.", withTitle: false)
        #expect(claims.first?.source?.name == Self.border)
    }

    @Test func aQuotedParagraphTakesThePreviousParagraphsSpeaker() throws {
        let claims = Extract.claims(
            "Demchenko spoke at a press briefing on Friday.\n\n“Fortunately, the number has been decreasing,” he revealed.\n\n“Until recently, we estimated their number to be up to 2,000 Russian soldiers.”")
        #expect(claims.first?.source?.speaker == "Andriy Demchenko")
        #expect(claims.first?.rules.contains("quote ← speaker of the previous paragraph") == true)
    }

    /// "the ministry" points back only to a ministry; "he" to whoever was named last.
    @Test func aTypedBackReferenceNeedsASourceOfItsKind() {
        let claims = Extract.claims(
            """
            Hajun counted the convoys on Monday. About 1,300 Russian troops are in Belarus, the ministry said.

            The Belarusian Defence Ministry published figures. About 1,400 Russian troops are in Belarus, the ministry said.
            """)
        #expect(claims.map { $0.source?.name } == [nil, "Ministry of Defence of Belarus"])
    }
}
