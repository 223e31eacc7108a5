/// Finds who a sentence attributes its numbers to: "according to X", "X said/noted/estimated",
/// "“…,” said X", a headline's "X: …", and reports the statement's own date ("said on July 14").
struct AttributionFinder {
    let lexicon: ExtractionLexicon
    let resolver: SourceResolver

    init(lexicon: ExtractionLexicon) {
        self.lexicon = lexicon
        self.resolver = SourceResolver(lexicon: lexicon)
    }

    struct Found: Equatable {
        var resolution: SourceResolver.Resolution
        var rule: String
        /// Index of the verb (or "according"), to find the statement's date next to it.
        var anchor: Int
    }

    static let weakVerbs: WordSet = ["show", "shows", "showed"]

    /// Words that start the source phrase's left edge when walking back from a verb.
    static let phraseBoundaries: WordSet = ["that", "and", "but", "while", "as", "which", "who"]

    func find(in sentence: Sentence) -> Found? {
        let tokens = sentence.tokens
        if let according = accordingTo(sentence) { return according }
        for (index, token) in tokens.enumerated() where !sentence.quoted[index] && token.isWord {
            guard lexicon.isAttributionVerb(tokens, at: index), token.folded != "according" else { continue }
            // "are said to have been relocated" hedges; it names no one.
            if index + 1 < tokens.count, tokens[index + 1].folded == "to" { continue }
            // "X said": the phrase before the verb.
            let before = phraseBefore(index, in: sentence)
            // "Data from Hajun show …" names a source; "Satellite images show …" does not: after
            // "show" only a source the lexicon knows counts.
            if Self.weakVerbs.contains(token), lexicon.sourcePhrases.firstMatch(in: Array(tokens[before])) == nil { continue }
            if !before.isEmpty, let resolution = resolver.resolve(tokens[before]) {
                return Found(resolution: resolution, rule: "<source> \(token.folded)", anchor: index)
            }
            // "said X": the phrase after the verb, when a quote or comma precedes the verb.
            let after = phraseAfter(index, in: sentence)
            if !after.isEmpty, let resolution = resolver.resolve(tokens[after]) {
                return Found(resolution: resolution, rule: "\(token.folded) <source>", anchor: index)
            }
        }
        if sentence.isTitle, let colon = tokens.firstIndex(where: { $0.isPunctuation(":") }), colon <= 8,
            case .named(let attribution)? = resolver.resolve(tokens[0..<colon]), attribution.name != nil
        {
            return Found(resolution: .named(attribution), rule: "<source>: <headline>", anchor: colon)
        }
        return nil
    }

    /// A known source named anywhere in the sentence, said something or not ("Demchenko spoke at a
    /// briefing"): the antecedent of a later "he" or "it was estimated".
    func mentionedSource(in sentence: Sentence) -> Attribution? {
        let tokens = sentence.tokens
        for index in tokens.indices where !sentence.quoted[index] {
            guard let length = lexicon.sourcePhrases.match(in: tokens, at: index),
                case .named(let attribution)? = resolver.resolve(tokens[index..<(index + length)])
            else { continue }
            return attribution
        }
        return nil
    }

    private func accordingTo(_ sentence: Sentence) -> Found? {
        let tokens = sentence.tokens
        for index in tokens.indices.dropLast() where tokens[index].isWord(Keys.according) && tokens[index + 1].isWord(Keys.to) {
            var end = index + 2
            // A verb of saying is a noun here: "according to Western estimates", "to UN reports".
            while end < tokens.count, !isPhraseEnd(tokens[end], verbsOfSayingEnd: false) || isInnerDot(tokens, at: end) {
                end += 1
            }
            guard end > index + 2, let resolution = resolver.resolve(tokens[(index + 2)..<end]) else { continue }
            return Found(resolution: resolution, rule: "according to <source>", anchor: index)
        }
        return nil
    }

