/// Reads every force-size claim of an article: a pure function of (article text, its reading,
/// lexicon). Sentences are read in order so that each can lean on what came before: the date of
/// the paragraph, the speaker of a quotation, the force the article is talking about.
public struct ClaimExtractor: Sendable {
    let lexicon: ExtractionLexicon
    let quantities: QuantityScanner
    let measures: MeasureFinder
    let places: PlaceFinder
    let subjects: SubjectResolver
    let attributions: AttributionFinder
    let withdrawals: WithdrawalRule
    let scaleNegations: ScaleNegationRule
    let noForces: NoForceRule
    let countTriggers = ClaimExtractor.countTriggerWords()

    public init(lexicon: Lexicon) {
        let compiled = ExtractionLexicon(lexicon)
        self.lexicon = compiled
        quantities = QuantityScanner(lexicon: compiled)
        measures = MeasureFinder(lexicon: compiled)
        places = PlaceFinder(lexicon: compiled)
        subjects = SubjectResolver(lexicon: compiled)
        attributions = AttributionFinder(lexicon: compiled)
        withdrawals = WithdrawalRule(lexicon: compiled)
        scaleNegations = ScaleNegationRule(lexicon: compiled)
        noForces = NoForceRule(lexicon: compiled)
    }

    public func extract(articleId: String, text: String, reading: ArticleReading) -> [Claim] {
        extract(articleId: articleId, text: text, reading: reading, paragraphs: ParagraphBuilder.build(text: text, reading: reading))
    }

    func extract(articleId: String, text: String, reading: ArticleReading, lines: [(TextLine, [Token])]) -> [Claim] {
        extract(articleId: articleId, text: text, reading: reading, paragraphs: ParagraphBuilder.build(lines: lines, reading: reading))
    }

    private func extract(articleId: String, text: String, reading: ArticleReading, paragraphs: [Paragraph]) -> [Claim] {
        var state = ReadingState(published: reading.published)
        (state.subject.topicLocation, state.subject.topicActor) = topics(of: paragraphs)
        var drafts: [ClaimDraft] = []
        let memo = AttributionMemo(finder: attributions, paragraphs: paragraphs)
        var index = 0
        for paragraph in paragraphs {
            state.startParagraph()
            state.paragraphIsMilitary = paragraph.sentences.contains { lexicon.militaryCues.firstMatch(in: $0.tokens) != nil }
            for sentence in paragraph.sentences {
                drafts += read(sentence, at: index, memo: memo, state: &state)
                index += 1
            }
        }
        ArticlePlaces.fill(&drafts)
        let confidence = ConfidenceModel(published: reading.published)
        let claims = drafts.map { $0.claim(articleId: articleId, text: text, confidence: confidence) }
        return ClaimMerger.merge(claims)
    }

    // MARK: - One sentence

