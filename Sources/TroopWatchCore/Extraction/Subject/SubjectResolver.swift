/// Decides whose force a number counts and where it is, from the words around the number, then
/// the clause, then the sentence, then what the article has established so far.
struct SubjectResolver {
    let lexicon: ExtractionLexicon

    /// What the article has established before the current sentence.
    struct Context {
        /// The owner of the force last spoken of ("Russian personnel", or the last claim's actor).
        var lastActor: String?
        /// The place a force was last said to be, in this paragraph or the one before: "moved 5,000
        /// soldiers to the area" after a paragraph about Pokrovsk is about Ukraine.
        var recentLocation: String?
        /// The region a force was last said to be in ("in Europe"), when that came after the
        /// recent location: later sentences of the paragraph are about the region too.
        var recentRegion: String?
        /// Whose force that was: another country's force does not inherit the place.
        var recentLocationActor: String?
        /// The formation of the force last counted, with its owner: "servicemen" in the sentence after
        /// a Rosgvardiya count are Rosgvardiya's when nothing names another owner.
        var lastGroup: (name: String, actor: String?)?
        /// The country most often named as a force's location in the article.
        var topicLocation: String?
        /// The country whose forces the article names most often ("Russian troops", "Russia's forces").
        var topicActor: String?
    }

    struct Resolved {
        var actor: String?
        var group: String?
        var location: String?
        var area: String?
        var rules: [String]
    }

    struct SentenceFacts {
        var sentence: Sentence
        var clauses: Clauses
        var places: [PlaceMention]
        var regions: [RegionMention] = []
        var formations: [FormationMention]
        /// Whether the sentence reports a withdrawal (then "from X" is where the force was).
        var isWithdrawal: Bool
    }

    func resolve(quantity: Range<Int>, noun: Range<Int>, modifiers: Range<Int>, facts: SentenceFacts, context: Context)
        -> Resolved
    {
        var resolved = Resolved(actor: nil, group: nil, location: nil, area: nil, rules: [])
        var facts = facts
        let tokens = facts.sentence.tokens
        if let item = ParenthesisedList.item(before: quantity, places: facts.places, tokens: tokens) {
            if ParenthesisedList.namesPlaces(item: item, places: facts.places, tokens: tokens) {
                // Every bracketed item of the list is a place; none owns the force.
                for index in facts.places.indices where ParenthesisedList.isItem(facts.places[index], tokens: tokens) {
                    facts.places[index].role = .location
                }
                resolved.rules.append(ParenthesisedList.locationRule)
            } else {
                resolved.actor = facts.places[item].code
                resolved.rules.append(ParenthesisedList.ownerRule)
            }
        }
        resolveOwner(&resolved, quantity: quantity, noun: noun, modifiers: modifiers, facts: facts, context: context)
        resolvePlace(&resolved, at: quantity.lowerBound, facts: facts, context: context)
        if resolved.actor == nil, let group = resolved.group {
            resolved.actor = lexicon.formations[ExtractionLexicon.key(group)]?.actor
        }
        return resolved
    }

    // MARK: - Owner

