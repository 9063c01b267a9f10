//! RON text in tokens: names, strings, numbers and single characters, each
//! with its line, column and byte offsets, whitespace and comments left
//! out. Lenient: it never fails, so the syntax messages (`load/syntax.rs`)
//! can read text that ron refused, and the span tree (`tree.rs`) reads the
//! rest.

use std::fmt;

/// A 1-based line and column, columns counted in characters (as ron does).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
}

impl Pos {
    /// The start of a file.
    pub const START: Pos = Pos { line: 1, col: 1 };
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// A token of RON text, as the position scanner and the syntax messages
/// (`load/syntax.rs`) see it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    /// A name: a field, a struct or a variant (`r#` already taken off).
    Ident(String),
    /// A string literal's (roughly) unescaped content.
    Str(String),
    /// A number, or a char literal (empty).
    Other(String),
    /// Any other single character: brackets, `:`, `,`, stray quotes.
    Punct(char),
}

/// A token and where it is: `pos` is its first character, `end` the
/// position just after its last one; `start` and `stop` are the same
/// places as byte offsets into the text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token {
    /// What it is.
    pub tok: Tok,
    /// Where it starts.
    pub pos: Pos,
    /// Just after where it ends.
    pub end: Pos,
    /// Its first byte.
    pub start: usize,
    /// Just after its last byte.
    pub stop: usize,
}

/// Splits RON text into tokens, skipping whitespace and comments. Never
/// fails: a string or comment left open runs to the end of the text.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    // The byte offset of every character, and of the end.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut out = Vec::new();
    let (mut i, mut line, mut col) = (0usize, 1usize, 1usize);
    // Advances over `n` characters, keeping line and column in step.
    let advance = |i: &mut usize, line: &mut usize, col: &mut usize, n: usize| {
        for _ in 0..n {
            if *i < chars.len() {
                if chars[*i] == '\n' {
                    *line += 1;
                    *col = 1;
                } else {
                    *col += 1;
                }
                *i += 1;
            }
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let pos = Pos { line, col };
        let start = bytes[i];
        let next = chars.get(i + 1).copied();
        let (tok, len) = if c.is_whitespace() {
            advance(&mut i, &mut line, &mut col, 1);
            continue;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                advance(&mut i, &mut line, &mut col, 1);
            }
            continue;
        } else if c == '/' && next == Some('*') {
            let mut depth = 0usize;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    advance(&mut i, &mut line, &mut col, 2);
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    advance(&mut i, &mut line, &mut col, 2);
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                } else {
                    advance(&mut i, &mut line, &mut col, 1);
                }
            }
            continue;
        } else if let Some((len, value)) = string_literal(&chars[i..]) {
            (Tok::Str(value), len)
        } else if let Some(len) = char_literal(&chars[i..]) {
            (Tok::Other(String::new()), len)
        } else if c.is_alphabetic() || c == '_' {
            let mut len = 0;
            if c == 'r' && next == Some('#') {
                len = 2;
            }
            while i + len < chars.len()
                && (chars[i + len].is_alphanumeric() || chars[i + len] == '_')
            {
                len += 1;
            }
            let word: String = chars[i..i + len].iter().collect();
            (Tok::Ident(word.trim_start_matches("r#").to_owned()), len)
        } else if c.is_ascii_digit() || c == '-' || c == '+' || c == '.' {
            let mut len = 1;
            while i + len < chars.len()
                && (chars[i + len].is_alphanumeric()
                    || matches!(chars[i + len], '_' | '.' | '+' | '-'))
            {
                len += 1;
            }
            let word: String = chars[i..i + len].iter().collect();
            (Tok::Other(word), len)
        } else {
            (Tok::Punct(c), 1)
        };
        advance(&mut i, &mut line, &mut col, len);
        out.push(Token {
            tok,
            pos,
            end: Pos { line, col },
            start,
            stop: bytes[i.min(chars.len())],
        });
    }
    out
}

/// The length of a char literal (`'a'`, `'\n'`, `'\u{e9}'`) at the start of
/// `chars`, if there is one; a lone `'` is not.
fn char_literal(chars: &[char]) -> Option<usize> {
    if chars.first() != Some(&'\'') {
        return None;
    }
    let body = match chars.get(1)? {
        '\\' => {
            let rest = chars.get(2..)?;
            if rest.first() == Some(&'u') {
                // `\u{...}`: up to the closing brace, at most six digits.
                2 + rest.iter().take(10).position(|&c| c == '}')?
            } else {
                2
            }
        }
        '\'' | '\n' => return None,
        _ => 1,
    };
    (chars.get(1 + body) == Some(&'\'')).then_some(body + 2)
}

/// Recognises `"..."`, `r#"..."#` and the byte-string forms; returns the
/// literal's length in characters and its (roughly) unescaped content.
fn string_literal(chars: &[char]) -> Option<(usize, String)> {
    let mut i = 0;
    if chars.first() == Some(&'b') {
        i += 1;
    }
    if chars.get(i) == Some(&'r') {
        i += 1;
        let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
        i += hashes;
        if chars.get(i) != Some(&'"') {
            return None;
        }
        let body_start = i + 1;
        let mut j = body_start;
        while j < chars.len() {
            if chars[j] == '"'
                && chars[j + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == '#')
                    .count()
                    == hashes
            {
                let value = chars[body_start..j].iter().collect();
                return Some((j + 1 + hashes, value));
            }
            j += 1;
        }
        return Some((chars.len(), chars[body_start..].iter().collect()));
    }
    if chars.get(i) != Some(&'"') {
        return None;
    }
    let mut value = String::new();
    let mut j = i + 1;
    while j < chars.len() {
        match chars[j] {
            '"' => return Some((j + 1, value)),
            '\\' => {
                match chars.get(j + 1) {
                    Some('n') => value.push('\n'),
                    Some('t') => value.push('\t'),
                    Some(&other) => value.push(other),
                    None => {}
                }
                j += 2;
            }
            other => {
                value.push(other);
                j += 1;
            }
        }
    }
    Some((chars.len(), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_literals_are_one_token_and_a_lone_quote_is_not() {
        let kinds =
            |text: &str| -> Vec<Tok> { tokenize(text).into_iter().map(|t| t.tok).collect() };
        assert_eq!(
            kinds("'a' '\\n' '\\u{e9}'"),
            vec![Tok::Other(String::new()); 3]
        );
        assert_eq!(
            kinds("title: 'Main guide'"),
            [
                Tok::Ident("title".to_owned()),
                Tok::Punct(':'),
                Tok::Punct('\''),
                Tok::Ident("Main".to_owned()),
                Tok::Ident("guide".to_owned()),
                Tok::Punct('\''),
            ]
        );
        let token = &tokenize("  \"two\nlines\"")[0];
        assert_eq!(
            (token.pos, token.end),
            (Pos { line: 1, col: 3 }, Pos { line: 2, col: 7 })
        );
    }
}
