/// Decides, line by line, which parts of a scraped page are furniture, date lines, bylines or
/// addresses. Each check is a named rule; they run in the order of `classify`.
struct LineClassifier {
    let lexicon: ReaderLexicon

    func classify(_ line: TextLine) -> ClassifiedLine {
        let tokens = Tokenizer.tokenize(line.trimmed, baseOffset: line.trimmedStart)
        var classified = ClassifiedLine(line: line, tokens: tokens, role: .blank)
        guard !tokens.isEmpty else { return classified }
        // Most lines open with a word: copy the tokens only when leading marks must go.
        let leadingMarks = tokens.prefix { $0.kind == .punctuation && !isCopyrightSign($0) }.count
        let content = leadingMarks == 0 ? tokens : Array(tokens[leadingMarks...])
        if tokens.contains(where: { $0.isPunctuation(":") }), let address = standaloneAddress(line.trimmed) {
            classified.role = .address(address)
        } else if isTagCloud(tokens) {
            classified.role = .furniture(.tagCloud)
        } else if lexicon.navigationLines.matchesWhole(tokens) || isReadingTime(content) || isBreadcrumb(tokens) {
            classified.role = .furniture(.navigation)
        } else if lexicon.readMorePrefixes.match(in: content, at: 0) != nil {
            classified.role = .furniture(.readMore)
        } else if lexicon.donationPhrases.contains(in: tokens) {
            classified.role = .furniture(.donation)
        } else if isCopyright(content) || isCopyright(tokens) {
            classified.role = .furniture(.copyright)
        } else if classified.wordCount <= 14, lexicon.navigationPhrases.contains(in: tokens) {
            classified.role = .furniture(.navigation)
        } else if isAddressLabel(content) {
            classified.role = .furniture(.url)
        } else if let author = bylineAuthor(content) {
            let date = DateScanner.scan(content).lazy.compactMap { mention -> CalendarDate? in
                if case .day(let date) = mention.value { return date }
                return nil
            }.first
            classified.role = .byline(author: author, date: date)
        } else if let (date, updated) = datelineDate(content) {
            classified.role = .dateline(date, updated: updated)
        } else if lexicon.pictureCreditPhrases.match(in: content, at: 0) != nil {
            classified.role = .furniture(.pictureCredit)
        } else {
            classified.role = .body
            classified.creditSpans = creditSpans(in: tokens, line: line)
        }
        return classified
    }

    // MARK: - Rules

    /// Whether "://" occurs, by bytes: most lines with a colon have none, and this runs on all of them.
    static func containsSchemeSeparator(_ text: Substring) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 47, previous == (58, 47) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// "<https://…>" or a bare "https://…" alone on a line, or after a short label ending in a
    /// colon ("Source: https://…", "Original url: <https://…>").
    func standaloneAddress(_ text: Substring) -> String? {
        guard text.utf8.count < 2048, Self.containsSchemeSeparator(text) else { return nil }
        var candidate = text
        if let space = text.lastIndex(where: { $0.isWhitespace }) {
            let label = String(text[..<space]).trimmingWhitespace()
            guard label.hasSuffix(":"), label.split(separator: " ").count <= 3 else { return nil }
            candidate = text[text.index(after: space)...]
        }
        if candidate.hasPrefix("<"), candidate.hasSuffix(">") { candidate = candidate.dropFirst().dropLast() }
        guard candidate.hasPrefix("http://") || candidate.hasPrefix("https://"),
            !candidate.contains(where: { $0.isWhitespace })
        else { return nil }
        return String(candidate)
    }

    /// "Original url:", "Source:" with nothing after it: the label of an address on the next line.
    func isAddressLabel(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last, last.isPunctuation(":"), tokens.count <= 4 else { return false }
        let words = tokens.filter(\.isWord).map(\.folded)
        return words.last == "url" || words == ["source"] || words == ["link"]
    }

    /// Keyword lists and image alt texts: many words, no sentence punctuation, all lower case or
    /// carrying an id-like token ("01000000-0aff-0242-…").
    func isTagCloud(_ tokens: [Token]) -> Bool {
        let sentenceMarks = tokens.contains { $0.isPunctuation(".") || $0.isPunctuation(",") || $0.isPunctuation("?") }
        if sentenceMarks { return false }
        let words = tokens.filter(\.isWord)
        guard words.count >= 8 else { return false }
        let allLower = words.allSatisfy { !$0.isCapitalized }
        let hasIdentifier =
            tokens.contains { token in
                token.isNumber && token.text.count >= 8
            } || tokens.contains { $0.isWord && $0.text.count >= 4 && isHexWithDigits($0.text) }
        return (allLower && !sentenceMarks) || (hasIdentifier && !sentenceMarks)
    }

    private func isHexWithDigits(_ text: String) -> Bool {
        text.allSatisfy(\.isHexDigit) && text.contains(where: \.isNumber)
    }

    /// "Home / News / Belarus", "News » World » Europe": short segments joined by separators.
    func isBreadcrumb(_ tokens: [Token]) -> Bool {
        let separators = tokens.filter { $0.isPunctuation("/") || $0.isPunctuation("»") || $0.isPunctuation(">") || $0.isPunctuation("›") }
        guard separators.count >= 2, tokens.count <= 24 else { return false }
        var wordsInSegment = 0
        for token in tokens {
            if token.isPunctuation("/") || token.isPunctuation("»") || token.isPunctuation(">") || token.isPunctuation("›") {
                wordsInSegment = 0
            } else if token.kind != .punctuation {
                wordsInSegment += 1
                if wordsInSegment > 3 { return false }
            } else {
                return false
            }
        }
        return true
    }

