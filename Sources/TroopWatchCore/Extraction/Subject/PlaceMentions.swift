/// Countries and formations named in a sentence, with the role their position gives them.
struct PlaceMention: Sendable, Equatable {
    enum Role: Sendable, Equatable {
        /// "in Belarus", "into Belarus", "on Belarusian territory", "from Belarus": where a force is.
        case location
        /// "near the Ukraine border", "along the border with Ukraine", "near Ukraine": the force is
        /// on its own side, the place is finer text.
        case border
        /// Anything else: an owner ("Russian troops") or a sentence subject ("Russia maintained").
        case other
    }

    var range: Range<Int>
    var code: String
    var isDemonym: Bool
    var role: Role
    /// For `.location`: whether the preposition was "from" (a withdrawal's origin).
    var isOrigin: Bool = false
    /// "Russia's", "Russia’s": a possessive, which names an owner.
    var isPossessive: Bool = false
    /// A town, region or base rather than a country: it names part of a country.
    var isPlace: Bool = false
}

/// A world region or sea named as where a force is: "in Europe", "across the Sahel".
struct RegionMention: Sendable, Equatable {
    var range: Range<Int>
    /// The region as the text writes it ("Europe", "Middle East").
    var text: String
}

struct FormationMention: Sendable, Equatable {
    var range: Range<Int>
    var name: String
    var actor: String?
}

/// Finds country and formation mentions and classifies them by the words around them.
struct PlaceFinder {
    let lexicon: ExtractionLexicon

    static let locationPrepositions: WordSet = [
        "in", "into", "to", "inside", "within", "from", "on", "at", "across", "throughout", "entering", "entered",
        "near", "outside", "around",
    ]
    /// Words that may stand between a preposition and the country: "in neighbouring Belarus".
    static let placeModifiers: WordSet = [
        "the", "neighboring", "neighbouring", "allied", "territory", "of", "southern", "northern", "eastern",
        "western", "central", "occupied", "soil", "ally", "russia-allied", "nearby", "its", "their", "his",
    ]
    /// Nouns that turn a demonym into a place: "Belarusian territory", "Belarusian training areas".
    static let territoryNouns: WordSet = [
        "territory", "soil", "training", "areas", "grounds", "ranges", "bases", "base", "airfields", "airfield",
        "land", "lands", "side", "regions", "region", "forests", "camps", "camp", "polygons", "airspace",
        "city", "town", "port", "village", "capital", "waters", "coast",
    ]
    /// Named parts of a country: "Russia's Kursk region", "Ukraine's Donetsk oblast".
    static let regionNouns: WordSet = ["oblast", "province", "district", "republic", "peninsula", "city", "front"]
    static let borderWords: WordSet = ["border", "borders", "frontier", "boundary"]
    /// Prepositions that put a force beside a country, not in it: "massed near Ukraine".
    static let besideWords: WordSet = ["near", "around", "outside"]
    /// Verbs whose object is the place a force was: "have left Belarus".
    static let departureVerbs: WordSet = ["left", "leave", "leaves", "leaving", "departed", "exited", "quit", "vacated"]

    /// - Parameter withdrawal: whether the sentence reports a withdrawal; only then is "from X"
    ///   where a force is ("withdrew from Belarus"), otherwise it is an origin ("threats from Ukraine").
    func countries(in tokens: [Token], withdrawal: Bool = true) -> [PlaceMention] {
        var mentions: [PlaceMention] = []
        var index = 0
        while index < tokens.count {
            // "Southern Africa" and "the Gulf of Aden" are regions, not South Africa or Aden.
            if let region = lexicon.regionPhrases.matchPhrase(in: tokens, at: index),
                region.length > (lexicon.country(in: tokens, at: index)?.length ?? 0)
            {
                index += region.length
                continue
            }
            guard tokens[index].isWord, ExtractionLexicon.mayStartAName(tokens[index]),
                let (length, entry) = lexicon.country(in: tokens, at: index)
            else {
                index += 1
                continue
            }
            let range = index..<(index + length)
            if entry.isAcronym, !ExtractionLexicon.isWrittenInCapitals(tokens[range]) {
                index += 1
                continue
            }
            var mention = PlaceMention(range: range, code: entry.code, isDemonym: entry.isDemonym, role: .other)
            mention.isPossessive = tokens.isPossessive(at: range.upperBound)
            mention.isPlace = entry.isPlace
            classify(&mention, tokens: tokens)
            // "near Kharkiv", "outside Kyiv" are in Ukraine: only a country has a border to stand beside.
            if entry.isPlace || entry.isCapital, mention.role == .border { mention.role = .location }
            if mention.role == .location, mention.isOrigin, !withdrawal { mention.role = .other }
            // A town or region says where a force is ("in Goma"); named otherwise it owns nothing.
            if entry.isPlace, mention.role == .other, !mention.isPossessive {
                index += length
                continue
            }
            mentions.append(mention)
            index += length
        }
        return mentions
    }

