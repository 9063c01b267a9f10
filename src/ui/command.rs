//! Every action of the window, with its label, keyboard shortcut and
//! tooltip in one place: buttons, key handling and the help overlay are all
//! generated from this enum, so they can never disagree.
//!
//! Screens and widgets push [`Action`]s (a command button pushes its own);
//! the app applies them once, at the end of the frame. Screens import this
//! file, never the app, so the UI has no import circle.

use egui::{Key, KeyboardShortcut, Modifiers};
use strum::{EnumCount, IntoEnumIterator};

use crate::authoring::marks::Tool;

use crate::guide::NodeRef;
use crate::guide::walk::Command;
use strum::EnumIter;

/// What a frame asked for; applied once, after drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command from a button or a key.
    Command(UiCommand),
    /// Start a home-screen scenario.
    OpenScenario(String),
    /// Start where a search result starts.
    OpenHit {
        /// The scenario the result belongs to, if any.
        scenario: Option<String>,
        /// Where to start.
        target: NodeRef,
    },
    /// Go back to the walk in progress.
    Resume,
    /// Open a (checked, https) address in the web browser.
    OpenUrl(String),
    /// Hide the notice.
    DismissNotice,
    /// The pack's files changed (the editor saved): read them again.
    ReloadPack,
    /// Open a file or folder the app itself wrote (an export) with the
    /// desktop's own program.
    OpenLocal(std::path::PathBuf),
    /// Hide the export banner.
    DismissExport,
    /// Move the walk to this node (the map's "Go here"); Back returns to
    /// where the person was.
    GoTo(NodeRef),
    /// Open this node for editing (clicked on the map in authoring mode);
    /// the editor handles it, until then the map just selects the node.
    EditNode(NodeRef),
    /// Show another pack of the shelf.
    ShowPack(crate::ui::shelf::Origin),
    /// Show another pack of the shelf and start where a result starts.
    OpenHitIn {
        /// The pack.
        origin: crate::ui::shelf::Origin,
        /// The scenario the result belongs to, if any.
        scenario: Option<String>,
        /// Where to start.
        target: NodeRef,
    },
    /// Copy the opened `.stepwise` file into the reader's guides.
    AddToLibrary,
    /// Ask whether to remove this added guide (the first click).
    AskRemove(std::path::PathBuf),
    /// Keep it after all.
    KeepPack,
    /// Remove this added guide (confirmed).
    RemoveFromLibrary(std::path::PathBuf),
}

/// The actions of one frame, in the order they were asked for.
pub type Actions = Vec<Action>;

/// A user action. Everything about a command that is not the app's state
/// (its words, its tooltip, its keys, whether the help lists it) is in
/// [`UiCommand::info`], one arm per command; the help overlay and the key
/// handling are built by iterating over the enum ([`UiCommand::each`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter)]
pub enum UiCommand {
    /// "Done, next step".
    Next,
    /// Back to the previous step.
    Back,
    /// "I don't see this".
    Stuck,
    /// Pick answer `n` (0-based) of a question, or way on `n` of an outcome.
    Choose(usize),
    /// Tick or untick check `n` of the current step.
    ToggleCheck(usize),
    /// Begin the steps after the quick answer.
    Begin,
    /// Start the current guide again.
    StartOver,
    /// Open or close the zoom view of the screenshot.
    Zoom,
    /// Open or close the map of the current guide.
    Map,
    /// Back to the home screen.
    Home,
    /// Put the cursor in the search box.
    Search,
    /// Close whatever is open on top (zoom, help), or go home.
    Close,
    /// Switch between light and dark.
    ToggleTheme,
    /// Larger text.
    TextBigger,
    /// Smaller text.
    TextSmaller,
    /// Text back to its normal size.
    TextReset,
    /// The list of shortcuts.
    Help,
    /// The list of problems found in the pack.
    Problems,
    /// What the guides cover and what each was checked against.
    About,
    /// "Yes, it solved it".
    Solved,
    /// "No, it didn't".
    NotSolved,
    /// Save the whole guide as one web page.
    SaveWebPage,
    /// Save the guide as a web page and open it in the browser to print.
    Print,
    /// Save the steps taken so far, with the answers, for a helper.
    SaveMySteps,
    /// Close the window (what was done is saved, as when the window closes).
    Quit,
    /// Authoring: open the mark editor on this step's picture.
    EditMarks,
    /// Mark editor: pick tool `n` (in the order of the editor's toolbar).
    Tool(usize),
    /// Mark editor: take back the last change.
    Undo,
    /// Mark editor: do again what was taken back.
    Redo,
    /// Mark editor: remove the selected mark.
    DeleteMark,
    /// Mark editor: write the marks into the guide file.
    SaveMarks,
}