    private func read(_ sentence: Sentence, at index: Int, memo: AttributionMemo, state: inout ReadingState) -> [ClaimDraft] {
        let tokens = sentence.tokens
        // The day the source spoke, when the sentence says ("said on July 14", "On Thursday, X said").
        // Only a day can be one, so the sentence's source is looked for only when a day is named.
        let allTimes = TimeScanner(reference: state.published.date).scan(tokens)
        let namesADay = allTimes.contains { $0.kind == .calendar && $0.precision == .day }
        let statement = namesADay ? statementTime(allTimes, anchor: memo.found(index)?.anchor, tokens: tokens) : nil
        // Relative dates count from the day this sentence's source spoke, else from publication.
        var times = allTimes
        if let statement {
            times = TimeScanner(reference: statement.start).scan(tokens)
            times.removeAll { $0.range == statement.range }
        }
        let isWithdrawal = lexicon.withdrawalVerbs.firstMatch(in: tokens) != nil
        // Most sentences state no count at all: read what later sentences need from them and stop.
        guard isWithdrawal || mayStateACount(tokens) else {
            state.finish(sentence, drafts: [], times: times, statement: statement, places: places, lexicon: lexicon)
            return []
        }
        let attribution = memo.attribution(index)
        let clauses = Clauses(tokens)
        let facts = SubjectResolver.SentenceFacts(
            sentence: sentence, clauses: clauses, places: places.countries(in: tokens, withdrawal: isWithdrawal),
            regions: places.regions(in: tokens), formations: places.formations(in: tokens), isWithdrawal: isWithdrawal)
        let timing = Timing(
            mentions: times, carried: state.carriedTimes, statement: statement ?? state.paragraphStatementMention,
            published: state.published.date, isPast: isPastTense(tokens))
        let context = DraftContext(
            sentence: sentence, clauses: clauses, facts: facts, timing: timing, attribution: attribution,
            statedOn: statement?.start ?? state.paragraphStatement ?? state.published.date)

        var drafts: [ClaimDraft] = []
        var used = [Bool](repeating: false, count: tokens.count)
        // Numbers inside dates ("July 2023", "on 16 October") are not counts.
        for mention in allTimes + times {
            for index in mention.range where index < used.count { used[index] = true }
        }
        if let negation = scaleNegations.find(in: tokens) {
            let quantity = QuantityMention(
                range: negation.range, numberRange: negation.range, low: nil, best: nil, high: negation.high,
                qualifier: .lessThan, isVague: false, rules: ["no <force> numbering in the <magnitude>"])
            drafts += draft(
                quantity, anchor: negation.noun, noun: negation.noun, measure: "personnel",
                modifiers: negation.range.lowerBound..<negation.noun.lowerBound, context, state)
            for index in negation.range { used[index] = true }
        }
        if drafts.isEmpty, let absence = noForces.find(in: tokens, clauses: clauses) {
            let quantity = QuantityMention(
                range: absence.range, numberRange: absence.range, low: 0, best: 0, high: 0, qualifier: .zero,
                isVague: false, rules: ["no <force> in <place>"])
            drafts += draft(
                quantity, anchor: absence.noun, noun: absence.noun, measure: "personnel",
                modifiers: absence.range.lowerBound..<absence.noun.lowerBound, context, state)
            for index in absence.range { used[index] = true }
        }
        for match in withdrawals.find(in: sentence, clauses: clauses) + withdrawals.fewRemain(in: sentence) {
            let quantity = QuantityMention(
                range: match.range, numberRange: match.range, low: match.qualifier == .nearZero ? 0 : 0,
                best: match.qualifier == .zero ? 0 : nil, high: match.qualifier == .zero ? 0 : nil,
                qualifier: match.qualifier, isVague: false, rules: [match.rule])
            drafts += draft(
                quantity, anchor: match.noun, noun: match.noun, measure: "personnel",
                modifiers: max(0, match.noun.lowerBound - 3)..<match.noun.lowerBound, context, state)
        }
        let scanned = quantities.scan(tokens).filter { quantity in
            !quantity.range.contains(where: { used[$0] }) && !isMoneyOrShare(quantity, tokens: tokens)
        }
        var nouns = scanned.map { quantity in
            measures.find(
                after: quantity.range.upperBound, quantityStart: quantity.range.lowerBound, in: tokens,
                isVague: quantity.isVague)
        }
        let changes = ChangeSpan.find(in: tokens, quantities: scanned)
        // "9,700 personnel, down from about 12,000": the other end of a change counts the same thing.
        for change in changes {
            if nouns[change.from] == nil, let to = change.to, let noun = nouns[to] { nouns[change.from] = noun }
            if let to = change.to, nouns[to] == nil, let noun = nouns[change.from] { nouns[to] = noun }
            if nouns[change.from] == nil, let partner = change.partner, let noun = nouns[partner] {
                nouns[change.from] = noun
            }
        }
        SharedNoun.lend(&nouns, quantities: scanned, tokens: tokens)
        for (index, quantity) in scanned.enumerated() {
            guard let noun = nouns[index],
                !isNegativeContext(
                    quantity: quantity.range, noun: noun.range, clauses: clauses, tokens: tokens,
                    names: facts.formations.map(\.range)),
                !isFuture(quantity.range.lowerBound, noun: noun.range, clauses: clauses, tokens: tokens),
                state.paragraphIsMilitary
                    || lexicon.weakPersonnelNouns.match(in: tokens, at: noun.range.lowerBound) != noun.range.count,
                !MeasureFinder.pointingBackRules.contains(noun.rule) || state.lastSubject?.measure == "personnel"
            else { continue }
            var quantity = quantity
            quantity.rules.append(noun.rule)
            var sentenceContext = context
            if let change = changes.first(where: { $0.from == index || $0.to == index || $0.partner == index }) {
                // The change's two ends have their own dates: "from 8,000 in August to fewer than 1,000",
                // "9,700 personnel, down from about 12,000 in January".
                if change.from == index {
                    sentenceContext.timing.excluded = change.to == nil ? nil : change.after
                    quantity.rules.append("from <number> (earlier end)")
                } else {
                    sentenceContext.timing.excluded = change.to == nil ? change.tail : change.between
                    quantity.rules.append("<number> (later end of a change)")
                }
            }
            drafts += draft(
                quantity, anchor: quantity.numberRange, noun: noun.range, measure: noun.measure,
                modifiers: noun.modifiers, sentenceContext, state)
        }
        state.finish(sentence, drafts: drafts, times: times, statement: statement, places: places, lexicon: lexicon)
        return drafts
    }

