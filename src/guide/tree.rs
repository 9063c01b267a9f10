//! RON text as a tree of spans: where each struct, field, list, map entry
//! and value starts and ends, as byte offsets and as lines and columns.
//! Serde throws positions away; this keeps them. Two readers share it:
//! `locate.rs` finds where a value a problem is about was written, and
//! `edit.rs` replaces one value's span and keeps every other byte.

use crate::guide::tokens::{Pos, Tok, Token, tokenize};

/// Deeper than this, the text is refused (ron refuses it too).
const MAX_DEPTH: usize = 128;

/// A byte range of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// Just after the last byte.
    pub end: usize,
}

/// One value and where it is.
#[derive(Clone, Debug)]
pub struct Value {
    /// Its bytes.
    pub span: Span,
    /// Its first character's line and column.
    pub pos: Pos,
    /// What kind of value it is, with what is inside.
    pub shape: Shape,
}

/// What a value is.
#[derive(Clone, Debug)]
pub enum Shape {
    /// `Name(...)` or `(...)`: fields by name and positional items.
    Parens {
        /// The name before the bracket, if any.
        name: Option<String>,
        /// Where the closing bracket is.
        close: usize,
        /// `name: value` fields.
        fields: Vec<Field>,
        /// Positional items.
        items: Vec<Value>,
    },
    /// `[...]`.
    List {
        /// Its items.
        items: Vec<Value>,
    },
    /// `{...}`: entries by key.
    Map {
        /// Where the closing brace is.
        close: usize,
        /// Its entries, keys as names.
        entries: Vec<Field>,
    },
    /// A number, a string, a bare word.
    Atom,
}

/// A struct field (`name: value`) or a map entry (`"key": value`).
#[derive(Clone, Debug)]
pub struct Field {
    /// The field's name, or the key's text.
    pub name: String,
    /// Where the name (or key) starts, in bytes.
    pub key: usize,
    /// And as a line and column.
    pub key_pos: Pos,
    /// Its value.
    pub value: Value,
    /// Just after the field's trailing comma, or after its value.
    pub after: usize,
}

/// Why text could not be read as a tree.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(pub String);

/// Reads RON text (after any `#![enable(...)]` lines) into its tree.
pub fn read(text: &str) -> Result<Value, Unreadable> {
    let tokens = tokenize(text);
    let mut reader = Reader {
        end: text.len(),
        tokens: &tokens,
        at: 0,
    };
    reader.skip_attributes();
    reader.value(0)
}

struct Reader<'t> {
    end: usize,
    tokens: &'t [Token],
    at: usize,
}