    /// "2 min read", "5 minute read".
    func isReadingTime(_ tokens: [Token]) -> Bool {
        guard tokens.count == 3, tokens[0].isNumber else { return false }
        return ["min", "mins", "minute", "minutes"].contains(tokens[1].folded) && tokens[2].folded == "read"
    }

    func isCopyrightSign(_ token: Token) -> Bool { token.isPunctuation("©") }

    func isCopyright(_ tokens: [Token]) -> Bool {
        if lexicon.copyrightOpenings.match(in: tokens, at: 0) != nil { return true }
        // "All rights reserved" anywhere on a short line.
        return tokens.count <= 30 && lexicon.copyrightPhrases.contains(in: tokens)
    }

    /// "By Jane Doe", "By Jane Doe and John Roe | Reuters" → the names.
    func bylineAuthor(_ tokens: [Token]) -> String? {
        guard tokens.count >= 3, tokens[0].folded == "by", tokens[1].isWord else { return nil }
        var names: [String] = []
        var index = 1
        while index < tokens.count {
            let token = tokens[index]
            if token.isWord, token.isCapitalized || token.folded == "and" {
                names.append(token.text)
            } else if token.isPunctuation("."), index > 1, tokens[index - 1].text.count == 1 {
                names[names.count - 1] += "."  // an initial: "John F. Kennedy"
            } else if token.isPunctuation("-") || token.isPunctuation("'") || token.isPunctuation("’"),
                !token.spaceBefore, index + 1 < tokens.count, !tokens[index + 1].spaceBefore
            {
                names[names.count - 1] += token.text + tokens[index + 1].text
                index += 1
            } else {
                break
            }
            index += 1
        }
        while names.last == "and" { names.removeLast() }
        guard (2...8).contains(names.count) else { return nil }
        // A byline ends with the names or goes on after a separator ("| Reuters", ", 8 Sep 2023");
        // "By Sunday Night Russian troops had left" goes on with prose.
        if index < tokens.count, tokens[index].kind != .punctuation { return nil }
        guard
            !names.contains(where: {
                CalendarWords.weekdays[$0.lowercased()] != nil || CalendarWords.months[$0.lowercased()] != nil
            })
        else { return nil }
        return names.joined(separator: " ")
    }

    /// A line that is a date and little else: "September 08, 2023", "Sep 8, 2024 - 04:00",
    /// "Published: 08.09.2023", "Updated 8 September 2023 10:30 GMT".
    func datelineDate(_ tokens: [Token]) -> (CalendarDate, Bool)? {
        guard tokens.count <= 24 else { return nil }
        let mentions = DateScanner.scan(tokens)
        guard let first = mentions.first, case .day(let date) = first.value else { return nil }
        var covered = Set<Int>()
        for mention in mentions { covered.formUnion(mention.tokenRange) }
        for (index, token) in tokens.enumerated() where !covered.contains(index) {
            switch token.kind {
            case .punctuation, .number: continue
            case .word:
                if lexicon.datelineWords.contains(token.folded) || CalendarWords.weekdays[token] != nil {
                    continue
                }
                return nil
            }
        }
        let opening = tokens.first { $0.isWord }?.folded ?? ""
        let updated = lexicon.updatedWords.contains(opening) && first.tokenRange.lowerBound > 0
        return (date, updated)
    }

    /// Picture credits inside a caption: "(Picture source: Belarus MoD)", "(Photo by X/AFP via Getty
    /// Images)", and a trailing "© IMAGO/Bulkin Sergey".
    func creditSpans(in tokens: [Token], line: TextLine) -> [FurnitureSpan] {
        var spans: [FurnitureSpan] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isPunctuation("("), lexicon.pictureCreditPhrases.match(in: tokens, at: index + 1) != nil,
                let close = tokens[index...].firstIndex(where: { $0.isPunctuation(")") })
            {
                spans.append(FurnitureSpan(start: token.start, end: tokens[close].end, kind: .pictureCredit))
                index = close + 1
                continue
            }
            if isCopyrightSign(token), index > 0 {
                spans.append(FurnitureSpan(start: token.start, end: line.trimmedEnd, kind: .pictureCredit))
                break
            }
            index += 1
        }
        // A caption ending in a bold agency name: "Joint exercises. **Belta**".
        if spans.isEmpty, line.trimmed.hasSuffix("**"), let open = boldTailStart(tokens), open > 0,
            tokens[open - 1].isPunctuation(".")
        {
            spans.append(FurnitureSpan(start: tokens[open].start, end: line.trimmedEnd, kind: .pictureCredit))
        }
        return spans
    }

    /// Index of the first "*" of a trailing "**Name**" of at most three words.
    private func boldTailStart(_ tokens: [Token]) -> Int? {
        var index = tokens.count - 1
        var stars = 0
        while index >= 0, tokens[index].isPunctuation("*") {
            stars += 1
            index -= 1
        }
        guard stars == 2 else { return nil }
        var words = 0
        while index >= 0, !tokens[index].isPunctuation("*") {
            if tokens[index].isWord { words += 1 }
            index -= 1
        }
        guard index >= 1, tokens[index].isPunctuation("*"), tokens[index - 1].isPunctuation("*"),
            (1...3).contains(words)
        else { return nil }
        return index - 1
    }
}
