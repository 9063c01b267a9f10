//! Finds where each value sits in a RON file, so that problems found after
//! parsing (a dangling reference, a mark outside its image) can still be
//! reported with a line and column.
//!
//! serde throws positions away, so we scan the same text a second time with a
//! small, lenient tokenizer and record the position of every value and key by
//! its path (`nodes / "tv-home" / next`). It only runs on text that ron has
//! already accepted, so it never has to report errors of its own.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

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

/// One step of a path into a RON value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    /// A struct field or a map key (borrowed for field names written in
    /// code, so building a path costs no allocation).
    Key(Cow<'static, str>),
    /// An element of a list or tuple.
    Index(usize),
}

impl Seg {
    /// A key segment for a field name.
    pub fn key(name: &'static str) -> Seg {
        Seg::Key(Cow::Borrowed(name))
    }

    /// A key segment for a key known only at run time (a node id).
    pub fn owned(name: &str) -> Seg {
        Seg::Key(Cow::Owned(name.to_owned()))
    }
}

/// The positions of every value and key in one RON file. The file is only
/// scanned when a position is first asked for: a pack without problems
/// never pays for it.
#[derive(Clone, Debug, Default)]
pub struct Locations {
    /// The file's bytes, shared with whoever read them.
    bytes: Arc<[u8]>,
    /// Where the text starts in `bytes` (after a byte-order mark).
    start: usize,
    map: OnceLock<Map>,
}

#[derive(Clone, Debug, Default)]
struct Map {
    values: HashMap<Vec<Seg>, Vec<Pos>>,
    keys: HashMap<Vec<Seg>, Vec<Pos>>,
}

impl Locations {
    /// Keeps RON text to be scanned on demand.
    pub fn new(text: &str) -> Locations {
        Locations::shared(Arc::from(text.as_bytes()), 0)
    }

    /// Keeps the bytes of a file whose text (from `start` on) has already
    /// been checked to be UTF-8, without copying them.
    pub fn shared(bytes: Arc<[u8]>, start: usize) -> Locations {
        Locations {
            bytes,
            start,
            map: OnceLock::new(),
        }
    }

    /// Scans RON text right away. Never fails: unexpected input just yields
    /// fewer positions.
    pub fn scan(text: &str) -> Locations {
        let locations = Locations::new(text);
        locations.map();
        locations
    }

    fn map(&self) -> &Map {
        self.map.get_or_init(|| {
            // Checked when the file was parsed; anything else scans as empty.
            let text = self
                .bytes
                .get(self.start..)
                .and_then(|tail| std::str::from_utf8(tail).ok())
                .unwrap_or_default();
            let tokens = tokenize(text);
            let mut scanner = Scanner {
                tokens: &tokens,
                at: 0,
                out: Map::default(),
            };
            scanner.skip_attributes();
            let mut path = Vec::new();
            scanner.value(&mut path, 0);
            scanner.out
        })
    }

    /// Where the value at `path` starts; for a repeated key, its `nth` occurrence.
    /// Falls back to the nearest enclosing value that was found.
    pub fn value(&self, path: &[Seg], nth: usize) -> Pos {
        for len in (0..=path.len()).rev() {
            if let Some(pos) = self
                .map()
                .values
                .get(&path[..len])
                .and_then(|found| found.get(nth).or_else(|| found.first()))
            {
                return *pos;
            }
        }
        Pos::START
    }

    /// Where the key or field name of `path` is written (`"tv-home":`),
    /// falling back to the value's position.
    pub fn key(&self, path: &[Seg], nth: usize) -> Pos {
        match self.map().keys.get(path) {
            Some(found) => found
                .get(nth)
                .or_else(|| found.first())
                .copied()
                .unwrap_or(Pos::START),
            None => self.value(path, nth),
        }
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
/// position just after its last one.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token {
    /// What it is.
    pub tok: Tok,
    /// Where it starts.
    pub pos: Pos,
    /// Just after where it ends.
    pub end: Pos,
}

/// Splits RON text into tokens, skipping whitespace and comments. Never
/// fails: a string or comment left open runs to the end of the text.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
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

struct Scanner<'t> {
    tokens: &'t [Token],
    at: usize,
    out: Map,
}

/// Deeper than this we stop recording; ron refuses such files anyway.
const MAX_DEPTH: usize = 256;