    private func resolveOwner(
        _ resolved: inout Resolved, quantity: Range<Int>, noun: Range<Int>, modifiers: Range<Int>, facts: SentenceFacts,
        context: Context
    ) {
        let tokens = facts.sentence.tokens
        // A formation anywhere in the noun phrase: "Wagner fighters", "fighters for the Wagner outfit",
        // "Wagner's 25,000 fighters".
        let phraseEnd = min(tokens.count, noun.upperBound + 7)
        if let formation = facts.formations.first(where: {
            ($0.range.lowerBound >= modifiers.lowerBound && $0.range.upperBound <= noun.upperBound)
                || ($0.range.lowerBound >= noun.upperBound && $0.range.lowerBound < phraseEnd
                    && formationFollows(tokens, noun: noun, at: $0.range.lowerBound))
                || ($0.range.upperBound <= quantity.lowerBound && quantity.lowerBound - $0.range.upperBound <= 3
                    && tokens[$0.range.upperBound..<quantity.lowerBound].contains { $0.folded == "s" })
        }) {
            resolved.group = formation.name
            resolved.actor = formation.actor
            resolved.rules.append("<formation> <force>")
        }
        if resolved.rules.contains(ParenthesisedList.ownerRule) { return }
        // (a) "9,000 Russian troops": a country word between the number and the noun.
        if let owner = facts.places.first(where: {
            $0.role != .location && $0.range.lowerBound >= modifiers.lowerBound && $0.range.upperBound <= noun.lowerBound
        }) {
            resolved.actor = owner.code
            resolved.rules.append("<demonym> <force>")
            return
        }
        if resolved.actor != nil { return }
        // (b) "troops from Russia", "soldiers of Belarus" right after the noun (not a withdrawal's origin).
        if let owner = facts.places.first(where: {
            $0.range.lowerBound > noun.upperBound && $0.range.lowerBound <= noun.upperBound + 2
                && (["from", "of"].contains(tokens[noun.upperBound].folded))
                && !(facts.isWithdrawal && $0.isOrigin) && !$0.isDemonym
        }) {
            resolved.actor = owner.code
            resolved.rules.append("<force> from <country>")
            return
        }
        let clauseOfNumber = facts.clauses.ids[quantity.lowerBound]
        // (c) "Russia's 12,000 troops", "its troops": a possessive before the number.
        if let possessive = facts.places.last(where: {
            $0.isPossessive && $0.range.upperBound <= quantity.lowerBound && quantity.lowerBound - $0.range.upperBound <= 4
        }) {
            resolved.actor = possessive.code
            resolved.rules.append("<country>'s <force>")
            return
        }
        // The noun may stand well before the number (the other end of a change names it), so the
        // window is clamped rather than assumed to run forwards.
        let windowStart = max(0, quantity.lowerBound - 6)
        let pronounWindow = windowStart..<max(windowStart, min(tokens.count, noun.lowerBound))
        if pronounWindow.contains(where: { ["its", "their"].contains(tokens[$0].folded) }) {
            if let antecedent = facts.places.last(where: { $0.range.upperBound <= quantity.lowerBound && !$0.isDemonym }) {
                resolved.actor = antecedent.code
                resolved.rules.append("its <force> ← <country>")
                return
            }
        }
        // (d) A relative clause's antecedent: "Poland, which has moved 10,000 troops …".
        if let antecedent = facts.clauses.antecedents[clauseOfNumber],
            let owner = facts.places.first(where: { $0.range.contains(antecedent) && !$0.isDemonym })
        {
            resolved.actor = owner.code
            resolved.rules.append("<country>, which <verb> <number>")
            return
        }
        // (e) The clause's subject: "Russia maintained 12,000 troops", "Belarus had deployed …".
        if let subject = facts.places.first(where: {
            $0.role == .other && $0.range.upperBound <= quantity.lowerBound
                && facts.clauses.ids[$0.range.lowerBound] == clauseOfNumber && !isSpeaker($0.range, tokens: tokens)
                && !$0.isDemonym
        }) {
            resolved.actor = subject.code
            resolved.rules.append("<country> <verb> <number>")
            return
        }
        // (f) A force named earlier in the clause: "the Belarusian army (45,000 troops)", "Wagner has
        // up to 10,000 fighters".
        if let named = facts.places.last(where: {
            $0.isDemonym && $0.range.upperBound <= quantity.lowerBound
                && facts.clauses.ids[$0.range.lowerBound] == clauseOfNumber
                && namesAForce(tokens, after: $0.range.upperBound)
        }) {
            resolved.actor = named.code
            resolved.rules.append("<demonym> <force> … <number>")
            return
        }
        if resolved.group == nil, let formation = facts.formations.first(where: {
            $0.range.upperBound <= quantity.lowerBound && facts.clauses.ids[$0.range.lowerBound] == clauseOfNumber
                && !isSpeaker($0.range, tokens: tokens)
        }) {
            resolved.group = formation.name
            resolved.actor = formation.actor
            resolved.rules.append("<formation> <verb> <number>")
            return
        }
        // A named formation with no single state ("NATO troops", "CSTO forces") owns the force:
        // no country is guessed for it from context.
        if resolved.group != nil { return }
        // (g) What the article was talking about.
        if let actor = context.lastActor ?? context.topicActor {
            resolved.actor = actor
            resolved.rules.append(Self.ownerFromContextRule)
            if let group = context.lastGroup, group.actor == actor {
                resolved.group = group.name
                resolved.rules.append("formation from context")
            }
        }
    }

