/// The lexicon compiled for extraction: phrase sets and lookup tables built once, not per article.
struct ExtractionLexicon: Sendable {
    struct CountryEntry: Sendable {
        var code: String
        var isDemonym: Bool
        var isCapital: Bool
    }

    struct SourceEntry: Sendable {
        var name: String
        var organisation: String?
        var isPerson: Bool { organisation != nil }
    }

    /// Phrase → country, for names ("Belarus"), demonyms ("Belarusian") and capitals ("Minsk").
    let countryPhrases: PhraseSet
    let countries: [String: CountryEntry]
    let formationPhrases: PhraseSet
    /// Folded alias → (formation name, actor).
    let formations: [String: (name: String, actor: String?)]
    let sourcePhrases: PhraseSet
    let sources: [String: SourceEntry]
    let measurePhrases: PhraseSet
    let measures: [String: String]
    let forceNouns: PhraseSet
    let qualifiersBefore: PhraseSet
    let qualifiersAfter: PhraseSet
    let qualifierOf: [String: Qualifier]
    let negativeContext: PhraseSet
    let attributionVerbs: Set<String>
    let withdrawalVerbs: PhraseSet
    let totalMarkers: PhraseSet
    let nearTotalMarkers: PhraseSet
    let fewRemainMarkers: PhraseSet
    let pronouns: PhraseSet
    let futureMarkers: PhraseSet
    let weakPersonnelNouns: Set<String>
    let militaryCues: PhraseSet

    init(_ lexicon: Lexicon) {
        var countryKeys: [String] = []
        var countries: [String: CountryEntry] = [:]
        for country in lexicon.countries {
            for name in country.names {
                countryKeys.append(name)
                countries[Self.key(name)] = CountryEntry(code: country.code, isDemonym: false, isCapital: false)
            }
            for demonym in country.demonyms {
                countryKeys.append(demonym)
                countries[Self.key(demonym)] = CountryEntry(code: country.code, isDemonym: true, isCapital: false)
            }
            for capital in country.capitals {
                countryKeys.append(capital)
                countries[Self.key(capital)] = CountryEntry(code: country.code, isDemonym: false, isCapital: true)
            }
        }
        countryPhrases = PhraseSet(countryKeys)
        self.countries = countries

        var formations: [String: (name: String, actor: String?)] = [:]
        for formation in lexicon.formations {
            for alias in formation.aliases + [formation.name] {
                formations[Self.key(alias)] = (formation.name, formation.actor)
            }
        }
        formationPhrases = PhraseSet(Array(lexicon.formations.flatMap { $0.aliases + [$0.name] }))
        self.formations = formations

        var sources: [String: SourceEntry] = [:]
        for source in lexicon.sources {
            for alias in source.aliases + [source.name] {
                sources[Self.key(alias)] = SourceEntry(name: source.name, organisation: source.organisation)
            }
        }
        sourcePhrases = PhraseSet(lexicon.sources.flatMap { $0.aliases + [$0.name] })
        self.sources = sources

        var measures: [String: String] = [:]
        for measure in lexicon.measures {
            for word in measure.words { measures[Self.key(word)] = measure.measure }
        }
        measurePhrases = PhraseSet(lexicon.measures.flatMap(\.words))
        self.measures = measures
        forceNouns = PhraseSet(lexicon.forceNouns)

        var qualifierOf: [String: Qualifier] = [:]
        for entry in lexicon.qualifiers {
            for phrase in entry.before + entry.after { qualifierOf[Self.key(phrase)] = entry.qualifier }
        }
        qualifiersBefore = PhraseSet(lexicon.qualifiers.flatMap(\.before))
        qualifiersAfter = PhraseSet(lexicon.qualifiers.flatMap(\.after))
        self.qualifierOf = qualifierOf
        negativeContext = PhraseSet(lexicon.negativeContext)
        attributionVerbs = Set(lexicon.attributionVerbs.map { $0.lowercased() })
        withdrawalVerbs = PhraseSet(lexicon.withdrawal.verbs)
        totalMarkers = PhraseSet(lexicon.withdrawal.total)
        nearTotalMarkers = PhraseSet(lexicon.withdrawal.nearTotal)
        fewRemainMarkers = PhraseSet(lexicon.withdrawal.fewRemain)
        pronouns = PhraseSet(lexicon.pronouns)
        futureMarkers = PhraseSet(lexicon.futureMarkers)
        weakPersonnelNouns = Set(lexicon.weakPersonnelNouns.map(Self.key))
        militaryCues = PhraseSet(lexicon.militaryCues)
    }

    /// The lookup key of a phrase: its folded tokens joined by spaces.
    static func key(_ phrase: String) -> String {
        Tokenizer.tokenize(phrase).map(\.folded).joined(separator: " ")
    }

    static func key(_ tokens: ArraySlice<Token>) -> String {
        tokens.map(\.folded).joined(separator: " ")
    }
}
