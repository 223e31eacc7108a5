import Testing
import TroopWatchCore

@Suite struct TokenizerTests {
    @Test func offsetsCountUnicodeScalars() {
        // The curly quote and the emoji are one scalar each; the flag is two.
        let text = "“Hi” 🇺🇦 2,500 troops"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.text) == ["“", "Hi", "”", "🇺", "🇦", "2", ",", "500", "troops"])
        #expect(tokens.map(\.start) == [0, 1, 3, 5, 6, 8, 9, 10, 14])
        #expect(tokens.map(\.end) == [1, 3, 4, 6, 7, 9, 10, 13, 20])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[14..<20])) == "troops")
    }

    @Test func recordsSpacingAndLineBreaks() {
        let tokens = Tokenizer.tokenize("16th\nOct. 2 500")
        #expect(tokens.map(\.text) == ["16", "th", "Oct", ".", "2", "500"])
        #expect(tokens.map(\.spaceBefore) == [false, false, true, false, true, true])
        #expect(tokens.map(\.lineBreakBefore) == [false, false, true, false, false, false])
        #expect(tokens.map(\.kind) == [.number, .word, .word, .punctuation, .number, .number])
    }

    @Test func foldsWordsToLowerCase() {
        let tokens = Tokenizer.tokenize("Belarussky HAJUN")
        #expect(tokens.map(\.folded) == ["belarussky", "hajun"])
    }

    @Test func emptyAndWhitespaceTextHaveNoTokens() {
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize(" \n\t\u{00A0} ").isEmpty)
    }

    @Test func utf8OffsetsLocateTokensInTheWholeText() {
        // "Ж" is two bytes, "—" three: byte offsets run ahead of scalar offsets after them.
        let text = "Ж line\nКиїв — 2,500 troops"
        let lines = TextLine.split(text)
        let tokens = Tokenizer.tokenize(lines[1].trimmed, baseOffset: lines[1].trimmedStart)
        #expect(tokens.map(\.text) == ["Київ", "—", "2", ",", "500", "troops"])
        #expect(tokens.map(\.start) == [7, 12, 14, 15, 16, 20])
        #expect(tokens.map(\.utf8Start) == [8, 17, 21, 22, 23, 27])
        #expect(tokens.map(\.utf8End) == [16, 20, 22, 23, 26, 33])
        #expect(tokens[1].isPunctuation("—") && !tokens[1].isPunctuation("-"))
    }

    @Test func linesSplitOnEveryLineBreakStyle() {
        let lines = TextLine.split("Київ\r\n  two \rthree\n\nlast")
        #expect(lines.map { String($0.text) } == ["Київ", "  two ", "three", "", "last"])
        #expect(lines.map(\.start) == [0, 6, 13, 19, 20])
        #expect(lines.map(\.end) == [4, 12, 18, 19, 24])
        #expect(lines.map { String($0.trimmed) } == ["Київ", "two", "three", "", "last"])
        #expect(lines.map(\.trimmedStart) == [0, 8, 13, 19, 20])
        #expect(TextLine.split("").isEmpty)
        #expect(TextLine.split("ends with a break\n").count == 1)
    }
}
