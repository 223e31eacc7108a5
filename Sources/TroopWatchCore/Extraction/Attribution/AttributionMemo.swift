/// Who said what, worked out only for the sentences that need it. Most sentences state no count,
/// and resolving their sources was a tenth of the extraction time; this memo resolves a sentence's
/// attribution on first use and keeps the answer, so a sentence with a count can still reach back
/// to the last named source, the paragraph's speaker or the previous sentence's source.
final class AttributionMemo {
    private let finder: AttributionFinder
    private let sentences: [Sentence]
    private let paragraphStarts: [Int]
    private let paragraphOfSentence: [Int]
    private let quotationParagraphs: [Bool]
    private var found: [AttributionFinder.Found??]
    private var mention: [Attribution??]
    private var resolved: [ReadingState.ResolvedAttribution??]
    private var speakers: [ReadingState.ResolvedAttribution??]

    /// How far back "he" or "the spokesperson" may look for a named source, in sentences.
    static let lookBack = 60

    init(finder: AttributionFinder, paragraphs: [Paragraph]) {
        self.finder = finder
        var sentences: [Sentence] = []
        var starts: [Int] = []
        var owners: [Int] = []
        for (index, paragraph) in paragraphs.enumerated() {
            starts.append(sentences.count)
            sentences += paragraph.sentences
            owners += Array(repeating: index, count: paragraph.sentences.count)
        }
        self.sentences = sentences
        paragraphStarts = starts
        paragraphOfSentence = owners
        quotationParagraphs = paragraphs.map(\.isQuotation)
        found = Array(repeating: nil, count: sentences.count)
        mention = Array(repeating: nil, count: sentences.count)
        resolved = Array(repeating: nil, count: sentences.count)
        speakers = Array(repeating: nil, count: paragraphs.count)
    }

    func found(_ index: Int) -> AttributionFinder.Found? {
        if let known = found[index] { return known }
        let value = finder.find(in: sentences[index])
        found[index] = .some(value)
        return value
    }

    /// A known source the sentence names without a verb of saying.
    func mentioned(_ index: Int) -> Attribution? {
        if let known = mention[index] { return known }
        let value = found(index) == nil ? finder.mentionedSource(in: sentences[index]) : nil
        mention[index] = .some(value)
        return value
    }

    /// The last source named outright before sentence `index`.
    func lastSource(before index: Int) -> Attribution? {
        var probe = index - 1
        while probe >= max(0, index - Self.lookBack) {
            if case .named(let attribution)? = found(probe)?.resolution { return attribution }
            if let named = mentioned(probe) { return named }
            probe -= 1
        }
        return nil
    }

    /// The first attribution a paragraph makes; a quotation that names nobody takes the previous
    /// paragraph's speaker.
    func speaker(ofParagraph paragraph: Int) -> ReadingState.ResolvedAttribution? {
        if let known = speakers[paragraph] { return known }
        var value: ReadingState.ResolvedAttribution?
        let end = paragraph + 1 < paragraphStarts.count ? paragraphStarts[paragraph + 1] : sentences.count
        for index in paragraphStarts[paragraph]..<end {
            if let own = own(index) {
                value = own
                break
            }
        }
        if value == nil, quotationParagraphs[paragraph], paragraph > 0, let previous = speaker(ofParagraph: paragraph - 1) {
            value = ReadingState.ResolvedAttribution(
                attribution: previous.attribution, rules: ["quote ← speaker of the previous paragraph"])
        }
        speakers[paragraph] = .some(value)
        return value
    }

    /// The sentence's own attribution: a named source, or a pronoun resolved to the last one.
    private func own(_ index: Int) -> ReadingState.ResolvedAttribution? {
        guard let found = found(index) else { return nil }
        switch found.resolution {
        case .named(let attribution):
            return ReadingState.ResolvedAttribution(attribution: attribution, rules: [found.rule])
        case .backReference(let kind):
            guard let source = lastSource(before: index),
                kind.map({ source.name?.lowercased().contains($0) == true }) ?? true
            else { return nil }
            return ReadingState.ResolvedAttribution(attribution: source, rules: [found.rule, "<pronoun> ← last named source"])
        }
    }

    /// The attribution of a sentence: its own, else (for quoted words) the paragraph's speaker,
    /// else (for hedged reports: "it was assumed") the previous sentence's source.
    func attribution(_ index: Int) -> ReadingState.ResolvedAttribution? {
        if let known = resolved[index] { return known }
        let sentence = sentences[index]
        let paragraph = paragraphOfSentence[index]
        var value = own(index)
        if value == nil, sentence.quoted.contains(true), let speaker = speaker(ofParagraph: paragraph) {
            let carried = speaker.rules.contains { $0.hasPrefix("quote ←") }
            value = ReadingState.ResolvedAttribution(
                attribution: speaker.attribution, rules: carried ? speaker.rules : ["quote ← named speaker"])
        }
        if value == nil, ClaimExtractor.hedgePhrases.firstMatch(in: sentence.tokens) != nil,
            let previous = previousAttribution(before: index)?.attribution ?? speaker(ofParagraph: paragraph)?.attribution
                ?? previousMention(before: index)
        {
            value = ReadingState.ResolvedAttribution(attribution: previous, rules: ["source of the previous sentence"])
        }
        resolved[index] = .some(value)
        return value
    }

    /// The latest attribution earlier in the same paragraph.
    private func previousAttribution(before index: Int) -> ReadingState.ResolvedAttribution? {
        let start = paragraphStarts[paragraphOfSentence[index]]
        var probe = index - 1
        while probe >= start {
            if let value = attribution(probe) { return value }
            probe -= 1
        }
        return nil
    }

    /// A source the previous sentence of the paragraph named without saying anything.
    private func previousMention(before index: Int) -> Attribution? {
        guard index > paragraphStarts[paragraphOfSentence[index]] else { return nil }
        return mentioned(index - 1)
    }
}
