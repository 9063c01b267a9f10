//! Problems found in a pack: what the loader and the validator report.

use std::fmt;

use serde::Serialize;
use strum::EnumIter;

use crate::guide::locate::Pos;

/// How bad a problem is. Errors make `stepwise check` fail; warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The pack is wrong: something a user would trip over.
    Error,
    /// The pack works, but something looks unintended.
    Warning,
}

/// Which rule a problem breaks. Each has a stable kebab-case code, used in
/// the JSON output and documented in docs/pack-format.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, EnumIter)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A file could not be read: missing, too large, not UTF-8, unsafe path.
    File,
    /// RON syntax, unknown fields, missing fields, wrong types.
    Syntax,
    /// Two guides, scenarios or nodes share an id.
    DuplicateId,
    /// A reference to a node or guide that does not exist.
    DanglingReference,
    /// A home-screen scenario (or the pack fallback) that points nowhere.
    ScenarioTarget,
    /// A node that no scenario or guide start leads to.
    Unreachable,
    /// A node that is not an Outcome and has no way on.
    DeadEnd,
    /// Nodes that loop among themselves with no path to any Outcome.
    NoWayOut,
    /// An image file that does not exist.
    MissingImage,
    /// An image file that cannot be read as an image.
    UnreadableImage,
    /// An image larger than the app will open.
    ImageTooLarge,
    /// A path that is absolute, uses `..` or leaves the pack through a link.
    UnsafePath,
    /// A mark with a point outside its image.
    MarkOutsideImage,
    /// A text that must say something but is empty.
    EmptyText,
    /// A link that is not `https://`.
    UnsafeLink,
    /// A guide whose id differs from its file name.
    FileName,
    /// A file in `data/` that is not read because it does not end in `.ron`.
    StrayFile,
    /// An Outcome where "No, it didn't solve it" would lead nowhere: no
    /// `not_solved` and no pack `fallback`.
    NoNextMove,
    /// A `verified` date that is not a date (`YYYY-MM-DD`).
    BadDate,
    /// A guide last checked longer ago than the pack's `recheck_after_days`,
    /// or never: its menus may have changed.
    StaleGuide,
    /// A Call whose flow can never reach a Return.
    FlowNeverReturns,
    /// Calls that run each other in a circle (A calls B calls A).
    RecursiveCall,
    /// A jump (not a Call) into a shared flow from outside it.
    JumpIntoFlow,
    /// A Return in a guide that no Call runs.
    ReturnWithoutCall,
    /// A way on from an Outcome that can lead back to the same Outcome:
    /// round the route that just ended.
    OutcomeLoopsBack,
    /// A callout's label that covers a highlighted box of the same picture,
    /// hiding what it points at.
    LabelCoversHighlight,
    /// A declared language has no translation of a text (yet).
    MissingTranslation,
    /// A translation was made from a source text that has since changed,
    /// or from a text the guide no longer has.
    StaleTranslation,
}

impl Rule {
    /// The stable code used in output (`dangling-reference`).
    pub fn code(self) -> &'static str {
        match self {
            Rule::File => "file",
            Rule::Syntax => "syntax",
            Rule::DuplicateId => "duplicate-id",
            Rule::DanglingReference => "dangling-reference",
            Rule::ScenarioTarget => "scenario-target",
            Rule::Unreachable => "unreachable",
            Rule::DeadEnd => "dead-end",
            Rule::NoWayOut => "no-way-out",
            Rule::MissingImage => "missing-image",
            Rule::UnreadableImage => "unreadable-image",
            Rule::ImageTooLarge => "image-too-large",
            Rule::UnsafePath => "unsafe-path",
            Rule::MarkOutsideImage => "mark-outside-image",
            Rule::EmptyText => "empty-text",
            Rule::UnsafeLink => "unsafe-link",
            Rule::FileName => "file-name",
            Rule::StrayFile => "stray-file",
            Rule::NoNextMove => "no-next-move",
            Rule::BadDate => "bad-date",
            Rule::StaleGuide => "stale-guide",
            Rule::FlowNeverReturns => "flow-never-returns",
            Rule::RecursiveCall => "recursive-call",
            Rule::JumpIntoFlow => "jump-into-flow",
            Rule::ReturnWithoutCall => "return-without-call",
            Rule::OutcomeLoopsBack => "outcome-loops-back",
            Rule::LabelCoversHighlight => "label-covers-highlight",
            Rule::MissingTranslation => "missing-translation",
            Rule::StaleTranslation => "stale-translation",
        }
    }
}

/// One problem, anchored to a file of the pack and a position in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The rule it breaks.
    #[serde(serialize_with = "serialize_rule")]
    pub rule: Rule,
    /// The file, relative to the pack folder, with `/` separators.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, in a sentence a guide author can act on.
    pub message: String,
}

fn serialize_rule<S: serde::Serializer>(rule: &Rule, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.code())
}

impl Problem {
    /// An error at a position.
    pub fn error(rule: Rule, file: &str, pos: Pos, message: impl Into<String>) -> Problem {
        Problem::new(Severity::Error, rule, file, pos, message)
    }

    /// A warning at a position.
    pub fn warning(rule: Rule, file: &str, pos: Pos, message: impl Into<String>) -> Problem {
        Problem::new(Severity::Warning, rule, file, pos, message)
    }

    fn new(
        severity: Severity,
        rule: Rule,
        file: &str,
        pos: Pos,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            severity,
            rule,
            file: file.to_owned(),
            line: pos.line,
            column: pos.col,
            message: message.into(),
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The position as a [`Pos`].
    pub fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.column,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {severity}: {} [{}]",
            self.file,
            self.line,
            self.column,
            self.message,
            self.rule.code()
        )
    }
}

/// Sorts problems by file, then position, then severity, and drops exact repeats.
pub fn sort_problems(problems: &mut Vec<Problem>) {
    problems.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
    });
    problems.dedup();
}
