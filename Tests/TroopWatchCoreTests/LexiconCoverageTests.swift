import Testing
import TroopWatchCore

/// Every entry of the extraction lexicon in a sentence of its own, so a misspelt or shadowed entry
/// fails its own case (the furniture lists are covered the same way in FurnitureTests).
@Suite struct LexiconCoverageTests {
    static let lexicon = Fixtures.lexicon

    static let measureWords: [(String, String)] = lexicon.measures.flatMap { entry in
        entry.words.map { ($0, entry.measure) }
    }

    @Test(arguments: measureWords)
    func measureWordsCount(word: String, measure: String) {
        // Weak nouns ("people") need a military paragraph; the second sentence gives one.
        let claims = Extract.claims("There are 40 Russian \(word) in Belarus. The troops stay.")
        #expect(claims.map(\.subject.measure) == [measure], "\(word)")
    }

    @Test(arguments: lexicon.forceNouns)
    func forceNounsCountPersonnel(noun: String) {
        let claims = Extract.claims("Russia keeps a \(noun) of about 4,000 in Belarus.")
        #expect(claims.map(\.subject.measure) == ["personnel"], "\(noun)")
        #expect(claims.first?.quantity.best == 4000)
    }

    static let qualifierPhrases: [(String, Qualifier)] = lexicon.qualifiers.flatMap { entry in
        entry.before.map { ($0, entry.qualifier) }
    }

    @Test(arguments: qualifierPhrases)
    func qualifierPhrasesSetTheQualifier(phrase: String, qualifier: Qualifier) {
        let claims = Extract.claims("There are \(phrase) 2,000 Russian troops in Belarus.")
        #expect(claims.map(\.quantity.qualifier) == [qualifier], "\(phrase)")
    }

    static let countryWords: [(String, String)] = lexicon.countries.flatMap { country in
        (country.names + country.capitals).map { ($0, country.code) }
    }

    @Test(arguments: countryWords)
    func countryNamesAndCapitalsAreOwners(name: String, code: String) {
        let claims = Extract.claims("\(name) keeps 3,000 troops abroad.")
        #expect(claims.map(\.subject.actor) == [code], "\(name)")
    }

    static let demonyms: [(String, String)] = lexicon.countries.flatMap { country in
        country.demonyms.map { ($0, country.code) }
    }

    @Test(arguments: demonyms)
    func demonymsAreOwners(demonym: String, code: String) {
        let claims = Extract.claims("There are 3,000 \(demonym) troops abroad.")
        #expect(claims.map(\.subject.actor) == [code], "\(demonym)")
    }

    static let placeNames: [(String, String)] = lexicon.places.flatMap { place in place.names.map { ($0, place.country) } }

    @Test(arguments: placeNames)
    func placesAreLocations(name: String, code: String) {
        let claims = Extract.claims("About 3,000 Russian troops are stationed in \(name).")
        #expect(claims.map(\.subject.location) == [code], "\(name)")
    }

    static let formationAliases: [(String, String)] = lexicon.formations.filter { $0.actor != nil }.flatMap { formation in
        formation.aliases.map { ($0, formation.name) }
    }

    @Test(arguments: formationAliases)
    func formationAliasesNameTheGroup(alias: String, name: String) {
        let claims = Extract.claims("About 3,000 fighters of the \(alias) are in Belarus.")
        #expect(claims.map(\.subject.group) == [name], "\(alias)")
    }

    static let sourceAliases: [(String, String)] = lexicon.sources.flatMap { source in
        source.aliases.map { ($0, source.organisation ?? source.name) }
    }

    @Test(arguments: sourceAliases)
    func sourceAliasesNormalise(alias: String, organisation: String) {
        let claims = Extract.claims("According to \(alias), 3,000 Russian troops are in Belarus.")
        #expect(claims.map { $0.source?.name } == [organisation], "\(alias)")
    }

    @Test(arguments: lexicon.negativeContext)
    func negativeContextRejectsTheCount(word: String) {
        let claims = Extract.claims("The army said 3,000 soldiers \(word) there.")
        #expect(claims.isEmpty, "\(word)")
    }

    @Test(arguments: lexicon.futureMarkers)
    func futureMarkersRejectTheCount(marker: String) {
        let claims = Extract.claims("Russia \(marker) 3,000 soldiers to Belarus.")
        #expect(claims.isEmpty, "\(marker)")
    }

    @Test(arguments: lexicon.attributionVerbs.filter { !["according", "putting", "put", "citing", "cited"].contains($0) })
    func attributionVerbsAttribute(verb: String) {
        let claims = Extract.claims("Demchenko \(verb) that 3,000 Russian troops are in Belarus.")
        #expect(claims.first?.source?.speaker == "Andriy Demchenko", "\(verb)")
    }

    @Test(arguments: lexicon.withdrawal.nearTotal)
    func nearTotalMarkersMeanNearZero(marker: String) {
        let claims = Extract.claims("\(marker.prefix(1).uppercased() + marker.dropFirst()) Russian troops have been withdrawn from Belarus.")
        #expect(claims.map(\.quantity.qualifier) == [.nearZero], "\(marker)")
    }

    @Test(arguments: lexicon.withdrawal.verbs.filter { !$0.hasSuffix("out") || $0.hasPrefix("pulled") || $0.hasPrefix("rotated") })
    func withdrawalVerbsWithATotalMarkerMeanZero(verb: String) {
        let claims = Extract.claims("All Russian troops \(verb) Belarus completely.")
        #expect(claims.map(\.quantity.qualifier) == [.zero], "\(verb)")
    }
}