    /// Whether a force noun follows within two tokens: "Belarusian army", "Russian special forces".
    private func namesAForce(_ tokens: [Token], after index: Int) -> Bool {
        (index..<min(tokens.count, index + 2)).contains { probe in
            lexicon.forceNouns.match(in: tokens, at: probe) != nil || lexicon.isPersonnelNoun(in: tokens, at: probe)
        }
    }

    /// Words that may stand between a force noun and its formation: "fighters from the private
    /// military company Wagner", "members of the militant group Hamas".
    static let formationLinks: Set<String> = [
        "for", "of", "from", "the", "with", "private", "military", "company", "mercenary", "group", "armed",
        "militant", "paramilitary", "movement", "organisation", "organization", "outfit", "pmc", "rebel", "islamist",
    ]

    private func formationFollows(_ tokens: [Token], noun: Range<Int>, at index: Int) -> Bool {
        // "fighters for the Wagner mercenary outfit", "soldiers of the Wagner Group", "Wagner's".
        let between = tokens[noun.upperBound..<index].map(\.folded)
        guard let first = between.first, ["for", "of", "from", "with"].contains(first) else { return false }
        return between.count <= 6 && between.allSatisfy { Self.formationLinks.contains($0) }
    }

    /// Whether a name is the one speaking: "Ukraine says", "Belarusian officials said", or a
    /// headline's "US: Russia has 40,000 troops near Ukraine".
    private func isSpeaker(_ range: Range<Int>, tokens: [Token]) -> Bool {
        if range.upperBound < tokens.count, tokens[range.upperBound].isPunctuation(":") { return true }
        if range.lowerBound >= 2, tokens[range.lowerBound - 1].folded == "to",
            tokens[range.lowerBound - 2].folded == "according"
        {
            return true
        }
        var index = range.upperBound
        var steps = 0
        while index < tokens.count, steps < 6 {
            if lexicon.isAttributionVerb(tokens, at: index) { return true }
            if tokens[index].isNumber { return false }
            index += 1
            steps += 1
        }
        return false
    }

    // MARK: - Place