impl Scanner<'_> {
    fn peek(&self, ahead: usize) -> Option<&Tok> {
        self.tokens.get(self.at + ahead).map(|token| &token.tok)
    }

    fn pos(&self) -> Pos {
        self.tokens
            .get(self.at)
            .map(|token| token.pos)
            .unwrap_or(Pos::START)
    }

    fn is_punct(&self, ahead: usize, c: char) -> bool {
        self.peek(ahead) == Some(&Tok::Punct(c))
    }

    /// Skips `#![enable(...)]` headers.
    fn skip_attributes(&mut self) {
        while self.is_punct(0, '#') {
            while self.at < self.tokens.len() && !self.is_punct(0, ']') {
                self.at += 1;
            }
            self.at += 1;
        }
    }

    fn record_value(&mut self, path: &[Seg], pos: Pos) {
        self.out.values.entry(path.to_vec()).or_default().push(pos);
    }

    fn value(&mut self, path: &mut Vec<Seg>, depth: usize) {
        if depth > MAX_DEPTH || self.at >= self.tokens.len() {
            self.at = self.tokens.len();
            return;
        }
        let pos = self.pos();
        self.record_value(path, pos);
        match self.peek(0).cloned() {
            Some(Tok::Ident(_)) if self.is_punct(1, '(') => {
                self.at += 1;
                self.parenthesised(path, depth, true);
            }
            Some(Tok::Punct('(')) => self.parenthesised(path, depth, false),
            Some(Tok::Punct('[')) => {
                self.at += 1;
                let mut index = 0;
                while self.at < self.tokens.len() && !self.is_punct(0, ']') {
                    path.push(Seg::Index(index));
                    self.value(path, depth + 1);
                    path.pop();
                    index += 1;
                    self.eat(',');
                }
                self.at += 1;
            }
            Some(Tok::Punct('{')) => {
                self.at += 1;
                while self.at < self.tokens.len() && !self.is_punct(0, '}') {
                    let key_pos = self.pos();
                    let key = match self.peek(0) {
                        Some(Tok::Str(s) | Tok::Ident(s) | Tok::Other(s)) => s.clone(),
                        _ => String::new(),
                    };
                    // Skip the key (which may itself be a compound value).
                    let mut scratch = Vec::new();
                    let saved = std::mem::take(&mut self.out);
                    self.value(&mut scratch, depth + 1);
                    self.out = saved;
                    self.eat(':');
                    path.push(Seg::Key(Cow::Owned(key)));
                    self.out.keys.entry(path.clone()).or_default().push(key_pos);
                    self.value(path, depth + 1);
                    path.pop();
                    self.eat(',');
                }
                self.at += 1;
            }
            _ => self.at += 1,
        }
    }

    /// `(...)` after an optional name: named fields, or positional elements.
    /// A named wrapper around exactly one positional value (`Some(x)`, a
    /// newtype variant) is transparent: the inner value keeps the path.
    fn parenthesised(&mut self, path: &mut Vec<Seg>, depth: usize, named: bool) {
        self.at += 1; // '('
        let has_fields = matches!(self.peek(0), Some(Tok::Ident(_))) && self.is_punct(1, ':');
        if has_fields {
            while self.at < self.tokens.len() && !self.is_punct(0, ')') {
                let key_pos = self.pos();
                let name = match self.peek(0) {
                    Some(Tok::Ident(name)) => name.clone(),
                    _ => String::new(),
                };
                self.at += 1;
                self.eat(':');
                path.push(Seg::Key(Cow::Owned(name)));
                self.out.keys.entry(path.clone()).or_default().push(key_pos);
                self.value(path, depth + 1);
                path.pop();
                self.eat(',');
            }
            self.at += 1;
            return;
        }
        let start = self.at;
        let mut index = 0;
        let mut single_start = None;
        while self.at < self.tokens.len() && !self.is_punct(0, ')') {
            if index == 0 {
                single_start = Some(self.at);
            }
            path.push(Seg::Index(index));
            self.value(path, depth + 1);
            path.pop();
            index += 1;
            self.eat(',');
        }
        self.at += 1;
        if named && index == 1 {
            // Re-scan the single element at the wrapper's own path.
            if let Some(first) = single_start {
                let end = self.at;
                // The wrapper's own position gives way to the inner value's.
                if let Some(found) = self.out.values.get_mut(path.as_slice()) {
                    found.pop();
                }
                self.at = first.max(start);
                self.value(path, depth + 1);
                self.at = end;
            }
        }
    }

    fn eat(&mut self, c: char) {
        if self.is_punct(0, c) {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_keys_and_elements() {
        let text = "#![enable(implicit_some)]\nGuide(\n  id: \"g\", // comment\n  nodes: {\n    \"a\": Step(next: \"b\", marks: [Highlight(rect: (1, 2, 3, 4))]),\n    \"b\": Outcome(stuck: Some((to: \"a\"))),\n  },\n)\n";
        let loc = Locations::scan(text);
        let path = |segs: &[Seg]| segs.to_vec();
        assert_eq!(
            loc.value(&path(&[Seg::key("id")]), 0),
            Pos { line: 3, col: 7 }
        );
        let a = [Seg::key("nodes"), Seg::key("a")];
        assert_eq!(loc.key(&path(&a), 0), Pos { line: 5, col: 5 });
        let next = [Seg::key("nodes"), Seg::key("a"), Seg::key("next")];
        assert_eq!(loc.value(&path(&next), 0), Pos { line: 5, col: 21 });
        let rect = [
            Seg::key("nodes"),
            Seg::key("a"),
            Seg::key("marks"),
            Seg::Index(0),
            Seg::key("rect"),
            Seg::Index(2),
        ];
        assert_eq!(loc.value(&path(&rect), 0), Pos { line: 5, col: 57 });
        let to = [
            Seg::key("nodes"),
            Seg::key("b"),
            Seg::key("stuck"),
            Seg::key("to"),
        ];
        assert_eq!(loc.value(&path(&to), 0), Pos { line: 6, col: 35 });
    }

    #[test]
    fn counts_duplicate_keys_and_falls_back_to_parents() {
        let text = "{\n \"x\": 1,\n \"x\": 2,\n}";
        let loc = Locations::scan(text);
        let x = [Seg::key("x")];
        assert_eq!(loc.key(&x, 0), Pos { line: 2, col: 2 });
        assert_eq!(loc.key(&x, 1), Pos { line: 3, col: 2 });
        assert_eq!(
            loc.value(&[Seg::key("x"), Seg::key("missing")], 1),
            Pos { line: 3, col: 7 }
        );
    }

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

    #[test]
    fn survives_garbage() {
        for text in [
            "",
            "(",
            "{{{",
            "\"unterminated",
            "r#\"x",
            "/* open",
            "[1, (2, {3:",
            "'",
        ] {
            let _ = Locations::scan(text);
        }
    }
}