    /// - Parameter anchor: where the count stands in the sentence: the number, or for counts stated
    ///   without one ("almost all … withdrawn") the force's noun.
    private func draft(
        _ quantity: QuantityMention, anchor: Range<Int>, noun: Range<Int>, measure: String, modifiers: Range<Int>,
        _ context: DraftContext, _ state: ReadingState
    ) -> [ClaimDraft] {
        let subject = subjects.resolve(
            quantity: anchor, noun: noun, modifiers: modifiers, facts: context.facts, context: state.subject)
        guard let asOf = context.timing.asOf(for: anchor.lowerBound, clauses: context.clauses) else {
            return []
        }
        // A vague number ("thousands") with no date in a past-tense sentence says too little to keep.
        if quantity.isVague, asOf.isDefault, context.timing.isPast { return [] }
        var counted = Subject(
            actor: subject.actor, group: subject.group, location: subject.location, area: subject.area, measure: measure)
        var subjectRules = subject.rules
        // "the number had been 9,000": the force the last claim counted, whatever else the sentence names.
        if quantity.rules.contains(where: MeasureFinder.pointingBackRules.contains), let last = state.lastSubject {
            counted = last
            // Its own place, when the sentence names one: "8,000 of them in Kursk".
            if subject.rules.contains(where: { $0.hasPrefix("in <") }) {
                counted.location = subject.location
                counted.area = subject.area
            }
            subjectRules = ["subject of the last claim"]
        }
        return [
            ClaimDraft(
                sentence: context.sentence, quantity: quantity, subject: counted,
                asOf: asOf, attribution: context.attribution, statedOn: context.statedOn,
                rules: quantity.rules + subjectRules + asOf.rules + (context.attribution?.rules ?? []))
        ]
    }

    // MARK: - Sentence-level judgements

    private static let dozenKey = WordKey.of("dozen")

    /// Whether any rule could read a count here: a digit, a number word, a vague plural, a
    /// negated magnitude or "only a few".
    private func mayStateACount(_ tokens: [Token]) -> Bool {
        for index in tokens.indices where tokens[index].kind == .number { return true }
        return countTriggers.containsAny(of: tokens) || lexicon.fewRemainMarkers.firstMatch(in: tokens) != nil
    }

