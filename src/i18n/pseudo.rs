//! The pseudo-locale: English with every letter accented, 40 % longer and
//! in brackets. A text that is cut off loses its closing bracket; a text
//! without brackets never went through Fluent.

/// What every pseudo-locale text starts with.
pub const PSEUDO_OPEN: &str = "[";
/// What every pseudo-locale text ends with.
pub const PSEUDO_CLOSE: &str = "]";

/// A letter with an accent, where Latin has one that Inter draws.
fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'y' => 'ý',
        'z' => 'ž',
        'd' => 'đ',
        'g' => 'ğ',
        'h' => 'ĥ',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ĺ',
        'r' => 'ŕ',
        't' => 'ţ',
        'w' => 'ŵ',
        'D' => 'Đ',
        'G' => 'Ğ',
        'H' => 'Ĥ',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ĺ',
        'R' => 'Ŕ',
        'T' => 'Ţ',
        'W' => 'Ŵ',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ø',
        'U' => 'Ü',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// The letters accented and the text padded to 40 % longer (rounded up),
/// the padding spread over the words' ends so lines still break.
pub fn stretch(text: &str) -> String {
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    if letters == 0 {
        return text.to_owned();
    }
    let mut extra = (text.chars().count() * 2).div_ceil(5);
    let words = text.split(' ').filter(|w| !w.is_empty()).count().max(1);
    let per_word = extra.div_ceil(words);
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_word = false;
    let flush = |out: &mut String, extra: &mut usize| {
        let n = per_word.min(*extra);
        out.extend(std::iter::repeat_n('~', n));
        *extra -= n;
    };
    for c in text.chars() {
        if c == ' ' && in_word {
            flush(&mut out, &mut extra);
            in_word = false;
        } else if c != ' ' {
            in_word = true;
        }
        out.push(accented(c));
    }
    if in_word || extra > 0 {
        out.extend(std::iter::repeat_n('~', extra));
    }
    out
}

/// The whole text in brackets.
pub fn bracket(text: &str) -> String {
    format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}")
}

/// A text of a guide in the pseudo-locale (the same treatment as the
/// window's own words).
pub fn pseudo_text(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_owned();
    }
    bracket(&stretch(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stretched_text_is_at_least_forty_percent_longer() {
        for text in [
            "Back",
            "Done, next step",
            "I don't see this",
            "OK",
            "Sign out of all devices",
        ] {
            let out = pseudo_text(text);
            assert!(
                out.chars().count() * 10 >= text.chars().count() * 14,
                "{out:?} from {text:?}"
            );
            assert!(out.starts_with('[') && out.ends_with(']'));
            assert!(!out.contains("Back") && !out.contains("step"), "{out}");
        }
    }
}
