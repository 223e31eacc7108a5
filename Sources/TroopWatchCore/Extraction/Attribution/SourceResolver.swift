/// Turns the words naming a source ("the State Border Guard Service's spokesperson Andrii
/// Demchenko", "Russia's investigative outlet iStories", "Ukrainian officials") into an
/// attribution, normalised through the lexicon's aliases.
struct SourceResolver {
    let lexicon: ExtractionLexicon

    enum Resolution: Equatable {
        case named(Attribution)
        /// "he", "the spokesperson": whoever was named last; "the ministry", "the institute": the
        /// last source whose name has that word (`kind`).
        case backReference(kind: String?)
    }

    /// "the ministry" points back only to a ministry: these nouns name the kind of source.
    static let typedReferences: Set<String> = ["ministry", "institute", "agency", "service"]

    /// Words that mark an organisation in a capitalised run ("… Ministry", "… Service").
    static let organisationWords: Set<String> = [
        "ministry", "service", "agency", "institute", "command", "staff", "directorate", "office", "department",
        "project", "forces", "army", "guard", "council", "committee", "intelligence", "government", "times", "post",
        "news", "centre", "center", "organization", "organisation", "bureau", "administration", "headquarters",
        "technologies", "corporation", "company", "foundation", "university", "observatory", "network", "alliance",
        "group", "force", "navy", "brigade", "corps", "battalion", "regiment", "division", "guards",
    ]
    /// Collective sources named without capitals: "Ukrainian officials", "Western intelligence".
    static let collectiveNouns: Set<String> = [
        "officials", "intelligence", "sources", "authorities", "analysts", "experts", "monitors", "media",
        "government", "military", "army", "ministry", "command", "police", "spokesperson", "spokesman",
        "spokeswoman", "official", "source", "analyst", "diplomat", "diplomats", "estimates", "assessments",
    ]

    func resolve(_ tokens: ArraySlice<Token>) -> Resolution? {
        // Fast exit: a phrase with no capital, no pronoun and no collective noun names no one.
        if !tokens.contains(where: { $0.isCapitalized }), let last = tokens.last,
            !Self.collectiveNouns.contains(last.folded), lexicon.pronouns.match(in: Array(tokens), at: 0) == nil,
            lexicon.sourcePhrases.firstMatch(in: Array(tokens)) == nil
        {
            return nil
        }
        let words = Array(tokens.drop { $0.kind == .punctuation })
        guard !words.isEmpty else { return nil }
        // A phrase with a number in it is the sentence's subject, not its source.
        if words.contains(where: { $0.isNumber }) { return nil }
        if let length = lexicon.pronouns.match(in: words, at: 0), length == words.count || words.count <= 2 {
            let noun = words[min(length, words.count) - 1].folded
            return .backReference(kind: Self.typedReferences.contains(noun) ? noun : nil)
        }
        // Known sources: every alias in the phrase; a person's organisation fills the name.
        var organisation: String?
        var person: String?
        var index = 0
        while index < words.count {
            if let (length, phrase) = lexicon.sourcePhrases.matchPhrase(in: words, at: index),
                !namesAnotherCountry(lexicon.sourceEntries[phrase], words: words, before: index)
            {
                let entry = lexicon.sourceEntries[phrase]
                if entry.isPerson {
                    person = person ?? entry.name
                    organisation = organisation ?? entry.organisation
                } else {
                    organisation = organisation ?? entry.name
                }
                index += length
            } else {
                index += 1
            }
        }
        if organisation != nil || person != nil {
            return .named(Attribution(name: organisation, speaker: person))
        }
        // A phrase that names a force ("thousands of Wagner soldiers are said…") is not a source.
        if words.indices.contains(where: { lexicon.isPersonnelNoun(in: words, at: $0) }) { return nil }
        return unknownSource(words)
    }