    /// The dots of "U.S." and of an initial ("John F. Kennedy") do not end a phrase: a period right
    /// after a single capital letter.
    private func isInnerDot(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].isPunctuation("."), index > 0, index + 1 < tokens.count else { return false }
        let before = tokens[index - 1]
        return before.isCapitalized && before.text.utf8.count == 1 && !tokens[index].spaceBefore
    }

    private func isPhraseEnd(_ token: Token, verbsOfSayingEnd: Bool = true) -> Bool {
        if token.kind == .punctuation {
            return token.isPunctuation(",") || token.isPunctuation(".") || token.isPunctuation(";")
                || token.isPunctuation("“") || token.isPunctuation("”") || token.isPunctuation("\"")
                || token.isPunctuation("(") || token.isPunctuation(":")
        }
        return Self.phraseBoundaries.contains(token) || verbsOfSayingEnd && lexicon.attributionVerbs.contains(token)
    }

    /// Tokens before the verb back to a comma, quote or clause word; auxiliaries are skipped.
    private func phraseBefore(_ verb: Int, in sentence: Sentence) -> Range<Int> {
        let tokens = sentence.tokens
        var end = verb
        while end > 0, ["has", "have", "had", "also", "previously", "later", "reportedly"].contains(tokens[end - 1].folded) {
            end -= 1
        }
        // "Andrii Demchenko, spokesperson for the service, said": an appositive between commas.
        let appositive = end > 0 && tokens[end - 1].isPunctuation(",")
        if appositive { end -= 1 }
        var start = end
        var commas = 0
        while start > 0, end - start < (appositive ? 22 : 14) {
            let previous = tokens[start - 1]
            if sentence.quoted[start - 1] { break }
            // "chief of military intelligence (HUR), said": step over a parenthesis.
            if previous.isPunctuation(")"),
                let open = tokens[max(0, start - 8)..<(start - 1)].lastIndex(where: { $0.isPunctuation("(") })
            {
                start = open
                continue
            }
            if appositive, previous.isPunctuation(","), commas == 0 {
                commas += 1
                start -= 1
                continue
            }
            // "MINSK, Oct 2 (Reuters) - Belarus said": a spaced dash ends a dateline, and the phrase.
            if previous.isDash, previous.spaceBefore { break }
            // "U.S. officials said": the dots of an initialism do not end the phrase.
            if isPhraseEnd(previous), !isInnerDot(tokens, at: start - 1) { break }
            start -= 1
        }
        return start..<end
    }

    /// Tokens after the verb up to punctuation: "said Andriy Demchenko, spokesman for …".
    private func phraseAfter(_ verb: Int, in sentence: Sentence) -> Range<Int> {
        let tokens = sentence.tokens
        guard verb > 0, tokens[verb - 1].kind == .punctuation || sentence.quoted[verb - 1] else { return verb..<verb }
        var end = verb + 1
        while end < tokens.count, end - verb < 16, !tokens[end].isPunctuation("."), !tokens[end].isPunctuation(";"),
            !tokens[end].isPunctuation("“"), !tokens[end].isPunctuation("\"")
        {
            end += 1
        }
        return (verb + 1)..<end
    }
}

extension ExtractionLexicon {
    private static let determiners: WordSet = ["a", "an", "the", "some", "another"]

    /// "the United States has …": "States" ends a country's name.
    private func isInsideCountryName(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].isCapitalized else { return false }
        return (max(0, index - 3)..<index).contains { start in
            country(in: tokens, at: start).map { start + $0.0 > index } == true
        }
    }

    /// A verb of saying at `index`; after a determiner the word is an adjective ("an estimated
    /// 30,000", "the reported 2,000") and names no speaker.
    func isAttributionVerb(_ tokens: [Token], at index: Int) -> Bool {
        attributionVerbs.contains(tokens[index])
            && (index == 0 || !Self.determiners.contains(tokens[index - 1]) && !isInsideCountryName(tokens, at: index))
    }
}