    /// Every word that can start a count, in one table: number words, scales, vague plurals and
    /// determiners, negations, "dozen".
    static func countTriggerWords() -> WordSet {
        var words = ["dozen", "several", "few", "many", "no", "not", "none"]
        words += ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
            "dozens", "scores", "hundreds", "thousands", "millions", "tens", "a", "an"]
        return WordSet(words)
    }

    static let hedges: [String] = [
        "it was assumed", "it was estimated", "it is estimated", "it was believed", "it is believed", "reportedly",
        "allegedly", "are said to", "is said to", "were said to", "was said to", "are believed to", "is believed to",
        "were believed to", "according to estimates", "it was reported", "it is assumed",
    ]
    static let hedgePhrases = PhraseSet(hedges)

    private static let pastMarkers: WordSet = [
        "was", "were", "had", "did", "included", "deployed", "sent", "numbered", "involved", "took", "totaled",
        "totalled", "amounted", "stood", "reached", "participated", "gathered", "massed", "concentrated", "amassed",
        "maintained", "kept", "arrived", "crossed", "entered", "moved", "stationed",
    ]
    private static let presentMarkers: WordSet = [
        "is", "are", "has", "have", "remain", "remains", "still", "currently", "now", "appear", "appears",
    ]

    private func isPastTense(_ tokens: [Token]) -> Bool {
        Self.pastMarkers.containsAny(of: tokens) && !Self.presentMarkers.containsAny(of: tokens)
    }

    /// "$500", "500 euros", "50%", "50 percent" are never force sizes.
    private func isMoneyOrShare(_ quantity: QuantityMention, tokens: [Token]) -> Bool {
        let start = quantity.numberRange.lowerBound
        if start > 0, ["$", "€", "£", "₽", "₴"].contains(tokens[start - 1].text) { return true }
        let end = quantity.numberRange.upperBound
        if end < tokens.count, ["%", "percent", "per"].contains(tokens[end].folded) { return true }
        return false
    }

    /// Casualties, losses and prisoners: "2,000 soldiers were killed", "losses of 300 troops".
    /// Words inside a formation's name ("the Kurdistan Workers' Party") are its name, not context.
    private func isNegativeContext(
        quantity: Range<Int>, noun: Range<Int>, clauses: Clauses, tokens: [Token], names: [Range<Int>]
    ) -> Bool {
        let after = noun.upperBound..<min(tokens.count, noun.upperBound + 6)
        let before = max(0, quantity.lowerBound - 4)..<quantity.lowerBound
        // And between the number and its noun: "2,000 wounded soldiers", "3,000 extra troops".
        let between = quantity.upperBound..<max(quantity.upperBound, noun.lowerBound)
        for index in Array(after) + Array(before) + Array(between)
        where clauses.same(index, quantity.lowerBound) && !names.contains(where: { $0.contains(index) }) {
            if lexicon.negativeContext.match(in: tokens, at: index) != nil { return true }
        }
        return false
    }

    /// "will send 10,000 troops", "plans to deploy", "if Russia moved 30,000 troops": a plan or a
    /// supposition, not a count; so is a count followed by a modal ("10,000 troops could be
    /// stationed", "4,000 would remain").
    private func isFuture(_ position: Int, noun: Range<Int>, clauses: Clauses, tokens: [Token]) -> Bool {
        let before = max(0, position - 8)..<position
        let after = noun.upperBound..<min(tokens.count, noun.upperBound + 3)
        return before.contains { index in
            clauses.same(index, position) && lexicon.futureMarkers.match(in: tokens, at: index).map { index + $0 <= position } == true
        } || after.contains { index in
            clauses.same(index, position) && lexicon.futureMarkers.match(in: tokens, at: index) != nil
        }
    }

    /// A date named with the act of speaking: "said on July 14", "told reporters on Thursday",
    /// or a sentence that opens with it: "On Thursday, the service said …".
    private func statementTime(_ times: [TimeMention], anchor: Int?, tokens: [Token]) -> TimeMention? {
        guard let anchor else { return nil }
        if let after = times.first(where: {
            $0.range.lowerBound > anchor && $0.range.lowerBound - anchor <= 5 && $0.kind == .calendar
                && $0.precision == .day
        }) {
            return after
        }
        if let opening = times.first, opening.range.lowerBound <= 1, opening.kind == .calendar,
            opening.precision == .day, opening.range.upperBound < anchor
        {
            return opening
        }
        return nil
    }

    /// The country most often named as where a force is, and the one whose forces are most often
    /// named, the title counting twice.
    private func topics(of paragraphs: [Paragraph]) -> (location: String?, actor: String?) {
        var locations: [String: Int] = [:]
        var actors: [String: Int] = [:]
        for paragraph in paragraphs {
            for sentence in paragraph.sentences {
                let weight = paragraph.isTitle ? 2 : 1
                let withdrawal = lexicon.withdrawalVerbs.firstMatch(in: sentence.tokens) != nil
                for mention in places.countries(in: sentence.tokens, withdrawal: withdrawal) where mention.role == .location {
                    locations[mention.code, default: 0] += weight
                }
                if let owner = ReadingState.forceOwner(in: sentence.tokens, places: places, lexicon: lexicon) {
                    actors[owner, default: 0] += weight
                }
            }
        }
        func top(_ counts: [String: Int]) -> String? {
            counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        return (top(locations), top(actors))
    }
}