    /// A source not in the lexicon: capitalised runs, the organisation-like one as name and a
    /// two- or three-word run as the speaker; else a collective like "Ukrainian officials".
    private func unknownSource(_ words: [Token]) -> Resolution? {
        var runs: [[Token]] = []
        var current: [Token] = []
        let formationTokens = Set(words.indices.filter { index in
            (max(0, index - 3)...index).contains { start in
                lexicon.formationPhrases.match(in: words, at: start).map { start + $0 > index } == true
            }
        })
        for (position, token) in words.enumerated() where !formationTokens.contains(position) {
            let capitalised = token.isWord && token.isCapitalized
            let connector = token.isWord && ["of", "the", "for", "and"].contains(token.folded) && !current.isEmpty
            if capitalised || connector || continuesName(words, at: position, run: current) {
                current.append(token)
            } else {
                if !current.isEmpty { runs.append(current) }
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        runs = runs.map { run in
            var run = run
            while let last = run.last, !last.isCapitalized, !Self.organisationWords.contains(last.folded) { run.removeLast() }
            while let first = run.first, first.folded == "the" { run.removeFirst() }
            // "Defence Minister Mariusz Blaszczak": the title before a name is not part of it.
            // "Ukrainian President Volodymyr Zelenskiy": so is a demonym before the title.
            var titleStart = 0
            // "Britain's Chief of the Defence Staff Tony Radakin": and a country's possessive.
            if let (length, entry) = lexicon.country(in: run, at: 0), length < run.count {
                if entry.isDemonym {
                    titleStart = length
                } else if length + 2 < run.count, run.isPossessive(at: length) {
                    titleStart = length + 2
                }
            }
            if run.count > titleStart + 2, Self.titleWords.contains(run[titleStart].folded) {
                // "Secretary of State", "Chief of the General Staff": connectors inside a title.
                var nameStart = titleStart
                while nameStart < run.count {
                    let word = run[nameStart].folded
                    let previous = nameStart > 0 ? run[nameStart - 1].folded : ""
                    guard Self.titleWords.contains(word) || ["of", "the", "for"].contains(word)
                        || (["of", "the"].contains(previous) || Self.titleWords.contains(previous))
                            && Self.titleObjects.contains(word)
                    else { break }
                    nameStart += 1
                }
                // Only a person's name is left behind a title, never an organisation's.
                if (2...3).contains(run.count - nameStart),
                    !run[nameStart...].contains(where: { Self.organisationWords.contains($0.folded) })
                {
                    run = Array(run[nameStart...])
                }
            }
            return run
        }.filter { !$0.isEmpty }
        // A lone demonym ("Ukrainian", "South Korean"), month or function word is not a source by itself.
        let meaningful = runs.filter { run in
            if run.count > 1, let (length, entry) = lexicon.country(in: run, at: 0), length == run.count, entry.isDemonym {
                return false
            }
            guard run.count == 1 else { return true }
            let word = run[0].folded
            return lexicon.countries[word]?.isDemonym != true && CalendarWords.months[word] == nil
                && CalendarWords.weekdays[word] == nil && !Self.functionWords.contains(word) && word.count >= 3
        }
        let organisation = meaningful.first { run in run.contains { Self.organisationWords.contains($0.folded) } }
        let person = meaningful.first { run in
            (2...3).contains(run.count) && run.allSatisfy { $0.isWord && $0.isCapitalized }
                && run.allSatisfy { lexicon.countries[$0].map(\.isPlace) ?? true } && !run.contains { Self.organisationWords.contains($0.folded) }
        }
        if organisation != nil || person != nil {
            return .named(Attribution(name: organisation.map(Self.text), speaker: person.map(Self.text)))
        }
        // "Ukrainian officials", "a senior Western official", "Western intelligence": the whole phrase.
        if let last = words.last, Self.collectiveNouns.contains(last.folded), words.filter(\.isWord).count <= 5 {
            let phrase = words.drop { ["the", "a", "an", "some"].contains($0.folded) }
            return .named(Attribution(name: Self.text(Array(phrase)), speaker: nil))
        }
        if let run = meaningful.first {
            return .named(Attribution(name: Self.text(run), speaker: nil))
        }
        return nil
    }

    /// Inside a capitalised run, a possessive ("Ukraine's Khortytsia group") and lower-case
    /// organisation words or the word before one ("Ukraine's air force", "its border service")
    /// keep the name going.
    private func continuesName(_ words: [Token], at index: Int, run: [Token]) -> Bool {
        guard let previous = run.last else { return false }
        let token = words[index]
        if token.isPunctuation("'") || token.isPunctuation("’") {
            return previous.isCapitalized && words.isPossessive(at: index) && !words[index + 1].spaceBefore
        }
        if token.folded == "s", previous.isPunctuation("'") || previous.isPunctuation("’") { return true }
        guard token.isWord else { return false }
        if Self.organisationWords.contains(token.folded) { return true }
        return index + 1 < words.count && words[index + 1].isWord && Self.organisationWords.contains(words[index + 1].folded)
    }

    /// "Lithuania's border service", "Polish border guards": a country named just before a generic
    /// alias that belongs to another country's source.
    private func namesAnotherCountry(_ entry: ExtractionLexicon.SourceEntry, words: [Token], before index: Int) -> Bool {
        guard let code = entry.country else { return false }
        for start in max(0, index - 3)..<index {
            if let (length, country) = lexicon.country(in: words, at: start), start + length <= index, country.code != code {
                return true
            }
        }
        return false
    }

    /// Titles written before a name: "Defence Minister", "Foreign Secretary", "General".
    static let titleWords: Set<String> = [
        "defence", "defense", "foreign", "prime", "deputy", "minister", "secretary", "general", "president",
        "spokesman", "spokeswoman", "spokesperson", "chief", "commander", "colonel", "lieutenant", "major",
        "admiral", "director", "head", "ambassador", "senator", "chancellor", "mr", "ms", "mrs", "dr",
    ]

    /// What a title is "of": "Secretary of State", "Chief of the General Staff", "Minister of Defence".
    static let titleObjects: Set<String> = ["state", "defence", "defense", "staff", "general", "interior", "war", "army"]

    /// Capitalised at a sentence start, never a source: "A few weeks ago it was assumed".
    static let functionWords: Set<String> = [
        "a", "an", "the", "in", "on", "it", "this", "that", "these", "those", "he", "she", "they", "we", "our", "its",
        "but", "and", "as", "at", "after", "before", "since", "while", "when", "previous", "previously", "earlier",
        "later", "meanwhile", "however", "also", "some", "many", "most", "there", "here", "until", "recently",
    ]

    static func text(_ tokens: [Token]) -> String {
        var result = ""
        for token in tokens {
            if !result.isEmpty, token.spaceBefore { result += " " }
            result += token.text
        }
        return result
    }
}
