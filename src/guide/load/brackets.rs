//! Finds the bracket a hand-written RON file forgot to close (or closed
//! once too often), so that a missing `)` is reported where it belongs and
//! not as "unexpected field" three lines later.
//!
//! Only runs when a file failed to parse. The tokens come from the position
//! scanner (`locate.rs`), which already knows strings, raw strings, chars
//! and comments, so brackets inside them are not counted.
//!
//! Plain matching finds where the brackets stop adding up, but not always
//! which bracket is at fault: with `Shot(` left open, the step's `)` closes
//! the shot and the mismatch only shows at the end of the nodes. So the
//! indentation is read as well: a line indented less than the lines inside
//! an open bracket is a sign that bracket should have been closed before
//! it. Every guess (close a bracket here, remove this one, swap it) is
//! tried on the whole file, and the guess that makes the rest of the file
//! add up, or carries it furthest, wins.

use crate::guide::locate::Pos;
use crate::guide::tokens::{Tok, Token};

/// What to do about the brackets, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BracketFix {
    /// Where the fix goes: after the last thing before a missing closing
    /// bracket, or on the bracket to remove or change.
    pub pos: Pos,
    /// The sentence for the author.
    pub message: String,
}

/// One way to make the brackets add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edit {
    /// Close the bracket opened at token `open` just before token `before`
    /// (`before` may be the token count: at the end of the file).
    Close { open: usize, before: usize },
    /// Remove the closing bracket at this token.
    Remove(usize),
    /// Write the closing bracket of the opening one at `open` instead of
    /// the closing bracket at `at`.
    Swap { at: usize, open: usize },
}

/// An open bracket while scanning.
#[derive(Clone, Copy, Debug)]
struct Open {
    /// Its token.
    at: usize,
    /// The indentation of the line it is on.
    line_indent: usize,
    /// The indentation of the first line inside it, when deeper than
    /// `line_indent`; `None` until known, `Some(None)` when it gives no hint.
    inner: Option<Option<usize>>,
}

/// How many indentation hints are tried at most.
const MAX_HINTS: usize = 8;

/// Finds the bracket problem of a file, if its brackets do not add up.
pub fn diagnose(text: &str, tokens: &[Token]) -> Option<BracketFix> {
    let indents = line_indents(text);
    let indent = |line: usize| indents.get(line.saturating_sub(1)).copied().unwrap_or(0);
    let mut stack: Vec<Open> = Vec::new();
    let mut edits: Vec<Edit> = Vec::new();
    let mut previous_line = 0;
    for (i, token) in tokens.iter().enumerate() {
        let bracket = punct(token);
        let starts_line = token.pos.line > previous_line;
        previous_line = token.end.line;
        let closes = bracket.and_then(opening).is_some();
        if starts_line && edits.len() < MAX_HINTS {
            let here = indent(token.pos.line);
            if let Some(top) = stack.last_mut() {
                if top.inner.is_none() && token.pos.line > tokens[top.at].pos.line {
                    let deeper = here > top.line_indent && !closes;
                    top.inner = Some(deeper.then_some(here));
                }
                // A closing bracket less indented than the line that opened
                // the top one belongs to an outer bracket; so does a line
                // less indented than the lines inside the top one.
                let outdented_close = closes && here < top.line_indent;
                let leaves_inside = match top.inner {
                    Some(Some(inner)) => here < inner && !closes,
                    _ => false,
                };
                let edit = Edit::Close {
                    open: top.at,
                    before: i,
                };
                if (outdented_close || leaves_inside) && !edits.contains(&edit) {
                    edits.push(edit);
                    // One hint per open bracket.
                    top.inner = Some(None);
                }
            }
        }
        let Some(c) = bracket else {
            continue;
        };
        if let Some(open) = opening(c) {
            match stack.last() {
                Some(top) if punct(&tokens[top.at]) == Some(open) => {
                    stack.pop();
                }
                Some(top) => {
                    edits.push(Edit::Close {
                        open: top.at,
                        before: i,
                    });
                    edits.push(Edit::Remove(i));
                    edits.push(Edit::Swap {
                        at: i,
                        open: top.at,
                    });
                    return choose(text, tokens, &edits);
                }
                None => {
                    edits.push(Edit::Remove(i));
                    return choose(text, tokens, &edits);
                }
            }
        } else {
            stack.push(Open {
                at: i,
                line_indent: indent(token.pos.line),
                inner: None,
            });
        }
    }
    let top = stack.last()?;
    edits.push(Edit::Close {
        open: top.at,
        before: tokens.len(),
    });
    choose(text, tokens, &edits)
}