/// A change between two counts: "from about 8,000 in August to fewer than 1,000", "down from
/// about 12,000". Indices are into the sentence's quantity list.
struct ChangeSpan {
    var from: Int
    var to: Int?
    /// With no "to": the count before "down from" (whose noun the earlier end borrows).
    var partner: Int?
    /// With no "to": the tokens from "from" to the end (dates there belong to the earlier end).
    var tail: Range<Int>
    /// Tokens between the two ends (dates there belong to the earlier end).
    var between: Range<Int>
    /// Tokens after the later end (dates there belong to it).
    var after: Range<Int>

    static func find(in tokens: [Token], quantities: [QuantityMention]) -> [ChangeSpan] {
        var changes: [ChangeSpan] = []
        for (index, quantity) in quantities.enumerated() {
            let start = quantity.range.lowerBound
            guard let from = fromWord(before: start, in: tokens) else { continue }
            // The later end: the next quantity after "to" within a few tokens.
            var to: Int?
            if index + 1 < quantities.count {
                let next = quantities[index + 1]
                let gap = quantity.range.upperBound..<next.range.lowerBound
                if gap.count <= 6, gap.contains(where: { tokens[$0].folded == "to" }) { to = index + 1 }
            }
            let end = to.map { quantities[$0].range.lowerBound } ?? quantity.range.upperBound
            changes.append(
                ChangeSpan(
                    from: index, to: to, partner: to == nil && index > 0 ? index - 1 : nil,
                    tail: from..<tokens.count, between: from..<end,
                    after: (to.map { quantities[$0].range.upperBound } ?? end)..<tokens.count))
        }
        return changes
    }

    static let peakWords: WordSet = ["peak", "high", "maximum", "record", "total"]

    /// The "from" of "from 8,000" or "from a peak of 12,000".
    private static func fromWord(before start: Int, in tokens: [Token]) -> Int? {
        if start > 0, tokens[start - 1].folded == "from" { return start - 1 }
        guard start >= 4, tokens[start - 1].isWord(Keys.of), peakWords.contains(tokens[start - 2]),
            ["a", "an", "the", "its", "their"].contains(tokens[start - 3].folded), tokens[start - 4].folded == "from"
        else { return nil }
        return start - 4
    }
}

/// What a sentence's drafts share.
struct DraftContext {
    var sentence: Sentence
    var clauses: Clauses
    var facts: SubjectResolver.SentenceFacts
    var timing: Timing
    var attribution: ReadingState.ResolvedAttribution?
    var statedOn: CalendarDate?
}