/// When a command's keys work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Always, even while typing in a text field or with an overlay open.
    Always,
    /// Not while a text field has the keyboard or an overlay is open:
    /// letters, digits, Backspace.
    NotTyping,
    /// As `NotTyping`, and only when no button has the focus (Enter then
    /// presses the focused button instead).
    NoButtonFocused,
}

/// A numbered command's count and the command for each number.
pub type Numbered = (usize, fn(usize) -> UiCommand);

/// Everything about a command that is not the app's state.
#[derive(Clone, Copy, Debug)]
pub struct Info {
    /// The words on its button.
    pub label: &'static str,
    /// A sentence for its tooltip and the help overlay.
    pub tooltip: &'static str,
    /// Its keys, the one shown first. More specific ones (Ctrl+Shift+Z
    /// over Ctrl+Z) are tried first whatever the order here.
    pub keys: &'static [KeyboardShortcut],
    /// When the keys work.
    pub scope: Scope,
    /// Listed in the help overlay.
    pub listed: bool,
    /// The keys as the help overlay writes them, where egui's own words
    /// would not do ("Ctrl + plus", "F1 or ?").
    pub shown: Option<&'static str>,
    /// For a numbered command (answers, tools): how many numbers there
    /// are and the command for each; the digit keys pick them.
    pub numbered: Option<Numbered>,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, key)
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(
        Modifiers {
            alt: false,
            ctrl: false,
            shift: true,
            mac_cmd: false,
            command: true,
        },
        key,
    )
}

/// The digit keys 1-9, for answers and tools.
pub const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// What a command does in the help overlay and its tooltip, without keys.
const fn info(label: &'static str, tooltip: &'static str) -> Info {
    Info {
        label,
        tooltip,
        keys: &[],
        scope: Scope::NotTyping,
        listed: true,
        shown: None,
        numbered: None,
    }
}

impl Info {
    const fn keys(self, keys: &'static [KeyboardShortcut], scope: Scope) -> Info {
        Info {
            keys,
            scope,
            ..self
        }
    }

    const fn shown(self, shown: &'static str) -> Info {
        Info {
            shown: Some(shown),
            ..self
        }
    }

    const fn numbered(self, count: usize, command: fn(usize) -> UiCommand) -> Info {
        Info {
            numbered: Some((count, command)),
            ..self
        }
    }

    const fn unlisted(self) -> Info {
        Info {
            listed: false,
            ..self
        }
    }
}