/// Tries every edit on the whole file and describes the best one: the
/// first that makes the brackets add up, or else the one that gets
/// furthest before they stop adding up.
fn choose(text: &str, tokens: &[Token], edits: &[Edit]) -> Option<BracketFix> {
    let mut best: Option<(usize, Edit)> = None;
    for &edit in edits {
        let reach = first_failure(tokens, Some(edit));
        if best.is_none_or(|(best_reach, _)| reach > best_reach) {
            best = Some((reach, edit));
        }
    }
    best.map(|(_, edit)| describe(text, tokens, edit))
}

/// The token where the brackets stop adding up with `edit` applied: the
/// token count for "at the end of the file", `usize::MAX` if they add up.
fn first_failure(tokens: &[Token], edit: Option<Edit>) -> usize {
    let mut stack: Vec<char> = Vec::new();
    let close = |c: char, stack: &mut Vec<char>| match stack.last() {
        Some(&open) if closing(open) == Some(c) => {
            stack.pop();
            true
        }
        _ => false,
    };
    for i in 0..=tokens.len() {
        if let Some(Edit::Close { open, before }) = edit
            && before == i
        {
            let c = tokens
                .get(open)
                .and_then(punct)
                .and_then(closing)
                .unwrap_or(')');
            if !close(c, &mut stack) {
                return i;
            }
        }
        let Some(token) = tokens.get(i) else {
            break;
        };
        let Some(mut c) = punct(token) else {
            continue;
        };
        match edit {
            Some(Edit::Remove(at)) if at == i => continue,
            Some(Edit::Swap { at, open }) if at == i => {
                c = tokens
                    .get(open)
                    .and_then(punct)
                    .and_then(closing)
                    .unwrap_or(c);
            }
            _ => {}
        }
        if closing(c).is_some() {
            stack.push(c);
        } else if opening(c).is_some() && !close(c, &mut stack) {
            return i;
        }
    }
    if stack.is_empty() {
        usize::MAX
    } else {
        tokens.len()
    }
}

/// The sentence for an edit.
fn describe(text: &str, tokens: &[Token], edit: Edit) -> BracketFix {
    match edit {
        Edit::Close { open, before } => {
            let opener = &tokens[open];
            let close = punct(opener).and_then(closing).unwrap_or(')');
            let label = opener_label(text, tokens, open);
            let line = opener.pos.line;
            let Some(next) = tokens.get(before) else {
                let last = tokens.last().map_or(opener.end, |t| t.end);
                return BracketFix {
                    pos: last,
                    message: format!(
                        "`{label}` opened on line {line} is never closed: add `{close}` at the end of the file"
                    ),
                };
            };
            // `before` is after `open`, so there is a token before it.
            let after = tokens.get(before.wrapping_sub(1)).unwrap_or(opener);
            let comma = match next.tok {
                Tok::Punct(c) if c == ',' || opening(c).is_some() => "",
                _ => ",",
            };
            let place = if next.pos.line > after.end.line {
                format!("at the end of line {}", after.end.line)
            } else {
                format!("before `{}` on line {}", snippet(text, next), next.pos.line)
            };
            BracketFix {
                pos: after.end,
                message: format!(
                    "`{label}` opened on line {line} is never closed: add `{close}{comma}` {place}"
                ),
            }
        }
        Edit::Remove(at) => {
            let c = punct(&tokens[at]).unwrap_or(')');
            BracketFix {
                pos: tokens[at].pos,
                message: format!("this `{c}` has no opening bracket to close: remove it"),
            }
        }
        Edit::Swap { at, open } => {
            let c = punct(&tokens[at]).unwrap_or(')');
            let right = punct(&tokens[open]).and_then(closing).unwrap_or(')');
            BracketFix {
                pos: tokens[at].pos,
                message: format!(
                    "this `{c}` should be `{right}`, to close `{}` opened on line {}",
                    opener_label(text, tokens, open),
                    tokens[open].pos.line
                ),
            }
        }
    }
}

