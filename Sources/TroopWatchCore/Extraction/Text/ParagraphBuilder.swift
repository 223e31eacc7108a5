/// Splits an article's body (its text minus page furniture) into paragraphs and sentences.
enum ParagraphBuilder {
    /// Words after which a period does not end a sentence.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "cmdr", "adm", "st", "no", "vs",
        "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov",
        "sen", "rep", "pres", "prof", "jr", "sr", "inc", "ltd", "co", "corp", "etc", "e", "i", "u", "s",
    ]

    static let openingQuotes: Set<Character> = ["“", "‘", "«", "„"]
    static let closingQuotes: Set<Character> = ["”", "’", "»"]

    static func build(text: String, reading: ArticleReading) -> [Paragraph] {
        let lines = TextLine.split(text).filter { !$0.isBlank }.map { line in
            (line, Tokenizer.tokenize(line.trimmed, baseOffset: line.trimmedStart))
        }
        return build(lines: lines, reading: reading)
    }

    /// From lines already tokenized (by the article reader), so the text is tokenized once.
    static func build(lines: [(TextLine, [Token])], reading: ArticleReading) -> [Paragraph] {
        let furniture = reading.furniture.sorted { $0.start < $1.start }
        var paragraphs: [Paragraph] = []
        var furnitureIndex = 0
        var sawTitle = false
        for (line, lineTokens) in lines where !line.isBlank {
            var tokens = lineTokens
            // Drop tokens inside furniture spans (whole lines, or credits inside a caption).
            while furnitureIndex < furniture.count, furniture[furnitureIndex].end <= line.trimmedStart {
                furnitureIndex += 1
            }
            var probe = furnitureIndex
            var spans: [FurnitureSpan] = []
            while probe < furniture.count, furniture[probe].start < line.trimmedEnd {
                spans.append(furniture[probe])
                probe += 1
            }
            if !spans.isEmpty {
                tokens.removeAll { token in spans.contains { $0.start <= token.start && token.end <= $0.end } }
            }
            tokens = removingMarkup(tokens)
            tokens = removingDateline(tokens)
            guard tokens.contains(where: { $0.kind != .punctuation }) else { continue }
            let isTitle = !sawTitle && reading.title.map { matchesTitle(line.trimmed, $0) } == true
            if isTitle { sawTitle = true }
            let sentences = split(tokens, paragraph: paragraphs.count, isTitle: isTitle)
            paragraphs.append(Paragraph(sentences: sentences, isTitle: isTitle))
        }
        return paragraphs
    }

    private static func matchesTitle(_ line: Substring, _ title: String) -> Bool {
        line.hasSuffix(title) || line.contains(title)
    }

    /// "WARSAW, Nov 2 (Reuters) - Russia has …", "MINSK, Belarus (AP) — …": the wire dateline names
    /// where the reporter was, not where any force is, so the sentence starts after its dash.
    static func removingDateline(_ tokens: [Token]) -> [Token] {
        guard let first = tokens.first, first.isWord, first.text.utf8.count >= 3,
            first.text.unicodeScalars.allSatisfy({ $0.properties.isUppercase })
        else { return tokens }
        let window = tokens.prefix(16)
        guard let dash = window.firstIndex(where: { token in
            token.spaceBefore && token.isDash
        }), dash + 1 < tokens.count,
            !window[..<dash].contains(where: { $0.isPunctuation(".") && $0.spaceBefore })
        else { return tokens }
        return Array(tokens[(dash + 1)...])
    }

    /// Markdown that is not prose: "[said](#)" keeps "said"; "**" and "#" go.
    static func removingMarkup(_ tokens: [Token]) -> [Token] {
        let hasMarkup = tokens.contains { token in
            token.kind == .punctuation
                && (token.isPunctuation("]") || token.isPunctuation("[") || token.isPunctuation("*")
                    || token.isPunctuation("#") || token.isPunctuation("_"))
        }
        guard hasMarkup else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isPunctuation("]"), index + 1 < tokens.count, tokens[index + 1].isPunctuation("("),
                !tokens[index + 1].spaceBefore,
                let close = tokens[(index + 1)...].prefix(12).firstIndex(where: { $0.isPunctuation(")") })
            {
                index = close + 1
                continue
            }
            if token.isPunctuation("[") || token.isPunctuation("]") || token.isPunctuation("*")
                || token.isPunctuation("#") || token.isPunctuation("_")
            {
                index += 1
                continue
            }
            result.append(token)
            index += 1
        }
        return result
    }

    /// Longer "sentences" (a page of numbers, a line with no punctuation) are cut into pieces of
    /// this many tokens, which keeps every per-sentence step bounded.
    static let maximumSentenceLength = 200

    static func split(_ tokens: [Token], paragraph: Int, isTitle: Bool) -> [Sentence] {
        var sentences: [Sentence] = []
        for sentence in splitAtMarks(tokens, paragraph: paragraph, isTitle: isTitle) {
            guard sentence.tokens.count > maximumSentenceLength else {
                sentences.append(sentence)
                continue
            }
            var start = 0
            while start < sentence.tokens.count {
                let end = min(sentence.tokens.count, start + maximumSentenceLength)
                var piece = sentence
                piece.tokens = Array(sentence.tokens[start..<end])
                piece.quoted = Array(sentence.quoted[start..<end])
                sentences.append(piece)
                start = end
            }
        }
        for index in sentences.indices { sentences[index].indexInParagraph = index }
        return sentences
    }

    private static func splitAtMarks(_ tokens: [Token], paragraph: Int, isTitle: Bool) -> [Sentence] {
        let quoted = quoteMask(tokens)
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var end: Int?
            if token.isPunctuation(".") || token.isPunctuation("!") || token.isPunctuation("?")
                || token.isPunctuation("…")
            {
                var after = index + 1
                // Closing quotes and brackets right after the mark belong to this sentence.
                while after < tokens.count, !tokens[after].spaceBefore,
                    let mark = tokens[after].text.first, closingQuotes.contains(mark) || mark == "\"" || mark == ")"
                {
                    after += 1
                }
                if after >= tokens.count {
                    end = tokens.count
                } else if tokens[after].spaceBefore, startsSentence(tokens[after], next: tokens.dropFirst(after + 1).first),
                    !isAbbreviation(tokens, periodAt: index)
                {
                    end = after
                }
            }
            if let end {
                sentences.append(
                    Sentence(
                        tokens: Array(tokens[start..<end]), quoted: Array(quoted[start..<end]), paragraph: paragraph,
                        indexInParagraph: sentences.count, isTitle: isTitle))
                start = end
                index = end
            } else {
                index += 1
            }
        }
        if start < tokens.count {
            sentences.append(
                Sentence(
                    tokens: Array(tokens[start...]), quoted: Array(quoted[start...]), paragraph: paragraph,
                    indexInParagraph: sentences.count, isTitle: isTitle))
        }
        return sentences
    }

    private static func startsSentence(_ token: Token, next: Token?) -> Bool {
        if token.isNumber { return true }
        if token.isWord { return token.isCapitalized }
        guard let mark = token.text.first else { return false }
        if openingQuotes.contains(mark) || mark == "\"" || mark == "(" || mark == "'" {
            return next.map { $0.isNumber || $0.isCapitalized } ?? false
        }
        return false
    }

    private static func isAbbreviation(_ tokens: [Token], periodAt index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1]
        guard before.isWord, !tokens[index].spaceBefore else { return false }
        if before.text.count == 1, before.isCapitalized { return true }  // "John F. Kennedy", "U.S."
        return abbreviations.contains(before)
    }

    /// Marks tokens inside quotation marks. Curly quotes nest by direction; a straight quote
    /// toggles. Single curly quotes are left alone: ’ is mostly an apostrophe ("Russia’s").
    static func quoteMask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var depth = 0
        for (index, token) in tokens.enumerated() {
            guard token.kind == .punctuation, let mark = token.text.first else {
                mask[index] = depth > 0
                continue
            }
            if mark == "“" || mark == "«" || mark == "„" {
                depth += 1
                mask[index] = true
            } else if mark == "”" || mark == "»" {
                mask[index] = true
                depth = max(0, depth - 1)
            } else if mark == "\"" {
                if depth > 0 {
                    mask[index] = true
                    depth -= 1
                } else {
                    depth += 1
                    mask[index] = true
                }
            } else {
                mask[index] = depth > 0
            }
        }
        return mask
    }
}