    private func resolvePlace(_ resolved: inout Resolved, at position: Int, facts: SentenceFacts, context: Context) {
        let clause = facts.clauses.ids[position]
        let locations = facts.places.filter { $0.role == .location }
        func distance(_ mention: PlaceMention) -> Int {
            // Prefer a place after the number ("12,000 troops in Belarus") over one before it.
            mention.range.lowerBound >= position
                ? mention.range.lowerBound - position : (position - mention.range.upperBound) * 2
        }
        let sameClause = locations.filter { facts.clauses.ids[$0.range.lowerBound] == clause }
        // "100,000 troops in Europe": a region, nearer than any country of the clause, has no country.
        let regionDistance = { (region: RegionMention) in
            region.range.lowerBound >= position
                ? region.range.lowerBound - position : (position - region.range.upperBound) * 2
        }
        if let region = facts.regions.filter({ facts.clauses.ids[$0.range.lowerBound] == clause }).min(by: {
            regionDistance($0) < regionDistance($1)
        }), sameClause.allSatisfy({ distance($0) > regionDistance(region) }) {
            resolved.area = region.text
            resolved.rules.append(Self.regionRule)
            return
        }
        let nearest = sameClause.min(by: { distance($0) < distance($1) })
        if let nearest {
            resolved.location = nearest.code
            resolved.rules.append(nearest.isDemonym ? "on <demonym> territory" : "in <country>")
        } else if let nearest = locations.min(by: { distance($0) < distance($1) }) {
            resolved.location = nearest.code
            resolved.rules.append("in <country> (sentence)")
        }
        // "19,000 Marines in Okinawa": the country, and the part of it as the area.
        if let place = nearest ?? locations.min(by: { distance($0) < distance($1) }), place.isPlace {
            resolved.area = SourceResolver.text(Array(facts.sentence.tokens[place.range]))
            resolved.rules.append(Self.subPlaceRule)
        }
        if let border = facts.places.first(where: { $0.role == .border && facts.clauses.ids[$0.range.lowerBound] == clause })
            ?? facts.places.first(where: { $0.role == .border })
        {
            resolved.area = areaText(around: border, tokens: facts.sentence.tokens)
            if resolved.location == nil, let actor = resolved.actor {
                // "Belarus deployed … near the Ukraine border": on its own side of it.
                resolved.location = actor
                resolved.rules.append("near the <country> border")
            }
        }
        if resolved.location == nil, let region = context.recentRegion,
            resolved.actor == nil || context.recentLocationActor == nil || resolved.actor == context.recentLocationActor
        {
            resolved.area = region
            resolved.rules.append("region from the previous sentences")
        } else if resolved.location == nil, let recent = context.recentLocation,
            resolved.actor == nil || context.recentLocationActor == nil || resolved.actor == context.recentLocationActor
        {
            resolved.location = recent
            resolved.rules.append("place from the previous sentences")
        } else if resolved.location == nil, let topic = context.topicLocation {
            resolved.location = topic
            resolved.rules.append(Self.placeFromContextRule)
        }
    }

    static let regionRule = "in <region>"
    static let subPlaceRule = "in <town or region>"
    static let ownerFromContextRule = "owner from context"
    static let placeFromContextRule = "place from context"

    /// "near Ukraine", "close to Ukraine": the preposition and the name.
    private func besideText(_ mention: PlaceMention, tokens: [Token]) -> String? {
        var start = mention.range.lowerBound - 1
        if start >= 0, tokens[start].folded == "the" { start -= 1 }
        if start > 0, tokens[start].folded == "to", tokens[start - 1].folded == "close" { start -= 1 }
        guard start >= 0, PlaceFinder.besideWords.contains(tokens[start]) || tokens[start].folded == "close" else { return nil }
        return SourceResolver.text(Array(tokens[start..<mention.range.upperBound]))
    }

    static let areaPrepositions: Set<String> = ["near", "along", "on", "at", "by", "close", "to", "towards", "toward"]

    /// "near the Ukraine border", "along the border with Ukraine".
    private func areaText(around border: PlaceMention, tokens: [Token]) -> String? {
        guard
            let borderWord = tokens.indices.first(where: {
                PlaceFinder.borderWords.contains(tokens[$0].folded)
                    && abs($0 - border.range.lowerBound) <= 3
            })
        else { return besideText(border, tokens: tokens) }
        var start = min(borderWord, border.range.lowerBound)
        var end = max(borderWord + 1, border.range.upperBound)
        while start > 0, end - start < 9 {
            let word = tokens[start - 1].folded
            if ["the", "its", "their"].contains(word) || lexicon.countries[word] != nil || tokens[start - 1].isPunctuation("-") {
                start -= 1
            } else if Self.areaPrepositions.contains(word) {
                start -= 1
                if start > 0, tokens[start - 1].folded == "close" { start -= 1 }
                break
            } else {
                break
            }
        }
        guard start < end, Self.areaPrepositions.contains(tokens[start].folded) || tokens[start].folded == "close"
        else { return nil }
        end = min(end, tokens.count)
        return SourceResolver.text(Array(tokens[start..<end]))
    }
}
