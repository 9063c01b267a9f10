//! Turns ron's syntax errors into sentences a guide author can act on: what
//! to do, and where. ron says "Expected comma" at the start of the next
//! line; the author needs "add a comma at the end of line 27".
//!
//! Each message is chosen by ron's error code, then refined by looking at
//! the text around the position ron reports (never by matching ron's
//! wording). Three mistakes are looked for first, whatever the code, because
//! ron's report for them points somewhere else: curly quotes from a word
//! processor, a text whose closing quote is missing, and a bracket left
//! open or closed once too often (`brackets.rs`).
//!
//! This runs only for a file that failed to parse.
//! It is long because each kind of mistake needs its own sentence; the
//! cases are tested one by one in tests/syntax_messages.rs.

use ron::error::{Error, SpannedError};

use super::brackets::{self, offset, opener_label, opener_start, snippet};
use crate::guide::locate::Pos;
use crate::guide::tokens::{Tok, Token, tokenize};

/// Curly quotes that word processors put in place of `"` and `'`.
const CURLY_QUOTES: &[char] = &[
    '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{201e}', '\u{201a}', '\u{00ab}', '\u{00bb}',
];

/// Where a syntax error is and what the author should do about it.
pub fn explain(text: &str, error: &SpannedError) -> (Pos, String) {
    let tokens = tokenize(text);
    let ron_pos = Pos {
        line: error.span.start.line.max(1),
        col: error.span.start.col.max(1),
    };
    // The token ron stopped at: the one holding its position, or the
    // first after it (ron's position is often the whitespace before).
    let at = tokens
        .iter()
        .position(|t| t.end > ron_pos)
        .unwrap_or(tokens.len());
    let cx = Context {
        text,
        tokens: &tokens,
        at,
        ron_pos,
    };
    cx.explain(&error.code)
}

/// The text, its tokens, and the token ron stopped at.
struct Context<'t> {
    text: &'t str,
    tokens: &'t [Token],
    at: usize,
    ron_pos: Pos,
}