    /// Regions named as where something is: a place preposition before them ("in Europe", "to
    /// the Middle East"); "European allies" or "the Baltic states' armies" name no place.
    func regions(in tokens: [Token]) -> [RegionMention] {
        var mentions: [RegionMention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized, let region = lexicon.regionPhrases.matchPhrase(in: tokens, at: index),
                region.length >= (lexicon.country(in: tokens, at: index)?.length ?? 0)
            else {
                index += 1
                continue
            }
            let range = index..<(index + region.length)
            if let preposition = placePreposition(before: range.lowerBound, in: tokens), tokens[preposition].folded != "from" {
                mentions.append(RegionMention(range: range, text: SourceResolver.text(Array(tokens[range]))))
            }
            index += region.length
        }
        return mentions
    }

    /// The place preposition before a name, across the modifiers that may stand between: "in
    /// Belarus", "from the territory of Belarus", "in neighbouring Belarus".
    private func placePreposition(before start: Int, in tokens: [Token]) -> Int? {
        var probe = start - 1
        var steps = 0
        while probe >= 0, steps < 4 {
            if Self.locationPrepositions.contains(tokens[probe]) {
                if tokens[probe].folded == "to", probe > 0, tokens[probe - 1].folded == "according" { return nil }
                return probe
            }
            guard Self.placeModifiers.contains(tokens[probe]) || tokens[probe].kind == .punctuation && tokens[probe].text != ","
            else { return nil }
            probe -= 1
            steps += 1
        }
        return nil
    }

    func formations(in tokens: [Token]) -> [FormationMention] {
        var mentions: [FormationMention] = []
        var index = 0
        while index < tokens.count {
            guard ExtractionLexicon.mayStartAName(tokens[index]),
                let (length, phrase) = lexicon.formationPhrases.matchPhrase(in: tokens, at: index),
                !lexicon.formationAcronyms[phrase] || ExtractionLexicon.isWrittenInCapitals(tokens[index..<(index + length)])
            else {
                index += 1
                continue
            }
            let entry = lexicon.formationEntries[phrase]
            mentions.append(FormationMention(range: index..<(index + length), name: entry.name, actor: entry.actor))
            index += length
        }
        return mentions
    }

    private func classify(_ mention: inout PlaceMention, tokens: [Token]) {
        let range = mention.range
        // Border: "Ukraine border", "Ukrainian border", "border with Ukraine", "Belarus-Ukraine border".
        var after = range.upperBound
        while after < tokens.count, tokens[after].isPunctuation("-") || lexicon.countries[tokens[after]] != nil
            || tokens[after].folded == "ukrainian" || tokens[after].isPunctuation("–")
        {
            after += 1
        }
        if after < tokens.count, Self.borderWords.contains(tokens[after]) {
            mention.role = .border
            return
        }
        if range.lowerBound >= 2, tokens[range.lowerBound - 1].folded == "with",
            Self.borderWords.contains(tokens[range.lowerBound - 2])
        {
            mention.role = .border
            return
        }
        if mention.isDemonym {
            // "Belarusian territory", "on Belarusian soil", "Belarusian training areas".
            var probe = range.upperBound
            var seen = 0
            while probe < tokens.count, seen < 2 {
                if Self.territoryNouns.contains(tokens[probe]) {
                    mention.role = .location
                    return
                }
                probe += 1
                seen += 1
            }
            return
        }
        // A possessive names an owner ("Russia's forces"), not a place, unless a preposition of
        // place stands right before it ("in Russia's Kursk region"), or "to" with a region named
        // after it ("sent to Russia's Kursk region", not "a threat to Russia's security").
        if mention.isPossessive {
            guard range.lowerBound > 0 else { return }
            let before = tokens[range.lowerBound - 1].folded
            if ["in", "into", "inside", "within"].contains(before) {
                mention.role = .location
            } else if before == "to" || before == "toward" || before == "towards" {
                let after = (range.upperBound + 2)..<min(tokens.count, range.upperBound + 6)
                if after.contains(where: { Self.territoryNouns.contains(tokens[$0]) || Self.regionNouns.contains(tokens[$0]) }) {
                    mention.role = .location
                }
            }
            return
        }
        // A preposition within three tokens before the name: "in Belarus", "from the territory of Belarus".
        var probe = range.lowerBound - 1
        var steps = 0
        while probe >= 0, steps < 4 {
            let word = tokens[probe].folded
            if Self.departureVerbs.contains(tokens[probe]) {
                mention.role = .location
                mention.isOrigin = true
                return
            }
            if Self.locationPrepositions.contains(tokens[probe]) {
                if word == "to", probe > 0, tokens[probe - 1].folded == "according" { return }
                let closeTo = word == "to" && probe > 0 && tokens[probe - 1].folded == "close"
                if Self.besideWords.contains(tokens[probe]) || closeTo {
                    mention.role = .border
                    return
                }
                mention.role = .location
                mention.isOrigin = word == "from"
                return
            }
            guard Self.placeModifiers.contains(tokens[probe]) || tokens[probe].kind == .punctuation && tokens[probe].text != ","
            else { break }
            probe -= 1
            steps += 1
        }
    }
}