impl UiCommand {
    /// Its words, tooltip and keys: one arm per command.
    pub fn info(self) -> Info {
        use Scope::{Always, NoButtonFocused, NotTyping};
        match self {
            UiCommand::Next => info("Done, next step", "I did this step: show the next one")
                .keys(const { &[key(Key::Enter)] }, NoButtonFocused),
            UiCommand::Back => {
                info("Back", "Go back to the previous step").keys(const { &[key(Key::Backspace)] }, NotTyping)
            }
            UiCommand::Stuck => info(
                "I don't see this",
                "My screen looks different: show another way",
            )
            .keys(const { &[key(Key::D)] }, NotTyping),
            UiCommand::Choose(_) => info("Choose an answer", "Pick the answer with that number")
                .numbered(DIGITS.len(), UiCommand::Choose),
            UiCommand::ToggleCheck(_) => info("Tick a check", "Tick what you can see").unlisted(),
            UiCommand::Begin => info(
                "Walk me through it",
                "Show the steps one at a time, with pictures",
            )
            .keys(const { &[key(Key::Enter)] }, NoButtonFocused),
            UiCommand::StartOver => info("Start over", "Go back to the first step of this guide")
                .keys(const { &[key(Key::R)] }, NotTyping),
            UiCommand::Zoom => info(
                "Zoom the picture",
                "See the picture larger; drag to move, scroll to zoom",
            )
            .keys(const { &[key(Key::Z)] }, NotTyping),
            UiCommand::Map => info(
                "Map",
                "See the whole guide at once: where you are, what is left, every other way",
            )
            .keys(const { &[key(Key::M)] }, NotTyping),
            UiCommand::Home => {
                info("Home", "Back to the list of guides").keys(const { &[key(Key::H)] }, NotTyping)
            }
            UiCommand::Search => {
                info("Search", "Search the guides").keys(const { &[ctrl(Key::F)] }, Always)
            }
            UiCommand::Close => info(
                "Close",
                "Close what is open on top (zoom, help, the map), or go home",
            )
            .keys(const { &[key(Key::Escape)] }, Always),
            UiCommand::ToggleTheme => info("Light or dark", "Switch between a light and a dark window")
                .keys(const { &[ctrl(Key::T)] }, Always),
            UiCommand::TextBigger => info("Larger text", "Make all text larger")
                .keys(const { &[ctrl(Key::Plus), ctrl(Key::Equals)] }, Always)
                .shown("Ctrl + plus"),
            UiCommand::TextSmaller => info("Smaller text", "Make all text smaller")
                .keys(const { &[ctrl(Key::Minus)] }, Always)
                .shown("Ctrl + minus"),
            UiCommand::TextReset => info("Normal text size", "Put the text back to its normal size")
                .keys(const { &[ctrl(Key::Num0)] }, Always),
            UiCommand::Help => info("Help", "Show every keyboard shortcut")
                .keys(const { &[key(Key::F1), key(Key::Questionmark), shift(Key::Questionmark)] },
                    Always,
                )
                .shown("F1 or ?"),
            UiCommand::Problems => info(
                "Problems in this pack",
                "What is wrong with the guides of this pack",
            )
            .keys(const { &[ctrl(Key::P)] }, Always),
            UiCommand::About => info(
                "About these guides",
                "What the guides cover, and what each was checked against and when",
            )
            .keys(const { &[key(Key::F2)] }, Always),
            UiCommand::Solved => info("Yes, it's solved", "Mark this guide as done and go home")
                .keys(const { &[key(Key::Y)] }, NotTyping),
            UiCommand::NotSolved => info("No, it isn't", "Try the next suggestion")
                .keys(const { &[key(Key::N)] }, NotTyping),
            UiCommand::SaveWebPage => info(
                "Save as web page",
                "Save the whole guide, every branch with its pictures, as one web page to keep or send",
            )
            .keys(const { &[ctrl(Key::S)] }, Always),
            UiCommand::Print => info(
                "Print",
                "Open the whole guide in your web browser, ready to print",
            )
            .keys(const { &[ctrl_shift(Key::P)] }, Always),
            UiCommand::SaveMySteps => info(
                "Save my steps",
                "Save the steps you took and your answers as a page for someone who can help",
            )
            .keys(const { &[ctrl_shift(Key::S)] }, Always),
            UiCommand::Quit => info("Quit", "Close Stepwise; your place is kept for next time")
                .keys(const { &[ctrl(Key::Q)] }, Always),
            UiCommand::EditMarks => info(
                "Edit marks",
                "Draw the marks on this step's picture (stepwise edit)",
            )
            .keys(const { &[key(Key::E)] }, NotTyping),
            UiCommand::Tool(_) => info(
                "Choose a tool",
                "In the mark editor: the tool with that number on the toolbar",
            )
            .numbered(Tool::COUNT, UiCommand::Tool),
            UiCommand::Undo => info("Undo", "In the mark editor: take back the last change")
                .keys(const { &[ctrl(Key::Z)] }, NotTyping),
            UiCommand::Redo => info("Redo", "In the mark editor: do again what was taken back")
                .keys(const { &[ctrl_shift(Key::Z), ctrl(Key::Y)] }, NotTyping),
            UiCommand::DeleteMark => info("Delete", "In the mark editor: remove the selected mark")
                .keys(const { &[key(Key::Delete)] }, NotTyping),
            UiCommand::SaveMarks => info(
                "Save",
                "In the mark editor: write the marks into the guide file",
            )
            .keys(const { &[ctrl(Key::S)] }, Always),
        }
    }

    /// Every command once, parameterised ones (answers, checks, tools) once
    /// each with number 0: what the help overlay lists.
    pub fn each() -> impl Iterator<Item = UiCommand> {
        UiCommand::iter()
    }