impl Context<'_> {
    /// The token ron stopped at (none at the end of the text).
    fn here(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    /// The token before it.
    fn before(&self) -> Option<&Token> {
        self.at.checked_sub(1).and_then(|i| self.tokens.get(i))
    }

    /// The token after it.
    fn after(&self) -> Option<&Token> {
        self.tokens.get(self.at + 1)
    }

    /// Where the error is: the token ron stopped at, or the end of the text.
    fn pos(&self) -> Pos {
        self.here().map_or(self.ron_pos, |t| t.pos)
    }

    /// A token as written, in backquotes.
    fn quote(&self, token: &Token) -> String {
        format!("`{}`", snippet(self.text, token))
    }

    /// The three mistakes ron reports somewhere else first (curly quotes,
    /// a text left open, brackets that do not add up), then ron's code.
    fn explain(&self, code: &Error) -> (Pos, String) {
        if let Error::UnclosedBlockComment = code {
            let end = offset(self.text, self.ron_pos).min(self.text.len());
            let start = self.text.get(..end).and_then(|t| t.rfind("/*"));
            let pos = start.map_or(self.ron_pos, |s| pos_of(self.text, s));
            return (
                pos,
                format!(
                    "the comment that starts with `/*` on line {} is never closed: end it with `*/`",
                    pos.line
                ),
            );
        }
        if let Some(found) = self.curly_quote() {
            return found;
        }
        if let Some(found) = self.open_text(code) {
            return found;
        }
        if let Some(fix) = brackets::diagnose(self.text, self.tokens)
            && fix.pos <= self.pos()
        {
            return (fix.pos, fix.message);
        }
        self.by_code(code)
    }

    /// A curly quote outside any text, at or before the error.
    fn curly_quote(&self) -> Option<(Pos, String)> {
        let end = (self.at + 1).min(self.tokens.len());
        let quote = self.tokens[..end]
            .iter()
            .find(|t| matches!(t.tok, Tok::Punct(c) if CURLY_QUOTES.contains(&c)))?;
        Some((
            quote.pos,
            "curly quotes are not allowed here: use straight quotes, \"like this\" (your editor may be replacing them; turn off \"smart quotes\")".to_owned(),
        ))
    }

    /// A text whose closing quote is missing: it runs on over the lines
    /// after it until the next `"`, and ron stumbles just after that.
    fn open_text(&self, code: &Error) -> Option<(Pos, String)> {
        let (token, content) = match code {
            // Never closed at all: ron stops at the end of the file.
            Error::ExpectedStringEnd => {
                let token = self
                    .tokens
                    .iter()
                    .rev()
                    .find(|t| matches!(t.tok, Tok::Str(_)) && t.pos <= self.pos())?;
                (token, "")
            }
            _ => {
                let token = self.before()?;
                let Tok::Str(content) = &token.tok else {
                    return None;
                };
                // A text may span lines; one that swallowed the next field does not.
                let swallowed = content.lines().skip(1).any(looks_like_ron);
                if token.pos.line == token.end.line || !swallowed {
                    return None;
                }
                (token, content.as_str())
            }
        };
        let line = token.pos.line;
        let first = content.lines().next().unwrap_or_default();
        let message = match first
            .trim_end()
            .chars()
            .rev()
            .find(|c| !matches!(c, ',' | ')'))
        {
            Some(c) if CURLY_QUOTES.contains(&c) => format!(
                "the text that starts on line {line} ends with a curly quote `{c}`: end it with a straight quote `\"`"
            ),
            _ => format!(
                "the text that starts on line {line} has no closing quote: end it with a straight quote `\"` on line {line}"
            ),
        };
        Some((token.pos, message))
    }

    /// The message for ron's error code, refined by the text around it.
    fn by_code(&self, code: &Error) -> (Pos, String) {
        let pos = self.pos();
        let here = self.here();
        if let Some(missing) = self.missing_value(code) {
            return missing;
        }
        match code {
            Error::ExpectedComma => self.missing_comma(),
            Error::NoSuchStructField {
                expected,
                found,
                outer,
            } => {
                let owner = owner_name(outer.as_deref());
                let hint = nearest(found, expected)
                    .map(|name| format!(": did you mean `{name}`?"))
                    .unwrap_or_default();
                (
                    pos,
                    format!(
                        "`{found}` is not a field of {owner}{hint} ({owner} has {})",
                        list(expected)
                    ),
                )
            }
            Error::MissingStructField { field, outer } => {
                let (open_pos, label) = self.enclosing_opener();
                let owner = match record_word(outer.as_deref()) {
                    Some((word, _)) => format!("the {word} `{label}`"),
                    None => format!("`{label}`"),
                };
                let line = open_pos.line;
                (
                    open_pos,
                    format!(
                        "{owner} on line {line} needs a `{field}: {}`",
                        example_value(field, outer.as_deref())
                    ),
                )
            }
            Error::DuplicateStructField { field, outer } => (
                pos,
                format!(
                    "`{field}` is written twice in {}: keep only one",
                    owner_name(outer.as_deref())
                ),
            ),
            Error::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => {
                let hint = nearest(found, expected)
                    .map(|name| format!(": did you mean `{name}`?"))
                    .unwrap_or_default();
                (
                    pos,
                    format!(
                        "`{found}` is not {}{hint} (write one of {})",
                        variant_kind(outer.as_deref()),
                        list(expected)
                    ),
                )
            }
            Error::ExpectedString => (pos, self.expected_text()),
            Error::ExpectedFloat | Error::ExpectedInteger => {
                let whole = matches!(code, Error::ExpectedInteger);
                let number = if whole { "a whole number" } else { "a number" };
                let message = match here.map(|t| &t.tok) {
                    Some(Tok::Str(s)) if s.trim().parse::<f64>().is_ok() => {
                        format!("{number} is needed here: write it without quotes, `{}`", s.trim())
                    }
                    Some(Tok::Str(_)) => format!("{number} is needed here, not a text in quotes"),
                    _ => format!("{number} is needed here"),
                };
                (pos, message)
            }
            Error::IntegerOutOfBounds => (
                pos,
                "this number is out of range: write a whole number from 0 to 4294967295"
                    .to_owned(),
            ),
            Error::ExpectedIdentifier => self.expected_name(),
            Error::ExpectedMapColon => match (here, self.before()) {
                (Some(t), _) if t.tok == Tok::Punct('=') => {
                    (pos, "write `:` here instead of `=`".to_owned())
                }
                (_, Some(name)) => (
                    name.end,
                    format!(
                        "add a `:` after {} on line {}",
                        self.quote(name),
                        name.end.line
                    ),
                ),
                _ => (pos, "a `:` is missing here".to_owned()),
            },
            Error::ExpectedArray => (
                pos,
                "a list in square brackets is needed here, like `[\"first\", \"second\"]`"
                    .to_owned(),
            ),
            Error::ExpectedMap => {
                let message = match here.map(|t| &t.tok) {
                    Some(Tok::Punct('[')) => {
                        "use curly brackets `{ }` here, not square ones: `nodes: { \"id\": Step(...), }`"
                    }
                    _ => "curly brackets are needed here: `nodes: { \"id\": Step(...), }`",
                };
                (pos, message.to_owned())
            }
            Error::ExpectedStructLike => {
                let message = match here.map(|t| &t.tok) {
                    Some(Tok::Punct('[')) => "use round brackets `( )` here, not square ones",
                    _ => "round brackets are needed here, like `(1, 2)`",
                };
                (pos, message.to_owned())
            }
            Error::ExpectedNamedStructLike(name) if self.at == 0 || here.is_none() => {
                let start = if name.is_empty() { "(" } else { name };
                let what = if self.text.trim().is_empty() {
                    "the file is empty"
                } else if self.tokens.is_empty() {
                    "the file holds nothing but comments"
                } else {
                    "the file does not start as it should"
                };
                (
                    pos,
                    format!("{what}: this file must start with `{start}(`"),
                )
            }
            Error::ExpectedNamedStructLike(name) => (
                pos,
                format!("write `{name}(...)` here, with its fields inside the round brackets"),
            ),
            Error::ExpectedDifferentStructName { expected, found } => {
                let only = if *found == "Pack" {
                    " (only data/pack.ron starts with `Pack(`)"
                } else {
                    ""
                };
                (
                    pos,
                    format!("this file must start with `{expected}(`, not `{found}(`{only}"),
                )
            }
            Error::ExpectedStructLikeEnd
            | Error::ExpectedArrayEnd
            | Error::ExpectedMapEnd
            | Error::ExpectedOptionEnd => {
                let close = match code {
                    Error::ExpectedArrayEnd => ']',
                    Error::ExpectedMapEnd => '}',
                    _ => ')',
                };
                let found = here.map_or_else(|| "the end".to_owned(), |t| self.quote(t));
                (
                    pos,
                    format!(
                        "a closing `{close}` is expected here, not {found}: remove the extra value or text, or add the `{close}`"
                    ),
                )
            }
            Error::ExpectedDifferentLength { expected, found } => {
                let wanted = expected
                    .rsplit(' ')
                    .next()
                    .and_then(|n| n.parse::<usize>().ok());
                let message = match wanted {
                    Some(n) => format!("write {n} values here, not {found}"),
                    None => format!("{} values are written here, which is not right", found),
                };
                (pos, message)
            }
            Error::Eof => (
                pos,
                "the file ends too early: something is missing at its end".to_owned(),
            ),
            Error::TrailingCharacters => (
                pos,
                "there is more after the file's last closing bracket: remove it, or move it inside"
                    .to_owned(),
            ),
            Error::ExceededRecursionLimit => (
                pos,
                "brackets are nested too deeply here (more than 128 inside each other)".to_owned(),
            ),
            Error::InvalidEscape(_) => (
                pos,
                "a backslash `\\` in a text starts a special character such as `\\n` (a new line) or `\\\"` (a quote); to write a backslash itself, write `\\\\`".to_owned(),
            ),
            Error::UnexpectedChar(c) => (pos, format!("`{c}` is not expected here")),
            Error::SuggestRawIdentifier(found) | Error::InvalidIdentifier(found) => {
                let node = matches!(self.before().map(|t| &t.tok), Some(Tok::Punct(':')))
                    && matches!(
                        self.at.checked_sub(2).and_then(|i| self.tokens.get(i)).map(|t| &t.tok),
                        Some(Tok::Str(_))
                    );
                let message = if node {
                    format!(
                        "`{found}` cannot be written here: a node is `Step(...)`, `Question(...)` or `Outcome(...)`"
                    )
                } else {
                    format!("`{found}` cannot be written here")
                };
                (pos, message)
            }
            Error::NoSuchExtension(name) => (
                pos,
                format!("`{name}` cannot be turned on in a pack: remove the `#![enable(...)]` line"),
            ),
            other => (pos, plain(other)),
        }
    }

    /// A field with no value (`title:,` or `title:` and the next field on
    /// the line after): ron expected a value and met a comma, a closing
    /// bracket or the next field's name.
    fn missing_value(&self, code: &Error) -> Option<(Pos, String)> {
        let wants_value = matches!(
            code,
            Error::ExpectedString
                | Error::ExpectedFloat
                | Error::ExpectedInteger
                | Error::ExpectedArray
                | Error::ExpectedMap
                | Error::ExpectedStructLike
                | Error::ExpectedNamedStructLike(_)
                | Error::ExpectedIdentifier
                | Error::ExpectedOption
        );
        let colon = self.before()?;
        let name = self.at.checked_sub(2).and_then(|i| self.tokens.get(i))?;
        let here = self.here()?;
        let next_field = matches!(here.tok, Tok::Ident(_) | Tok::Str(_))
            && self.after().map(|t| &t.tok) == Some(&Tok::Punct(':'));
        let nothing = matches!(here.tok, Tok::Punct(',' | ')' | ']' | '}'));
        if !wants_value || colon.tok != Tok::Punct(':') || !(next_field || nothing) {
            return None;
        }
        let written = snippet(self.text, name);
        let field = match &name.tok {
            Tok::Ident(field) => field.as_str(),
            _ => "",
        };
        Some((
            colon.end,
            format!(
                "the value after `{written}:` is missing: write `{written}: {}`",
                example_value(field, None)
            ),
        ))
    }

    /// ron expected a comma before the token it stopped at.
    fn missing_comma(&self) -> (Pos, String) {
        let pos = self.pos();
        let (Some(before), Some(here)) = (self.before(), self.here()) else {
            return (pos, "a comma is missing here".to_owned());
        };
        if here.tok == Tok::Punct(';') {
            return (pos, "write a comma here instead of `;`".to_owned());
        }
        if here.pos < self.ron_pos {
            // ron stopped inside a number: `1.5` where a whole number goes.
            if let Tok::Other(number) = &here.tok
                && number.contains('.')
            {
                return (
                    here.pos,
                    "a whole number is needed here, without a decimal point".to_owned(),
                );
            }
        }
        if here.pos.line > before.end.line {
            let rest = self
                .text
                .get(offset(self.text, before.end)..)
                .and_then(|t| t.lines().next())
                .unwrap_or_default()
                .trim_start();
            let comment = if rest.starts_with("//") || rest.starts_with("/*") {
                ", before the comment"
            } else {
                ""
            };
            return (
                before.end,
                format!(
                    "add a comma at the end of line {}{comment}",
                    before.end.line
                ),
            );
        }
        // Words after a text that do not start a field (`name:`) or a
        // record (`Name(`) were probably meant to be part of the text.
        let starts_something = matches!(self.after().map(|t| &t.tok), Some(Tok::Punct(':' | '(')));
        if matches!(before.tok, Tok::Str(_))
            && matches!(here.tok, Tok::Ident(_) | Tok::Other(_))
            && !starts_something
        {
            return (
                here.pos,
                format!(
                    "{} follows the text without a comma: move it inside the quotes, or add a comma before it",
                    self.quote(here)
                ),
            );
        }
        (
            before.end,
            format!(
                "add a comma between {} and {}",
                self.quote(before),
                self.quote(here)
            ),
        )
    }

    /// ron expected a text in quotes.
    fn expected_text(&self) -> String {
        match self.here() {
            Some(t) if t.tok == Tok::Punct('\'') || self.starts_with(t, '\'') => {
                "use straight double quotes `\"` around a text here, not single quotes `'`"
                    .to_owned()
            }
            Some(t) if t.tok == Tok::Punct('[') => {
                "one text in straight double quotes is needed here, not a list".to_owned()
            }
            Some(
                t @ Token {
                    tok: Tok::Ident(_) | Tok::Other(_),
                    ..
                },
            ) => {
                // Show the words up to the next comma or bracket on that line.
                let start = offset(self.text, t.pos);
                let rest = self.text.get(start..).unwrap_or_default();
                let end = rest
                    .find([',', ':', '\n', '(', ')', '[', ']', '{', '}'])
                    .unwrap_or(rest.len());
                let words = rest[..end].trim_end();
                let words: String = words.chars().take(40).collect();
                format!("put the text in straight double quotes: \"{words}\"")
            }
            _ => "a text in straight double quotes is needed here, \"like this\"".to_owned(),
        }
    }

    /// ron expected a name: a field name, or the name before `(`.
    fn expected_name(&self) -> (Pos, String) {
        let pos = self.pos();
        let Some(here) = self.here() else {
            return (
                pos,
                "the file ends too early: something is missing at its end".to_owned(),
            );
        };
        let message = match (&here.tok, self.before().map(|t| &t.tok)) {
            (Tok::Punct(','), Some(Tok::Punct(','))) => {
                "there are two commas in a row here: remove one".to_owned()
            }
            (Tok::Punct('#'), _) => {
                "`#` does not start a comment here: write `//` instead".to_owned()
            }
            (Tok::Str(name), _) if self.after().map(|t| &t.tok) == Some(&Tok::Punct(':')) => {
                format!("write the field name without quotes: `{name}:`")
            }
            (Tok::Str(name), Some(Tok::Punct(':'))) => {
                format!("write `{name}` without quotes here")
            }
            (Tok::Str(_), _) => format!(
                "the field name is missing before {}: write it as `name: {}`",
                self.quote(here),
                snippet(self.text, here)
            ),
            (Tok::Punct('('), Some(Tok::Punct(':'))) => {
                "a name is missing before `(`: for a node, write `Step(`, `Question(` or `Outcome(`"
                    .to_owned()
            }
            (Tok::Punct(c @ ('(' | '[' | '{')), Some(Tok::Punct('(' | ','))) => {
                let close = brackets::closing(*c).unwrap_or(')');
                format!("the field name is missing before `{c}`: write it as `name: {c}...{close}`")
            }
            _ => format!(
                "a field name (such as `title`) is expected here, not {}",
                self.quote(here)
            ),
        };
        (pos, message)
    }

    /// The opening bracket around ron's position (when ron stopped at a
    /// closing bracket, the one it closes): its position and how it is written.
    fn enclosing_opener(&self) -> (Pos, String) {
        let mut stack: Vec<usize> = Vec::new();
        for (i, token) in self.tokens.iter().enumerate().take(self.at) {
            let Tok::Punct(c) = token.tok else { continue };
            if brackets::closing(c).is_some() {
                stack.push(i);
            } else if brackets::opening(c).is_some() {
                stack.pop();
            }
        }
        match stack.last() {
            Some(&open) => (
                opener_start(self.tokens, open),
                opener_label(self.text, self.tokens, open),
            ),
            None => (self.pos(), "(".to_owned()),
        }
    }

    /// True when the text at a token starts with `c`.
    fn starts_with(&self, token: &Token, c: char) -> bool {
        self.text
            .get(offset(self.text, token.pos)..)
            .is_some_and(|t| t.starts_with(c))
    }
}

