/// One sentence of an article's body, with its tokens and where it sits in the discourse.
struct Sentence: Sendable {
    var tokens: [Token]
    /// For each token, whether it stands inside quotation marks.
    var quoted: [Bool]
    var paragraph: Int
    /// Position within its paragraph (0 = first).
    var indexInParagraph: Int
    /// Whether the paragraph is the article's title line.
    var isTitle: Bool

    var start: Int { tokens.first?.start ?? 0 }
    var end: Int { tokens.last?.end ?? 0 }

    /// Whether the whole sentence is quoted speech.
    var isQuotation: Bool {
        let words = zip(tokens, quoted).filter { $0.0.kind != .punctuation }
        return !words.isEmpty && words.allSatisfy { $0.1 }
    }
}

/// A paragraph: one non-furniture line of the article.
struct Paragraph: Sendable {
    var sentences: [Sentence]
    var isTitle: Bool

    /// Whether every sentence is quoted speech (the speaker is then named in a neighbouring paragraph).
    var isQuotation: Bool { !sentences.isEmpty && sentences.allSatisfy(\.isQuotation) }
}