    /// The words on the button.
    pub fn label(self) -> &'static str {
        self.info().label
    }

    /// A sentence for the tooltip.
    pub fn tooltip(self) -> &'static str {
        self.info().tooltip
    }

    /// The walker command this UI command stands for, if it moves the walk.
    pub fn walker(self) -> Option<Command> {
        match self {
            UiCommand::Next => Some(Command::Next),
            UiCommand::Back => Some(Command::Back),
            UiCommand::Stuck => Some(Command::Stuck),
            UiCommand::Choose(n) => Some(Command::Choose(n)),
            UiCommand::ToggleCheck(n) => Some(Command::ToggleCheck(n)),
            UiCommand::NotSolved => Some(Command::NotSolved),
            UiCommand::StartOver => Some(Command::Restart),
            UiCommand::Begin
            | UiCommand::Zoom
            | UiCommand::Map
            | UiCommand::Home
            | UiCommand::Search
            | UiCommand::Close
            | UiCommand::ToggleTheme
            | UiCommand::TextBigger
            | UiCommand::TextSmaller
            | UiCommand::TextReset
            | UiCommand::Help
            | UiCommand::Problems
            | UiCommand::About
            | UiCommand::Solved
            | UiCommand::SaveWebPage
            | UiCommand::Print
            | UiCommand::SaveMySteps
            | UiCommand::Quit
            | UiCommand::EditMarks
            | UiCommand::Tool(_)
            | UiCommand::Undo
            | UiCommand::Redo
            | UiCommand::DeleteMark
            | UiCommand::SaveMarks => None,
        }
    }

    /// Every key of every command, numbered commands once per number (the
    /// digits for answers, and for as many tools as the editor has), as
    /// `(shortcut, command, scope)`: what key handling goes through.
    pub fn all_keys() -> Vec<(KeyboardShortcut, UiCommand, Scope)> {
        let mut keys = Vec::new();
        for command in UiCommand::iter() {
            let info = command.info();
            if let Some((count, numbered)) = info.numbered {
                for (n, digit) in DIGITS.iter().enumerate().take(count) {
                    keys.push((key(*digit), numbered(n), Scope::NotTyping));
                }
            }
            keys.extend(info.keys.iter().map(|k| (*k, command, info.scope)));
        }
        // egui ignores an extra Shift or Ctrl when it matches: the shortcut
        // with more modifiers must be tried first, or Ctrl+Z would take
        // Ctrl+Shift+Z.
        keys.sort_by_key(|(shortcut, _, _)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
        keys
    }

    /// The keys as the help overlay writes them ("Ctrl+F", "1 - 9").
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        let info = self.info();
        match (info.shown, info.numbered, info.keys.first()) {
            (Some(shown), _, _) => shown.to_owned(),
            (None, Some((count, _)), _) => format!("1 - {}", count.min(DIGITS.len())),
            (None, None, Some(first)) => ctx.format_shortcut(first),
            (None, None, None) => String::new(),
        }
    }

    /// The button label with its shortcut, for hover text.
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() {
            self.tooltip().to_owned()
        } else {
            format!("{} ({keys})", self.tooltip())
        }
    }
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.command || m.ctrl || m.mac_cmd) + u8::from(m.shift) + u8::from(m.alt)
}

/// Turns key presses into actions, going through every command's keys,
/// the most specific first. Keys that only make sense outside a text field
/// (Enter, Backspace, digits, letters) wait while one has focus; only the
/// keys that work everywhere work while an overlay is open. `can` tells
/// whether a command does something now.
pub fn keyboard_actions(
    ctx: &egui::Context,
    can: impl Fn(UiCommand) -> bool,
    overlay: bool,
) -> Actions {
    let mut actions = Actions::new();
    // Only a text field takes letters (egui's own "wants keyboard input"
    // is true whenever anything at all has the focus, a button included).
    let typing = ctx.text_edit_focused();
    let button_focused = ctx.memory(|m| m.focused().is_some());
    for (shortcut, command, scope) in UiCommand::all_keys() {
        let allowed = match scope {
            Scope::Always => true,
            Scope::NotTyping => !typing && !overlay,
            Scope::NoButtonFocused => !typing && !overlay && !button_focused,
        };
        if allowed && can(command) && ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
            actions.push(Action::Command(command));
        }
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two commands may share a key only where they never apply at once:
    /// Next and Begin (Enter), answers and tools (the digits), Save in the
    /// mark editor and Save as web page on a walk (Ctrl+S).
    #[test]
    fn every_key_means_one_thing_where_it_works() {
        let shared = |a: UiCommand, b: UiCommand| {
            use UiCommand::*;
            matches!(
                (a, b),
                (Next, Begin)
                    | (Begin, Next)
                    | (Choose(_), Tool(_))
                    | (Tool(_), Choose(_))
                    | (SaveMarks, SaveWebPage)
                    | (SaveWebPage, SaveMarks)
            )
        };
        let keys = UiCommand::all_keys();
        for (i, (key_a, a, _)) in keys.iter().enumerate() {
            for (key_b, b, _) in &keys[i + 1..] {
                if key_a == key_b && a != b {
                    assert!(shared(*a, *b), "{a:?} and {b:?} share {key_a:?}");
                }
            }
        }
    }

    #[test]
    fn the_more_specific_shortcut_is_tried_first() {
        let keys = UiCommand::all_keys();
        let position = |wanted: KeyboardShortcut| keys.iter().position(|(k, _, _)| *k == wanted);
        let redo = position(ctrl_shift(Key::Z)).expect("Redo has a key");
        let undo = position(ctrl(Key::Z)).expect("Undo has a key");
        assert!(redo < undo, "Ctrl+Shift+Z before Ctrl+Z");
        let print = position(ctrl_shift(Key::P)).expect("Print has a key");
        let problems = position(ctrl(Key::P)).expect("Problems has a key");
        assert!(print < problems);
    }

    #[test]
    fn every_tool_has_its_digit_and_no_more() {
        let tools: Vec<UiCommand> = UiCommand::all_keys()
            .into_iter()
            .filter_map(|(_, c, _)| matches!(c, UiCommand::Tool(_)).then_some(c))
            .collect();
        assert_eq!(tools.len(), Tool::COUNT);
        assert_eq!(tools.last(), Some(&UiCommand::Tool(Tool::COUNT - 1)));
    }
}
