/// The lexicon compiled for extraction: phrase sets and lookup tables built once, not per article.
/// A class, so that the many rules holding it share one copy: as a struct of some forty tables it
/// was copied into every rule and every frame that carried one, enough to overflow a thread stack.
final class ExtractionLexicon: Sendable {
    struct CountryEntry: Sendable {
        var code: String
        var isDemonym: Bool
        var isCapital: Bool
        /// A town, region or base: it says where a force is, never whose it is.
        var isPlace = false
        /// "US", "UK", "DRC", "CAR": matched only when written in capitals, so "us" and "car" are words.
        var isAcronym = false
    }

    struct SourceEntry: Sendable {
        var name: String
        var organisation: String?
        /// The state the source belongs to, so "Lithuania's border service" is not Ukraine's.
        var country: String? = nil
        var isPerson: Bool { organisation != nil }
    }

    /// Country names, demonyms and capitals; `countryEntries` is aligned with the phrase list.
    let countryPhrases: PhraseSet
    let countryEntries: [CountryEntry]
    /// The same, for one-word lookups and phrase keys.
    let countries: WordTable<CountryEntry>
    /// World regions and seas ("Europe", "the Middle East"): places with no single country.
    let regionPhrases: PhraseSet
    let formationPhrases: PhraseSet
    let formationEntries: [(name: String, actor: String?)]
    /// Aligned with `formationEntries`: aliases matched only in capitals ("RSF", "ADF", "IS").
    let formationAcronyms: [Bool]
    let formations: WordTable<(name: String, actor: String?)>
    let sourcePhrases: PhraseSet
    let sourceEntries: [SourceEntry]
    let measurePhrases: PhraseSet
    let measureNames: [String]
    let forceNouns: PhraseSet
    let qualifiersBefore: PhraseSet
    let qualifierBefore: [Qualifier]
    let qualifiersAfter: PhraseSet
    let qualifierAfter: [Qualifier]
    let negativeContext: PhraseSet
    let attributionVerbs: WordSet
    let withdrawalVerbs: PhraseSet
    let totalMarkers: PhraseSet
    let nearTotalMarkers: PhraseSet
    let fewRemainMarkers: PhraseSet
    let pronouns: PhraseSet
    let futureMarkers: PhraseSet
    let weakPersonnelNouns: PhraseSet
    let militaryCues: PhraseSet

