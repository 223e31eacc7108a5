/// What the extractor knows while it reads an article from top to bottom: the last named source,
/// the paragraph's speaker and dates, the force under discussion.
struct ReadingState {
    struct ResolvedAttribution: Equatable {
        var attribution: Attribution
        var rules: [String]
    }

    let published: Published
    var subject = SubjectResolver.Context()
    /// The last source named outright, for "he", "the spokesperson", "the monitor".
    var lastSource: Attribution?
    var paragraphSpeaker: ResolvedAttribution?
    var previousParagraphSpeaker: ResolvedAttribution?
    var previousSentenceAttribution: ResolvedAttribution?
    /// A known source the previous sentence named without a verb of saying.
    var previousSentenceMention: Attribution?
    /// Calendar dates named earlier in the paragraph; they carry to sentences that name none.
    var carriedTimes: [TimeMention] = []
    var paragraphStatementMention: TimeMention?
    /// Whether the paragraph speaks of armed forces, so "people" and "men" count personnel.
    var paragraphIsMilitary = false
    var paragraphStatement: CalendarDate? { paragraphStatementMention?.start }

    init(published: Published) {
        self.published = published
    }

    mutating func startParagraph(_ paragraph: Paragraph, speaker: ResolvedAttribution?) {
        if let speaker {
            paragraphSpeaker = speaker
        } else if paragraph.isQuotation, let previous = previousParagraphSpeaker {
            paragraphSpeaker = ResolvedAttribution(
                attribution: previous.attribution, rules: ["quote ← speaker of the previous paragraph"])
        } else {
            paragraphSpeaker = nil
        }
        carriedTimes = []
        paragraphStatementMention = nil
        previousSentenceAttribution = nil
        previousSentenceMention = nil
    }

    mutating func finishParagraph() {
        previousParagraphSpeaker = paragraphSpeaker
    }

    /// The attribution of a sentence: its own, else (for quoted words) the paragraph's speaker,
    /// else (for hedged reports: "it was assumed") the previous sentence's source.
    func resolve(_ found: AttributionFinder.Found?, sentence: Sentence, hedged: Bool) -> ResolvedAttribution? {
        if let found {
            switch found.resolution {
            case .named(let attribution):
                return ResolvedAttribution(attribution: attribution, rules: [found.rule])
            case .backReference:
                if let lastSource {
                    return ResolvedAttribution(attribution: lastSource, rules: [found.rule, "<pronoun> ← last named source"])
                }
            }
        }
        if sentence.quoted.contains(true), let speaker = paragraphSpeaker {
            let carried = speaker.rules.contains { $0.hasPrefix("quote ←") }
            return ResolvedAttribution(attribution: speaker.attribution, rules: carried ? speaker.rules : ["quote ← named speaker"])
        }
        if hedged, let previous = previousSentenceAttribution?.attribution ?? paragraphSpeaker?.attribution
            ?? previousSentenceMention
        {
            return ResolvedAttribution(attribution: previous, rules: ["source of the previous sentence"])
        }
        return nil
    }

    mutating func finish(
        _ sentence: Sentence, drafts: [ClaimDraft], found: AttributionFinder.Found?, mentioned: Attribution?,
        attribution: ResolvedAttribution?,
        times: [TimeMention], statement: TimeMention?, places: PlaceFinder, lexicon: ExtractionLexicon
    ) {
        if case .named(let named)? = found?.resolution {
            lastSource = named
            previousSentenceMention = nil
        } else if let mentioned = mentioned {
            lastSource = mentioned
            previousSentenceMention = mentioned
        } else {
            previousSentenceMention = nil
        }
        if let attribution { previousSentenceAttribution = attribution }
        carriedTimes += times.filter { $0.kind == .calendar }
        if let statement {
            carriedTimes.append(statement)
            paragraphStatementMention = statement
        }
        // Only the latest dates matter; the cap keeps a pathological paragraph linear.
        if carriedTimes.count > 8 { carriedTimes.removeFirst(carriedTimes.count - 8) }
        if let actor = drafts.last(where: { $0.subject.actor != nil })?.subject.actor {
            subject.lastActor = actor
        } else if let actor = Self.forceOwner(in: sentence.tokens, places: places, lexicon: lexicon) {
            subject.lastActor = actor
        }
    }

    /// "Russian personnel", "Russia's forces", "the Russian military": whose force a sentence is about.
    static func forceOwner(in tokens: [Token], places: PlaceFinder, lexicon: ExtractionLexicon) -> String? {
        for mention in places.countries(in: tokens) where mention.role == .other {
            var probe = mention.range.upperBound
            if mention.isPossessive { probe += 2 }
            let window = probe..<min(tokens.count, probe + 2)
            for index in window {
                if lexicon.forceNouns.match(in: tokens, at: index) != nil
                    || lexicon.isPersonnelNoun(in: tokens, at: index)
                {
                    return mention.code
                }
            }
        }
        return nil
    }
}