/// True for a line that reads like RON rather than prose: `field:`, a
/// closing bracket, or `"key":`.
fn looks_like_ron(line: &str) -> bool {
    let line = line.trim();
    let field = line.split_once(':').is_some_and(|(name, _)| {
        let name = name.trim().trim_matches('"');
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    });
    field || line.starts_with([')', ']', '}'])
}

/// A byte offset as a position.
fn pos_of(text: &str, offset: usize) -> Pos {
    let before = text.get(..offset).unwrap_or(text);
    let line = 1 + before.matches('\n').count();
    let col = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    Pos { line, col }
}

/// The closest name to a misspelt one, if it is close enough to be a typo.
fn nearest<'a>(found: &str, names: &[&'a str]) -> Option<&'a str> {
    let found_lower = found.to_lowercase();
    names
        .iter()
        .map(|name| {
            let distance = strsim::damerau_levenshtein(&found_lower, &name.to_lowercase());
            (distance, *name)
        })
        .filter(|(distance, name)| {
            let limit = 2.max(name.chars().count() / 3);
            *distance <= limit
                && *distance < name.chars().count()
                && *distance < found.chars().count()
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

/// `title`, `text` and `next` as one phrase.
fn list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// How an author knows the record ron names: `Step` as written, the
/// unnamed ones (`(label: ..., to: ...)`) by what they are.
fn owner_name(outer: Option<&str>) -> String {
    match (record_word(outer), outer) {
        (Some((_, described)), _) => format!("a {described}"),
        (None, Some(name)) => format!("`{name}`"),
        (None, None) => "this record".to_owned(),
    }
}

/// The word for a record written without a name in front of its `(`,
/// alone and with its shape.
fn record_word(outer: Option<&str>) -> Option<(&'static str, &'static str)> {
    match outer? {
        "Scenario" => Some(("scenario", "scenario")),
        "Choice" => Some(("choice", "choice `(label: ..., to: ...)`")),
        "Link" => Some(("link", "link `(label: ..., url: ...)`")),
        "Synonym" => Some(("synonym", "synonym `(words: [...], means: ...)`")),
        _ => None,
    }
}

/// What the names of an enum are, for "`Stpe` is not a kind of node".
fn variant_kind(outer: Option<&str>) -> &'static str {
    match outer {
        Some("Node") => "a kind of node",
        Some("Mark") => "a kind of mark",
        Some("OutcomeKind") => "an outcome kind",
        Some("Icon") => "an icon",
        _ => "a name that can be written here",
    }
}

/// An example value for a missing field, so the author sees its shape.
fn example_value(field: &str, outer: Option<&str>) -> &'static str {
    match (field, outer) {
        ("kind", _) => "Solved",
        ("rect", _) => "(x, y, width, height)",
        ("from" | "to" | "at", Some("Arrow" | "Callout")) => "(x, y)",
        ("n", _) => "1",
        ("options" | "scenarios" | "words", _) => "[...]",
        ("nodes", _) => "{...}",
        _ => "\"...\"",
    }
}

/// ron's own words, as a sentence, for the errors a pack rarely meets.
fn plain(code: &Error) -> String {
    let text = code.to_string();
    let text = text.trim_end_matches('.');
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "this cannot be read here".to_owned(),
    }
}
