/// What the extractor knows while it reads an article from top to bottom: the paragraph's dates
/// and the force under discussion. (Sources are looked up on demand, see `AttributionMemo`.)
struct ReadingState {
    struct ResolvedAttribution: Equatable {
        var attribution: Attribution
        var rules: [String]
    }

    let published: Published
    var subject = SubjectResolver.Context()
    /// Calendar dates named earlier in the paragraph; they carry to sentences that name none.
    var carriedTimes: [TimeMention] = []
    var paragraphStatementMention: TimeMention?
    /// What the last claim counted, for "the number" that points back to it.
    var lastSubject: Subject?
    /// Whether the paragraph speaks of armed forces, so "people" and "men" count personnel.
    var paragraphIsMilitary = false
    var paragraphStatement: CalendarDate? { paragraphStatementMention?.start }

    init(published: Published) {
        self.published = published
    }

    /// Paragraphs read since the recent location was last set (it lasts into the next one).
    private var paragraphsSinceLocation = 0

    mutating func startParagraph() {
        carriedTimes = []
        paragraphStatementMention = nil
        paragraphsSinceLocation += 1
        if paragraphsSinceLocation > 1 {
            subject.recentLocation = nil
            subject.recentRegion = nil
        }
    }

    mutating func finish(
        _ sentence: Sentence, drafts: [ClaimDraft], times: [TimeMention], statement: TimeMention?, places: PlaceFinder,
        lexicon: ExtractionLexicon
    ) {
        carriedTimes += times.filter { $0.kind == .calendar }
        if let statement {
            carriedTimes.append(statement)
            paragraphStatementMention = statement
        }
        // Only the latest dates matter; the cap keeps a pathological paragraph linear.
        if carriedTimes.count > 8 { carriedTimes.removeFirst(carriedTimes.count - 8) }
        if let last = drafts.last {
            lastSubject = last.subject
            if let group = last.subject.group {
                subject.lastGroup = (group, last.subject.actor)
            } else if !last.rules.contains(SubjectResolver.ownerFromContextRule) {
                // An owner named without a formation ("Russian troops") ends the formation's thread.
                subject.lastGroup = nil
            }
        }
        // Only where a counted force was said to be: "the conflict in Ukraine" places no force.
        if let located = drafts.last(where: { $0.subject.location != nil || $0.rules.contains(SubjectResolver.regionRule) }) {
            subject.recentLocation = located.subject.location
            subject.recentRegion = located.subject.location == nil ? located.subject.area : nil
            subject.recentLocationActor = located.subject.actor
            paragraphsSinceLocation = 0
        }
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