    init(_ lexicon: Lexicon) {
        var countryKeys: [String] = []
        var countryEntries: [CountryEntry] = []
        for country in lexicon.countries {
            for name in country.names {
                countryKeys.append(name)
                countryEntries.append(
                    CountryEntry(code: country.code, isDemonym: false, isCapital: false, isAcronym: Self.isAcronym(name)))
            }
            for demonym in country.demonyms {
                countryKeys.append(demonym)
                countryEntries.append(CountryEntry(code: country.code, isDemonym: true, isCapital: false))
            }
            for capital in country.capitals {
                countryKeys.append(capital)
                countryEntries.append(CountryEntry(code: country.code, isDemonym: false, isCapital: true))
            }
        }
        for place in lexicon.places {
            for name in place.names {
                countryKeys.append(name)
                countryEntries.append(
                    CountryEntry(code: place.country, isDemonym: false, isCapital: false, isPlace: true, isAcronym: Self.isAcronym(name)))
            }
        }
        countryPhrases = PhraseSet(countryKeys)
        regionPhrases = PhraseSet(lexicon.regions)
        self.countryEntries = countryEntries
        countries = WordTable(zip(countryKeys.map(Self.key), countryEntries).map { ($0, $1) })

        var formationNames: [String] = []
        var formationEntries: [(name: String, actor: String?)] = []
        var formationAcronyms: [Bool] = []
        for formation in lexicon.formations {
            for alias in formation.aliases + [formation.name] {
                formationNames.append(alias)
                formationEntries.append((formation.name, formation.actor))
                formationAcronyms.append(Self.isAcronym(alias))
            }
        }
        self.formationAcronyms = formationAcronyms
        formationPhrases = PhraseSet(formationNames)
        self.formationEntries = formationEntries
        formations = WordTable(zip(formationNames.map(Self.key), formationEntries).map { ($0, $1) })

        var sourceNames: [String] = []
        var sourceEntries: [SourceEntry] = []
        for source in lexicon.sources {
            for alias in source.aliases + [source.name] {
                sourceNames.append(alias)
                sourceEntries.append(SourceEntry(name: source.name, organisation: source.organisation, country: source.country))
            }
        }
        sourcePhrases = PhraseSet(sourceNames)
        self.sourceEntries = sourceEntries

        measurePhrases = PhraseSet(lexicon.measures.flatMap(\.words))
        measureNames = lexicon.measures.flatMap { measure in measure.words.map { _ in measure.measure } }
        forceNouns = PhraseSet(lexicon.forceNouns)

        qualifiersBefore = PhraseSet(lexicon.qualifiers.flatMap(\.before))
        qualifierBefore = lexicon.qualifiers.flatMap { entry in entry.before.map { _ in entry.qualifier } }
        qualifiersAfter = PhraseSet(lexicon.qualifiers.flatMap(\.after))
        qualifierAfter = lexicon.qualifiers.flatMap { entry in entry.after.map { _ in entry.qualifier } }
        negativeContext = PhraseSet(lexicon.negativeContext)
        attributionVerbs = WordSet(lexicon.attributionVerbs)
        withdrawalVerbs = PhraseSet(lexicon.withdrawal.verbs)
        totalMarkers = PhraseSet(lexicon.withdrawal.total)
        nearTotalMarkers = PhraseSet(lexicon.withdrawal.nearTotal)
        fewRemainMarkers = PhraseSet(lexicon.withdrawal.fewRemain)
        pronouns = PhraseSet(lexicon.pronouns)
        futureMarkers = PhraseSet(lexicon.futureMarkers)
        weakPersonnelNouns = PhraseSet(lexicon.weakPersonnelNouns)
        militaryCues = PhraseSet(lexicon.militaryCues)
    }

    /// The country named at `index`, if any: its length in tokens and entry.
    func country(in tokens: [Token], at index: Int) -> (length: Int, entry: CountryEntry)? {
        countryPhrases.matchPhrase(in: tokens, at: index).map { ($0.length, countryEntries[$0.phrase]) }
    }

    /// The measure a noun phrase at `index` counts, if any.
    func measure(in tokens: [Token], at index: Int) -> (length: Int, measure: String)? {
        measurePhrases.matchPhrase(in: tokens, at: index).map { ($0.length, measureNames[$0.phrase]) }
    }

    func isPersonnelNoun(in tokens: [Token], at index: Int) -> Bool {
        measure(in: tokens, at: index)?.measure == "personnel"
    }

    /// Whether a name is written in capitals only ("US", "U.K.", "DRC", "AFC/M23"): such a name is
    /// matched only where the text writes it in capitals too.
    static func isAcronym(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether a name may start at this token: a capital, or the Arabic article of "al-Shabaab",
    /// "al-Tanf" (a lowercase "al" is no English word, so it cannot start a false match).
    static func mayStartAName(_ token: Token) -> Bool {
        token.isCapitalized || token.folded == "al"
    }

    /// Whether the tokens of a match are written in capitals, as an acronym must be.
    static func isWrittenInCapitals(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.allSatisfy { !$0.isWord || isAcronym($0.text) }
    }

    /// The lookup key of a phrase: its folded tokens joined by spaces.
    static func key(_ phrase: String) -> String {
        Tokenizer.tokenize(phrase).map(\.folded).joined(separator: " ")
    }

    static func key(_ tokens: ArraySlice<Token>) -> String {
        tokens.map(\.folded).joined(separator: " ")
    }
}