impl Reader<'_> {
    fn tok(&self, ahead: usize) -> Option<&Tok> {
        self.tokens.get(self.at + ahead).map(|t| &t.tok)
    }

    fn start(&self) -> usize {
        self.tokens.get(self.at).map_or(self.end, |t| t.start)
    }

    fn pos(&self) -> Pos {
        self.tokens.get(self.at).map_or(Pos::START, |t| t.pos)
    }

    fn end_of_previous(&self) -> usize {
        self.at
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map_or(0, |t| t.stop)
    }

    fn punct(&self, c: char) -> bool {
        self.tok(0) == Some(&Tok::Punct(c))
    }

    fn eat(&mut self, c: char) {
        if self.punct(c) {
            self.at += 1;
        }
    }

    fn expect(&mut self, c: char) -> Result<usize, Unreadable> {
        if self.punct(c) {
            let end = self.tokens[self.at].stop;
            self.at += 1;
            Ok(end)
        } else {
            Err(Unreadable(format!(
                "expected `{c}` at line {}",
                self.pos().line
            )))
        }
    }

    /// Skips `#![enable(...)]` headers.
    fn skip_attributes(&mut self) {
        while self.punct('#') {
            while self.at < self.tokens.len() && !self.punct(']') {
                self.at += 1;
            }
            self.at += 1;
        }
    }

    fn not_closed(&self, what: &str) -> Result<(), Unreadable> {
        if self.at >= self.tokens.len() {
            Err(Unreadable(format!("{what} is never closed")))
        } else {
            Ok(())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Unreadable> {
        if depth > MAX_DEPTH {
            return Err(Unreadable("nested too deeply".to_owned()));
        }
        let (start, pos) = (self.start(), self.pos());
        let value = |shape, end| Value {
            span: Span { start, end },
            pos,
            shape,
        };
        match self.tok(0).cloned() {
            Some(Tok::Ident(name)) if self.tok(1) == Some(&Tok::Punct('(')) => {
                self.at += 1;
                self.parens(Some(name), start, pos, depth)
            }
            Some(Tok::Punct('(')) => self.parens(None, start, pos, depth),
            Some(Tok::Punct('[')) => {
                self.at += 1;
                let mut items = Vec::new();
                while !self.punct(']') {
                    self.not_closed("a list")?;
                    items.push(self.value(depth + 1)?);
                    self.eat(',');
                }
                let end = self.expect(']')?;
                Ok(value(Shape::List { items }, end))
            }
            Some(Tok::Punct('{')) => {
                self.at += 1;
                let mut entries = Vec::new();
                while !self.punct('}') {
                    self.not_closed("a map")?;
                    let (key, key_pos) = (self.start(), self.pos());
                    let name = match self.tok(0) {
                        Some(Tok::Str(s) | Tok::Ident(s) | Tok::Other(s)) => s.clone(),
                        _ => String::new(),
                    };
                    // The key itself may be a compound value: read past it.
                    self.value(depth + 1)?;
                    self.expect(':')?;
                    let value = self.value(depth + 1)?;
                    self.eat(',');
                    entries.push(Field {
                        name,
                        key,
                        key_pos,
                        value,
                        after: self.end_of_previous(),
                    });
                }
                let close = self.start();
                let end = self.expect('}')?;
                Ok(value(Shape::Map { close, entries }, end))
            }
            Some(Tok::Punct(c)) => {
                Err(Unreadable(format!("unexpected `{c}` at line {}", pos.line)))
            }
            Some(_) => {
                let end = self.tokens[self.at].stop;
                self.at += 1;
                Ok(value(Shape::Atom, end))
            }
            None => Err(Unreadable("the text ends too soon".to_owned())),
        }
    }

    fn parens(
        &mut self,
        name: Option<String>,
        start: usize,
        pos: Pos,
        depth: usize,
    ) -> Result<Value, Unreadable> {
        self.expect('(')?;
        let (mut fields, mut items) = (Vec::new(), Vec::new());
        while !self.punct(')') {
            self.not_closed("a bracket")?;
            let named =
                matches!(self.tok(0), Some(Tok::Ident(_))) && self.tok(1) == Some(&Tok::Punct(':'));
            if named {
                let (key, key_pos) = (self.start(), self.pos());
                let field_name = match self.tok(0) {
                    Some(Tok::Ident(n)) => n.clone(),
                    _ => String::new(),
                };
                self.at += 2;
                let value = self.value(depth + 1)?;
                self.eat(',');
                fields.push(Field {
                    name: field_name,
                    key,
                    key_pos,
                    value,
                    after: self.end_of_previous(),
                });
            } else {
                items.push(self.value(depth + 1)?);
                self.eat(',');
            }
        }
        let close = self.start();
        let end = self.expect(')')?;
        Ok(Value {
            span: Span { start, end },
            pos,
            shape: Shape::Parens {
                name,
                close,
                fields,
                items,
            },
        })
    }
}

impl Value {
    /// Field `name` of a struct.
    pub fn field(&self, name: &str) -> Option<&Field> {
        match &self.shape {
            Shape::Parens { fields, .. } => fields.iter().find(|f| f.name == name),
            Shape::List { .. } | Shape::Map { .. } | Shape::Atom => None,
        }
    }

    /// The value a named wrapper around exactly one positional item stands
    /// for (`Some(x)`, a newtype variant `Step((..))`): `x`. Any other
    /// value stands for itself.
    pub fn unwrapped(&self) -> &Value {
        match &self.shape {
            Shape::Parens {
                name: Some(_),
                fields,
                items,
                ..
            } if fields.is_empty() && items.len() == 1 => &items[0],
            Shape::Parens { .. } | Shape::List { .. } | Shape::Map { .. } | Shape::Atom => self,
        }
    }

    /// `Some(x)` is `x`: optional values may be written either way.
    pub fn unwrap_some(&self) -> &Value {
        match &self.shape {
            Shape::Parens { name: Some(n), .. } if n == "Some" => self.unwrapped(),
            Shape::Parens { .. } | Shape::List { .. } | Shape::Map { .. } | Shape::Atom => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_positions_of_fields_entries_and_items() {
        let text = "#![enable(implicit_some)]\nG(\n  id: \"g\",\n  m: {\"a\": [1, (2, 3)]},\n)";
        let root = read(text).expect("reads");
        let id = root.field("id").expect("id");
        assert_eq!(&text[id.value.span.start..id.value.span.end], "\"g\"");
        assert_eq!(id.key_pos, Pos { line: 3, col: 3 });
        let Shape::Map { entries, .. } = &root.field("m").expect("m").value.shape else {
            panic!("a map");
        };
        assert_eq!(entries[0].name, "a");
        let Shape::List { items } = &entries[0].value.shape else {
            panic!("a list");
        };
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].pos, Pos { line: 4, col: 16 });
        assert_eq!(&text[items[1].span.start..items[1].span.end], "(2, 3)");
    }

    #[test]
    fn unclosed_or_stray_text_is_refused_not_a_panic() {
        for text in ["", "(", "{{{", "[1, (2, {3:", ")", "G(a: ]"] {
            assert!(read(text).is_err(), "{text:?}");
        }
    }
}
