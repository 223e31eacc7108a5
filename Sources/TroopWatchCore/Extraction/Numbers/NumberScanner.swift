/// Reads numbers from tokens: digit groups in English and European styles ("2,500", "2.500",
/// "2 500"), suffixes ("12k", "1.5 million"), number words ("twenty-five", "a thousand", "two
/// hundred") and vague plurals ("dozens", "thousands", "tens of thousands"). One pass; at each
/// position the rules are tried in order and the first that reads a number wins.
enum NumberScanner {
    static func scan(_ tokens: [Token]) -> [NumberMention] {
        var mentions: [NumberMention] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var found: NumberMention?
            if token.isNumber {
                found = digits(tokens, at: index)
            } else if token.isWord {
                found = vague(tokens, at: index) ?? words(tokens, at: index)
            }
            if let mention = found {
                mentions.append(mention)
                index = mention.range.upperBound
            } else {
                index += 1
            }
        }
        return mentions
    }

    // MARK: - Bounds

    /// Counts past this are no force size. Every product and sum of numbers read from the text is
    /// capped here, so no input can overflow (and trap) the arithmetic.
    static let ceiling = 1_000_000_000_000_000

    static func capped(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        return Int(min(max(value, 0), Double(ceiling)))
    }

    static func capped(_ value: Int, times factor: Int, plus addend: Int = 0) -> Int {
        let (product, overflowed) = value.multipliedReportingOverflow(by: factor)
        let (sum, overflowedAgain) = product.addingReportingOverflow(addend)
        return overflowed || overflowedAgain ? ceiling : min(max(sum, 0), ceiling)
    }

    // MARK: - Digits

    static func digits(_ tokens: [Token], at start: Int) -> NumberMention? {
        guard let first = tokens[start].integerValue else { return nil }
        // A number glued to letters or a currency sign is a code, a model name or money: "A1",
        // "T-72", "Su-25", "$500".
        if start > 0, !tokens[start].spaceBefore {
            let previous = tokens[start - 1]
            if previous.isWord || ["$", "€", "£", "#", "№"].contains(previous.text) { return nil }
            if previous.isPunctuation("-"), start >= 2, !previous.spaceBefore, tokens[start - 2].isWord { return nil }
        }
        var value = first
        var end = start + 1
        var rule = "<digits>"
        let firstLength = tokens[start].text.utf8.count

        // Thousands groups: "2,500", "2.500", "12,000,000", "2 500".
        if firstLength <= 3 {
            var separator: Character?
            while end + 1 < tokens.count {
                let mark = tokens[end]
                let group = tokens[end + 1]
                guard group.isNumber, group.text.utf8.count == 3, let groupValue = group.integerValue else { break }
                let isTightMark =
                    (mark.isPunctuation(",") || mark.isPunctuation(".")) && !mark.spaceBefore && !group.spaceBefore
                guard isTightMark, separator == nil || mark.text.first == separator else { break }
                // "1.500 million" is a decimal, not a thousands group.
                if mark.isPunctuation("."), end + 2 < tokens.count, NumberWords.scales[tokens[end + 2]] != nil {
                    break
                }
                separator = mark.text.first
                value = capped(value, times: 1000, plus: groupValue)
                end += 2
                rule = "<digits with separators>"
            }
            // "2 500": a space-separated group, only when the first part is short and no separator was used.
            if separator == nil, end < tokens.count, tokens[end].isNumber, tokens[end].spaceBefore,
                tokens[end].text.utf8.count == 3, let groupValue = tokens[end].integerValue,
                end + 1 >= tokens.count || !tokens[end + 1].isNumber
            {
                value = capped(value, times: 1000, plus: groupValue)
                end += 1
                rule = "<digits with separators>"
            }
        }

        // A decimal before a scale: "1.5 million", "2,5 million"; or before a range whose end
        // carries the scale: "1.5-2 thousand" (the scale then applies here too).
        var fraction = 0.0
        if end + 1 < tokens.count, tokens[end].isPunctuation(".") || tokens[end].isPunctuation(","),
            !tokens[end].spaceBefore, tokens[end + 1].isNumber, !tokens[end + 1].spaceBefore, end + 2 < tokens.count
        {
            let decimals = tokens[end + 1].text
            if NumberWords.scales[tokens[end + 2]] != nil, let digits = Int(decimals) {
                fraction = Double(digits) / pow10(decimals.utf8.count)
                end += 2
            } else if let scale = rangeEndScale(tokens, after: end + 2), let digits = Int(decimals) {
                value = capped((Double(value) + Double(digits) / pow10(decimals.utf8.count)) * Double(scale))
                return NumberMention(range: start..<(end + 2), value: value, isVague: false, rule: "<decimal>-<number> <scale>")
            }
        }
        // Scale: "12k", "1.5 million", "3 thousand".
        if end < tokens.count, let scale = NumberWords.scales[tokens[end]] {
            let isLetterSuffix = tokens[end].folded == "k" || tokens[end].folded == "m"
            if !isLetterSuffix || !tokens[end].spaceBefore {
                value = capped((Double(value) + fraction) * Double(scale))
                end += 1
                rule = "<number> <scale>"
            }
        }
        // "32-thousand", "28-thousand-500": the scale joined by hyphens, as some agencies write it.
        if rule != "<number> <scale>", end + 1 < tokens.count, tokens[end].isPunctuation("-"), !tokens[end].spaceBefore,
            !tokens[end + 1].spaceBefore, let scale = NumberWords.scales[tokens[end + 1]], scale >= 1000,
            tokens[end + 1].folded.utf8.count > 1
        {
            value = capped((Double(value) + fraction) * Double(scale))
            end += 2
            rule = "<number>-<scale>"
            if end + 1 < tokens.count, tokens[end].isPunctuation("-"), !tokens[end].spaceBefore, tokens[end + 1].isNumber,
                !tokens[end + 1].spaceBefore, let rest = tokens[end + 1].integerValue, rest < scale
            {
                value += rest
                end += 2
                rule = "<number>-<scale>-<number>"
            }
        }
        // "16th", "2nd", "4x4", "10%": an ordinal, a code or a percentage, not a count.
        if end < tokens.count, !tokens[end].spaceBefore {
            let next = tokens[end]
            if next.isWord || next.isPunctuation("%") { return nil }
        }
        return NumberMention(range: start..<end, value: value, isVague: false, rule: rule)
    }

    /// The scale at the end of a range that starts just before `index`: "-2 thousand", "to 2 million".
    private static func rangeEndScale(_ tokens: [Token], after index: Int) -> Int? {
        guard index + 2 < tokens.count else { return nil }
        let joiner = tokens[index]
        guard joiner.isPunctuation("-") || joiner.isPunctuation("–") || joiner.folded == "to", tokens[index + 1].isNumber,
            let scale = NumberWords.scales[tokens[index + 2]], tokens[index + 2].folded.count > 1, scale >= 1000
        else { return nil }
        return scale
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    // MARK: - Words

    /// "nine", "twenty-five", "a thousand", "two hundred", "one hundred and fifty", "three million".
    static func words(_ tokens: [Token], at start: Int) -> NumberMention? {
        var index = start
        var value = 0
        var sawNumber = false
        // "a thousand", "a hundred", "a dozen".
        if tokens[index].isWord(Keys.a) || tokens[index].isWord(Keys.an) {
            guard index + 1 < tokens.count else { return nil }
            let next = tokens[index + 1].folded
            if next == "dozen" { return NumberMention(range: start..<(index + 2), value: 12, isVague: false, rule: "a dozen") }
            guard let scale = NumberWords.scales[tokens[index + 1]], next.utf8.count > 1 else { return nil }
            value = scale
            index += 2
            sawNumber = true
            return extendScaled(tokens, start: start, index: index, value: value)
        }
        if let small = smallNumber(tokens, at: &index) {
            value = small
            sawNumber = true
        }
        guard sawNumber else { return nil }
        return extendScaled(tokens, start: start, index: index, value: value)
    }

    /// After a word number: "hundred", "thousand", "million", and "and fifty" after "hundred".
    private static func extendScaled(_ tokens: [Token], start: Int, index startIndex: Int, value startValue: Int)
        -> NumberMention
    {
        var index = startIndex
        var total = 0
        var current = startValue
        while index < tokens.count {
            let word = tokens[index].folded
            if word == "hundred" {
                current = capped(current, times: 100)
                index += 1
                var probe = index
                if probe < tokens.count, tokens[probe].folded == "and" { probe += 1 }
                if let rest = smallNumber(tokens, at: &probe) {
                    current = capped(current, times: 1, plus: rest)
                    index = probe
                }
            } else if let scale = NumberWords.scales[tokens[index]], scale >= 1000, word.utf8.count > 1 {
                total = capped(current, times: scale, plus: total)
                current = 0
                index += 1
                var probe = index
                if let rest = smallNumber(tokens, at: &probe) {
                    current = rest
                    index = probe
                    if probe < tokens.count, tokens[probe].folded == "hundred" { continue }
                }
            } else {
                break
            }
        }
        return NumberMention(range: start..<index, value: capped(total, times: 1, plus: current), isVague: false, rule: "<number words>")
    }

    /// "nine", "twenty", "twenty-five", "twenty five".
    private static func smallNumber(_ tokens: [Token], at index: inout Int) -> Int? {
        guard index < tokens.count, tokens[index].isWord else { return nil }
        if let unit = NumberWords.units[tokens[index]] {
            index += 1
            return unit
        }
        guard let ten = NumberWords.tens[tokens[index]] else { return nil }
        index += 1
        var probe = index
        if probe < tokens.count, tokens[probe].isPunctuation("-"), !tokens[probe].spaceBefore { probe += 1 }
        if probe < tokens.count, let unit = NumberWords.units[tokens[probe]], unit < 10 {
            index = probe + 1
            return ten + unit
        }
        return ten
    }

    // MARK: - Vague

    /// "thousands", "tens of thousands", "hundreds of thousands", "several thousand", "a few hundred".
    static func vague(_ tokens: [Token], at start: Int) -> NumberMention? {
        let first = tokens[start]
        if first.isWord(Keys.tens) || first.isWord(Keys.hundreds), start + 2 < tokens.count, tokens[start + 1].isWord(Keys.of),
            let scale = NumberWords.vaguePlurals[tokens[start + 2]], scale >= 2000
        {
            let multiplier = first.isWord(Keys.tens) ? 10 : 100
            return NumberMention(
                range: start..<(start + 3), value: scale * multiplier, isVague: true, rule: "<tens|hundreds> of <plural>")
        }
        if let lower = NumberWords.vaguePlurals[tokens[start]] {
            return NumberMention(range: start..<(start + 1), value: lower, isVague: true, rule: "<plural scale>")
        }
        var index = start
        if first.isWord(Keys.a), start + 1 < tokens.count, tokens[start + 1].isWord(Keys.few) { index += 1 }
        // "a couple of thousand", "a couple thousand": at least two thousand.
        if first.isWord(Keys.a), start + 2 < tokens.count, tokens[start + 1].folded == "couple" {
            index = start + 2
            if tokens[index].isWord(Keys.of), index + 1 < tokens.count { index += 1 }
            guard let scale = NumberWords.scales[tokens[index]], tokens[index].folded.count > 1, scale >= 100 else { return nil }
            return NumberMention(range: start..<(index + 1), value: scale * 2, isVague: true, rule: "a couple of <scale>")
        }
        guard NumberWords.vagueDeterminers.contains(tokens[index]), index + 1 < tokens.count,
            let scale = NumberWords.scales[tokens[index + 1]], tokens[index + 1].folded.count > 1, scale >= 100
        else { return nil }
        return NumberMention(
            range: start..<(index + 2), value: scale * 2, isVague: true, rule: "several <scale>")
    }
}