/// How an author would point at an opening bracket: `Shot(`,
/// `marks: [`, `"first": {` or just `(`.
pub fn opener_label(text: &str, tokens: &[Token], open: usize) -> String {
    let bracket = punct(&tokens[open]).unwrap_or('(');
    let before = open.checked_sub(1).and_then(|i| tokens.get(i));
    match before {
        Some(
            name @ Token {
                tok: Tok::Ident(_), ..
            },
        ) if name.end == tokens[open].pos => format!("{}{bracket}", snippet(text, name)),
        Some(Token {
            tok: Tok::Punct(':'),
            ..
        }) => match open.checked_sub(2).and_then(|i| tokens.get(i)) {
            Some(
                key @ Token {
                    tok: Tok::Ident(_) | Tok::Str(_),
                    ..
                },
            ) => format!("{}: {bracket}", snippet(text, key)),
            _ => bracket.to_string(),
        },
        _ => bracket.to_string(),
    }
}

/// Where the label of [`opener_label`] starts: at the name or key before
/// the bracket, if it has one.
pub fn opener_start(tokens: &[Token], open: usize) -> Pos {
    let bracket = &tokens[open];
    let before = |n: usize| open.checked_sub(n).and_then(|i| tokens.get(i));
    match (before(1), before(2)) {
        (Some(name), _) if matches!(name.tok, Tok::Ident(_)) && name.end == bracket.pos => name.pos,
        (Some(colon), Some(key))
            if colon.tok == Tok::Punct(':') && matches!(key.tok, Tok::Ident(_) | Tok::Str(_)) =>
        {
            key.pos
        }
        _ => bracket.pos,
    }
}

/// The text of a token as written, shortened if long.
pub fn snippet(text: &str, token: &Token) -> String {
    let start = offset(text, token.pos);
    let end = offset(text, token.end).max(start);
    let written = text.get(start..end).unwrap_or_default();
    let first_line = written.lines().next().unwrap_or_default();
    if first_line.chars().count() > 40 || first_line.len() < written.len() {
        let short: String = first_line.chars().take(37).collect();
        format!("{short}...")
    } else {
        first_line.to_owned()
    }
}

/// The byte offset of a position in `text` (the end of the text if past it).
pub fn offset(text: &str, pos: Pos) -> usize {
    let mut line_start = 0;
    for _ in 1..pos.line {
        match text[line_start..].find('\n') {
            Some(newline) => line_start += newline + 1,
            None => return text.len(),
        }
    }
    text[line_start..]
        .char_indices()
        .nth(pos.col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

/// The indentation of every line, a tab counting as four spaces.
fn line_indents(text: &str) -> Vec<usize> {
    text.split('\n')
        .map(|line| {
            line.chars()
                .take_while(|c| c.is_whitespace())
                .map(|c| if c == '\t' { 4 } else { 1 })
                .sum()
        })
        .collect()
}

/// The bracket a token is, if it is one.
fn punct(token: &Token) -> Option<char> {
    match token.tok {
        Tok::Punct(c) if matches!(c, '(' | '[' | '{' | ')' | ']' | '}') => Some(c),
        _ => None,
    }
}

/// The closing bracket of an opening one.
pub fn closing(open: char) -> Option<char> {
    match open {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        _ => None,
    }
}

/// The opening bracket of a closing one.
pub fn opening(close: char) -> Option<char> {
    match close {
        ')' => Some('('),
        ']' => Some('['),
        '}' => Some('{'),
        _ => None,
    }
}
